import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Next maneuver: arrow, distance, instruction, and the one after it.
Rectangle {
    id: banner
    property string kind: ""
    property string distance: ""
    property string instruction: ""
    property string then: ""
    property bool offRoute: false

    implicitWidth: Math.max(420 * Theme.scale, row.implicitWidth + 2 * Theme.padding)
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: banner.offRoute ? Theme.criticalFill : Theme.accent

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing / 2
        RowLayout {
            id: row
            spacing: Theme.spacing
            Icon {
                objectName: "maneuverIcon"
                name: "maneuver-" + (banner.kind || "straight")
                color: Theme.textOnAccent
                size: Math.round(Theme.fontXLarge * 1.2)
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Text {
                    objectName: "maneuverDistance"
                    text: banner.distance
                    color: Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontXLarge
                    font.bold: true
                }
                Text {
                    objectName: "maneuverText"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 520 * Theme.scale
                    text: banner.instruction.charAt(0).toUpperCase() + banner.instruction.slice(1)
                    color: Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
            }
        }
        Text {
            visible: banner.then !== ""
            Layout.fillWidth: true
            text: qsTr("Then %1").arg(banner.then)
            color: Theme.textOnAccent
            opacity: 0.85
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }
}
