import QtQuick
import ".."

// The lane card under the maneuver banner: one tile per lane, left to right, with the lane's arrows drawn over
// each other (the lanes that lead to the next maneuver bright, the others dimmed), and the exit's sign under them.
// `lanes` is the nav model's laneGuidance ([{icons, use}, …]); `sign` its signText.
Rectangle {
    id: card
    property var lanes: []
    property string sign: ""
    property int laneSize: Math.round(Theme.iconSize * 1.6)

    implicitHeight: column.implicitHeight + Theme.padding
    radius: Theme.radius
    color: Theme.accentFill
    border.width: Theme.accentFillBorder; border.color: Theme.accent

    Column {
        id: column
        anchors.centerIn: parent
        width: parent.width - Theme.padding
        spacing: Theme.spacing / 4

        Row {
            objectName: "laneGuidance"
            anchors.horizontalCenter: parent.horizontalCenter
            visible: card.lanes.length > 0
            spacing: Math.max(2, Math.round(Theme.spacing / 4))
            Repeater {
                model: card.lanes
                Item {
                    objectName: "lane_" + index
                    width: card.laneSize
                    height: card.laneSize
                    opacity: modelData.use === true ? 1.0 : 0.35
                    Repeater {
                        model: modelData.icons
                        Icon {
                            anchors.centerIn: parent
                            name: modelData
                            size: card.laneSize
                            color: Theme.textOnAccent
                        }
                    }
                }
            }
        }

        Text {
            objectName: "exitSign"
            visible: text !== ""
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: card.sign
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.textOnAccent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
    }
}
