import QtQuick
import ".."

// P R N D with the selected gear highlighted (outlined only, in italics, when it is a last known value, not a
// current one). The letters are the symbols on the selector lever, the same in every language we ship: not
// translated.
Row {
    id: gears
    property string current: "–"
    property bool stale: false
    spacing: Theme.spacing / 2
    Repeater {
        model: ["P", "R", "N", "D"]
        Rectangle {
            width: Math.round(Theme.fontLarge * 1.5); height: width
            radius: Theme.radius / 2
            readonly property bool selected: modelData === gears.current
            color: selected && !gears.stale ? Theme.accent : "transparent"
            border.color: selected ? Theme.accent : Theme.divider
            border.width: selected ? (gears.stale ? 2 : 0) : 1
            Text {
                anchors.centerIn: parent
                text: modelData
                color: parent.selected && !gears.stale ? Theme.textOnAccent : Theme.textDim
                font.italic: parent.selected && gears.stale
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontMedium
                font.bold: true
                textFormat: Text.PlainText
            }
        }
    }
}
