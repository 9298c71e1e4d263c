import QtQuick
import ".."

// P R N D as on the selector lever: letters, not tiles (nothing here is touchable, so nothing looks like a button).
// The selected gear is large, bold and in the accent colour with a short bar under it; a last known gear (not a
// current one) is in italics without the bar. The letters are the symbols on the selector lever, the same in
// every language we ship: not translated.
Row {
    id: gears
    property string current: "–"
    property bool stale: false
    spacing: Theme.spacing
    Repeater {
        model: ["P", "R", "N", "D"]
        Item {
            readonly property bool selected: modelData === gears.current
            width: Math.round(Theme.fontLarge * 1.1); height: Math.round(Theme.fontLarge * 1.5)
            Text {
                anchors.centerIn: parent
                text: modelData
                color: parent.selected ? (gears.stale ? Theme.text : Theme.accent) : Theme.textDim
                font.italic: parent.selected && gears.stale
                font.family: Theme.fontFamily
                font.pixelSize: parent.selected ? Theme.fontLarge : Theme.fontMedium
                font.bold: parent.selected
                textFormat: Text.PlainText
            }
            Rectangle {
                visible: parent.selected && !gears.stale
                anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
                width: parent.width * 0.7; height: 4; radius: 2
                color: Theme.accent
            }
        }
    }
}
