import QtQuick
import ".."

// P R N D with the selected gear highlighted. The letters are the symbols on the selector lever, the same in
// every language we ship: not translated.
Row {
    id: gears
    property string current: "–"
    spacing: Theme.spacing / 2
    Repeater {
        model: ["P", "R", "N", "D"]
        Rectangle {
            width: Math.round(Theme.fontLarge * 1.5); height: width
            radius: Theme.radius / 2
            color: modelData === gears.current ? Theme.accent : "transparent"
            border.color: Theme.divider
            border.width: modelData === gears.current ? 0 : 1
            Text {
                anchors.centerIn: parent
                text: modelData
                color: modelData === gears.current ? Theme.textOnAccent : Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontMedium
                font.bold: true
                textFormat: Text.PlainText
            }
        }
    }
}
