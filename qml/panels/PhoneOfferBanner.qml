import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// "Navigate to <name>?" — a destination sent from the owner's phone; one tap to go.
Rectangle {
    id: offer
    property string name: ""
    property string distance: ""
    signal accepted()
    signal dismissed()

    implicitHeight: Theme.touch + 2 * Theme.spacing
    implicitWidth: Math.min(900 * Theme.scale, row.implicitWidth + 2 * Theme.padding)
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent
    border.width: 2

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Icon { name: "phone"; color: Theme.accent }
        Text {
            objectName: "phoneOfferText"
            Layout.fillWidth: true
            Layout.maximumWidth: 480 * Theme.scale
            text: qsTr("Navigate to %1?").arg(offer.name)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Text {
            // the distance stays whole: the name elides first
            objectName: "phoneOfferDistance"
            visible: offer.distance !== ""
            text: offer.distance
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            textFormat: Text.PlainText
        }
        TouchButton { objectName: "phoneOfferGo"; text: qsTr("Go"); icon: "navigate"; highlighted: true; onClicked: offer.accepted() }
        TouchButton { objectName: "phoneOfferDismiss"; icon: "close"; onClicked: offer.dismissed() }
    }
}
