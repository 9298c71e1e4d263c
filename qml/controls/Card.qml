import QtQuick
import ".."

// A rounded surface with an optional title; content goes into `contentItem` children.
// Its implicit height is the title plus its first content item's implicit height (a ColumnLayout's adds up its
// rows), so a card in a layout or a scrolling column is as tall as what it shows, whatever the text size.
Rectangle {
    id: card
    property string title: ""
    property string icon: ""
    default property alias content: body.data
    // title row and margins around the content
    readonly property real chromeHeight: (header.visible ? header.height + Theme.padding + Theme.spacing / 2 : Theme.padding) + Theme.padding
    implicitHeight: chromeHeight + (body.children.length > 0 ? body.children[0].implicitHeight : 0)
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.divider
    border.width: Theme.night ? 1 : 0

    Row {
        id: header
        visible: card.title !== ""
        spacing: Theme.spacing / 2
        anchors { left: parent.left; top: parent.top; margins: Theme.padding }
        Icon { id: headerIcon; name: card.icon; visible: card.icon !== ""; color: Theme.textDim; size: Theme.fontMedium; anchors.verticalCenter: parent.verticalCenter }
        Text {
            // a long title (another language, larger text) elides inside the card instead of running past it
            width: Math.min(implicitWidth, card.width - 2 * Theme.padding - (headerIcon.visible ? headerIcon.width + header.spacing : 0))
            elide: Text.ElideRight
            text: card.title
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1
            anchors.verticalCenter: parent.verticalCenter
            textFormat: Text.PlainText
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
