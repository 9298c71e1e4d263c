import QtQuick
import ".."
import "../controls"

// Map button "Range": shows / hides the reachable area. Same look as the MapControls buttons, but a pill as wide
// as its label needs: the word is body-size text like every other label (a round button would have to shrink it).
Rectangle {
    id: btn
    property bool checked: false
    signal clicked()

    width: Math.max(Theme.touch, content.implicitWidth + 2 * Theme.spacing)
    height: Theme.touch
    radius: height / 2
    color: checked ? Theme.accentFill : (area.pressed ? Theme.divider : Theme.surface)
    border.width: checked ? Math.max(1, Theme.accentFillBorder) : 1
    border.color: checked ? Theme.accent : Theme.divider
    Accessible.role: Accessible.CheckBox
    Accessible.name: qsTr("Reachable range")
    Accessible.checked: checked

    Row {
        id: content
        anchors.centerIn: parent
        spacing: Theme.spacing / 2
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: "battery"
            color: btn.checked ? Theme.textOnAccent : Theme.text
            size: Theme.iconSize
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            //: map button: show the reachable range (noun, keep it short)
            text: qsTr("Range")
            color: btn.checked ? Theme.textOnAccent : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            textFormat: Text.PlainText
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: btn.clicked()
    }
}
