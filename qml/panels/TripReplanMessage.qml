import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// The line after a live replan ("Added a charging stop at …, +14 min"; wraps to up to three lines on a narrow screen).
// Shows for `showMs`, a tap hides it.
Rectangle {
    id: pill
    property string message: ""
    property int showMs: 20000
    property bool shown: false

    function show() { if (message !== "") { shown = true; hideTimer.restart() } }
    onMessageChanged: show()

    visible: shown && message !== ""
    implicitWidth: row.implicitWidth + 2 * Theme.padding
    implicitHeight: Math.max(row.implicitHeight + Theme.spacing * 1.5, Theme.fontBody * 2.4)
    radius: Math.min(height / 2, Theme.radius * 1.5)
    // inverse by day (it stands out over the map); at night a dark fill with the accent outline (no glare)
    color: Theme.night ? Theme.accentFill : Theme.text
    border.color: Theme.accent
    border.width: Theme.accentFillBorder

    Timer { id: hideTimer; interval: pill.showMs; onTriggered: pill.shown = false }

    RowLayout {
        id: row
        anchors.centerIn: parent
        width: Math.min(implicitWidth, pill.width - 2 * Theme.padding)
        spacing: Theme.spacing / 2
        Icon { name: "navigate"; color: Theme.night ? Theme.accent : Theme.background; size: Theme.fontMedium }
        Text {
            objectName: "replanText"
            Layout.fillWidth: true
            text: pill.message
            color: Theme.night ? Theme.textOnAccent : Theme.background
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }
    MouseArea { anchors.fill: parent; onClicked: pill.shown = false }
}
