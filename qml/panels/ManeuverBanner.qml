import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Next maneuver: arrow, distance, instruction, and the one after it. The texts come translated and formatted from
// the nav model; long translations wrap (up to three lines) and then elide, never overflow the card.
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
    color: banner.offRoute ? Theme.criticalFill : Theme.accentFill
    border.width: banner.offRoute ? 0 : Theme.accentFillBorder
    border.color: Theme.accent

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
                color: banner.offRoute ? Theme.textOnCritical : Theme.textOnAccent
                size: Math.round(Theme.fontXLarge * 1.2)
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Layout.maximumWidth: 520 * Theme.scale
                Text {
                    objectName: "maneuverDistance"
                    Layout.fillWidth: true
                    text: banner.distance
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    color: banner.offRoute ? Theme.textOnCritical : Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontXLarge
                    font.bold: true
                }
                Text {
                    objectName: "maneuverText"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 520 * Theme.scale
                    text: banner.instruction
                    color: banner.offRoute ? Theme.textOnCritical : Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    // the layout sizes rows by the unwrapped text: make it count the lines the text really takes
                    Layout.minimumHeight: contentHeight
                }
            }
        }
        Text {
            objectName: "maneuverThen"
            visible: banner.then !== ""
            Layout.fillWidth: true
            Layout.maximumWidth: banner.width - 2 * Theme.padding
            text: qsTr("Then: %1", "the maneuver after the one in the banner; %1 is a whole instruction").arg(banner.then)
            color: banner.offRoute ? Theme.textOnCritical : Theme.textOnAccent
            opacity: 0.85
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }
}
