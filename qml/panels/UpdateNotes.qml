import QtQuick
import ".."
import "../controls"

// Release notes as plain text in a scrolling card. Never rich text, never links: the notes come from
// outside the car and are shown exactly as written.
Card {
    id: notes
    property string text: ""
    title: qsTr("Release notes")
    icon: "update"

    Flickable {
        id: flick
        objectName: "updateNotesFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: body.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick

        Text {
            id: body
            objectName: "updateReleaseNotes"
            readonly property bool plain: textFormat === Text.PlainText   // for tests: never rich text
            width: flick.width - Theme.spacing
            text: notes.text !== "" ? notes.text : qsTr("No release notes were provided with this update.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: notes.text !== "" ? Theme.text : Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
        }
    }

    // A soft fade where the notes continue below the card's edge.
    Rectangle {
        visible: !flick.atYEnd
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Math.round(Theme.fontBody * 2.2)
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(Theme.surface.r, Theme.surface.g, Theme.surface.b, 0) }
            GradientStop { position: 1.0; color: Theme.surface }
        }
    }

    // Scroll position indicator, only when the notes are longer than the card.
    Rectangle {
        visible: flick.contentHeight > flick.height
        anchors.right: parent.right
        width: 5
        radius: 2
        color: Theme.divider
        y: flick.visibleArea.yPosition * flick.height
        height: Math.max(Theme.spacing * 2, flick.visibleArea.heightRatio * flick.height)
    }
    ScrollHint { anchors.fill: flick; flickable: flick; background: Theme.surface }
}
