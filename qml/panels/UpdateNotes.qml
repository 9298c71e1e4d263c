import QtQuick
import ".."
import "../controls"

// Release notes as plain text in a scrolling card. Never rich text, never links: the notes come from
// outside the car and are shown exactly as written. A list lays out only the lines on screen: a long text
// in one Text element was laid out whole on the GUI thread when an offer arrived (12-25 ms for 200 lines).
Card {
    id: notes
    property var lines: []
    // e.g. "As published by the car's maker, not translated" (empty: nothing to say)
    property string caption: ""
    title: qsTr("Release notes")
    icon: "update"

    Text {
        id: caption
        objectName: "updateNotesCaption"
        visible: notes.caption !== ""
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: visible ? implicitHeight + Theme.spacing / 2 : 0
        text: notes.caption
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.italic: true
    }

    ListView {
        id: flick
        objectName: "updateNotesFlick"
        anchors { left: parent.left; right: parent.right; top: caption.bottom; bottom: parent.bottom }
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: notes.lines
        delegate: Text {
            objectName: "updateReleaseNoteLine"
            required property string modelData
            readonly property bool plain: textFormat === Text.PlainText   // for tests: never rich text
            width: flick.width - Theme.spacing
            text: modelData
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            lineHeight: 1.15
        }
    }

    Text {
        objectName: "updateNoReleaseNotes"
        visible: flick.count === 0
        anchors.top: flick.top
        width: flick.width - Theme.spacing
        text: qsTr("No release notes were provided with this update.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        lineHeight: 1.15
    }

    ScrollHint { anchors.fill: flick; flickable: flick; background: Theme.surface }
}
