import QtQuick
import ".."
import "../controls"

// Round map button "Range": shows / hides the reachable area. Same look as the MapControls buttons.
Rectangle {
    id: btn
    property bool checked: false
    signal clicked()

    width: Theme.touch
    height: Theme.touch
    radius: width / 2
    color: checked ? Theme.accentFill : (area.pressed ? Theme.divider : Theme.surface)
    border.width: checked ? Math.max(1, Theme.accentFillBorder) : 1
    border.color: checked ? Theme.accent : Theme.divider
    Accessible.role: Accessible.CheckBox
    Accessible.name: qsTr("Reachable range")
    Accessible.checked: checked

    Column {
        anchors.centerIn: parent
        spacing: 0
        Icon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: "battery"
            color: btn.checked ? Theme.textOnAccent : Theme.text
            size: Math.round(btn.width * 0.36)
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            //: map button: show the reachable range (noun, keep it short)
            text: qsTr("Range")
            // a longer translation shrinks a little to fit the round button, then elides
            width: btn.width - 10
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 12
            elide: Text.ElideRight
            color: btn.checked ? Theme.textOnAccent : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.max(14, Math.round(Theme.fontSmall * 0.85))
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
