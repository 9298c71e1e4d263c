import QtQuick
import ".."

// Shows that `flickable` scrolls: a bar on its right edge (where and how much of the content is on screen) and a
// fade at the edge that has more content beyond it. Put it next to the Flickable, over it (anchors.fill it).
// Nothing shows when everything fits. It takes no input: the Flickable under it still gets every touch.
Item {
    id: hint
    property Flickable flickable: null
    // what the fade blends into: the colour behind the flickable's content
    property color background: Theme.background
    // the bar in the margin right of the flickable (true), or inside its right edge (a hint inside a clipping view)
    property bool barOutside: true
    readonly property bool scrollable: flickable !== null && flickable.contentHeight > flickable.height + 1
    readonly property bool moreBelow: scrollable && flickable.contentY + flickable.height < flickable.contentHeight - 1
    readonly property bool moreAbove: scrollable && flickable.contentY > 1
    visible: scrollable

    Rectangle {
        objectName: hint.flickable ? hint.flickable.objectName + "ScrollFadeTop" : ""
        visible: hint.moreAbove
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Math.round(Theme.spacing * 1.5)
        gradient: Gradient {
            GradientStop { position: 0.0; color: hint.background }
            GradientStop { position: 1.0; color: Qt.rgba(hint.background.r, hint.background.g, hint.background.b, 0) }
        }
    }
    Rectangle {
        objectName: hint.flickable ? hint.flickable.objectName + "ScrollFade" : ""
        visible: hint.moreBelow
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Math.round(Theme.spacing * 2.5)
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(hint.background.r, hint.background.g, hint.background.b, 0) }
            GradientStop { position: 1.0; color: hint.background }
        }
    }
    Rectangle {
        objectName: hint.flickable ? hint.flickable.objectName + "ScrollBar" : ""
        readonly property real share: hint.scrollable ? Math.min(1, hint.flickable.height / hint.flickable.contentHeight) : 1
        // in the margin right of the flickable (every scrolling area here has one), clear of its content
        anchors.right: parent.right
        anchors.rightMargin: hint.barOutside ? -Math.round(width * 1.5) : 0
        width: Math.max(4, Math.round(Theme.spacing / 3)); radius: width / 2
        height: Math.max(Theme.spacing * 2, hint.height * share)
        y: hint.scrollable ? (hint.height - height) * Math.min(1, Math.max(0, hint.flickable.contentY / (hint.flickable.contentHeight - hint.flickable.height))) : 0
        color: Theme.textDim
        opacity: 0.8
    }
}
