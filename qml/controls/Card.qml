import QtQuick
import ".."

// A rounded surface with an optional title; content goes into `contentItem` children.
Rectangle {
    id: card
    property string title: ""
    property string icon: ""
    default property alias content: body.data
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.divider
    border.width: Theme.night ? 1 : 0

    Row {
        id: header
        visible: card.title !== ""
        spacing: Theme.spacing / 2
        anchors { left: parent.left; top: parent.top; margins: Theme.padding }
        Icon { name: card.icon; visible: card.icon !== ""; color: Theme.textDim; size: Theme.fontMedium; anchors.verticalCenter: parent.verticalCenter }
        Text {
            text: card.title
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    Item {
        id: body
        anchors {
            left: parent.left; right: parent.right; bottom: parent.bottom
            top: header.visible ? header.bottom : parent.top
            margins: Theme.padding
            topMargin: header.visible ? Theme.spacing / 2 : Theme.padding
        }
    }
}
