import QtQuick
import ".."

// A small count bubble (hidden at zero).
Rectangle {
    id: badge
    property int count: 0
    property color fill: Theme.criticalFill
    visible: count > 0
    width: Math.max(height, countText.implicitWidth + 12)
    height: Math.round(Theme.fontSmall * 1.5)
    radius: height / 2
    color: fill
    Text {
        id: countText
        anchors.centerIn: parent
        text: badge.count > 99 ? "99+" : badge.count
        color: Theme.textOnCritical
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.bold: true
        textFormat: Text.PlainText
    }
}
