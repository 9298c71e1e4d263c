import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// "Updating the trip…" with a spinner while a plan, a live replan or the reachable range is being worked out.
// The trip model raises `spinner` only once the wait has lasted a moment, so quick answers show nothing.
Rectangle {
    id: pill
    property string text: ""

    implicitWidth: row.implicitWidth + 2 * Theme.padding
    implicitHeight: Math.max(row.implicitHeight + Theme.spacing, Theme.fontBody * 2.2)
    radius: Math.min(height / 2, Theme.radius * 1.5)
    color: Theme.surface
    border.color: Theme.divider

    RowLayout {
        id: row
        anchors.centerIn: parent
        width: Math.min(implicitWidth, pill.width - 2 * Theme.padding)
        spacing: Theme.spacing / 2
        Spinner { size: Theme.fontMedium; visible: pill.visible }
        Text {
            objectName: "tripBusyText"
            Layout.fillWidth: true
            text: pill.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }
}
