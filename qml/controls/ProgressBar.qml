import QtQuick
import ".."

// A horizontal level bar (0…1), e.g. the state of charge.
Rectangle {
    id: bar
    property real value: 0
    property color fill: Theme.accent
    property real marker: -1
    implicitHeight: Math.round(14 * Theme.scale) + 4
    radius: height / 2
    color: Theme.barTrack
    Rectangle {
        width: Math.max(parent.height, parent.width * Math.max(0, Math.min(1, bar.value)))
        height: parent.height
        radius: parent.radius
        color: bar.fill
        visible: bar.value > 0
    }
    Rectangle {
        visible: bar.marker >= 0
        x: parent.width * bar.marker - width / 2
        width: 3; height: parent.height + 8; y: -4
        color: Theme.text
    }
}
