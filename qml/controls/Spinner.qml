import QtQuick
import ".."

// A busy indicator: a dot circling a faint ring. Runs only while visible.
Item {
    id: spinner
    property int size: Theme.fontMedium
    property color color: Theme.accent
    property color ringColor: Theme.divider

    implicitWidth: size
    implicitHeight: size

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: "transparent"
        border.width: Math.max(2, Math.round(spinner.size * 0.12))
        border.color: spinner.ringColor
    }
    Item {
        id: rotor
        anchors.fill: parent
        Rectangle {
            width: Math.max(4, Math.round(spinner.size * 0.28))
            height: width
            radius: width / 2
            x: (parent.width - width) / 2
            y: 0
            color: spinner.color
        }
        RotationAnimator on rotation {
            from: 0
            to: 360
            duration: 900
            loops: Animation.Infinite
            running: spinner.visible
        }
    }
}
