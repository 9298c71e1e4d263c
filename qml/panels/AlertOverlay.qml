import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// A critical alert over any page. Fill the window with it; it shows only while `alert` has an id.
// Parked: centred card over a dimmed screen. Moving: a compact strip at the bottom, above the bottom
// bar (`bottomInset`), so the navigation maneuver banner at the top of the page stays visible and
// nothing blocks the rest of the screen.
Item {
    id: overlay
    property var alert: ({})           // {id, severity, title, action, detail}
    property bool moving: false
    property int bottomInset: Theme.touch + Theme.spacing
    signal acknowledged(string id)
    signal detailsRequested()

    readonly property bool shown: alert !== undefined && alert !== null && (alert.id || "") !== ""
    visible: shown
    Accessible.role: Accessible.AlertMessage
    Accessible.name: shown ? alert.title : ""

    Rectangle {
        // Parked only: dim the screen and take the taps, the driver answers the alert first.
        objectName: "alertOverlayScrim"
        anchors.fill: parent
        visible: !overlay.moving
        color: "#000000"
        opacity: Theme.night ? 0.6 : 0.45
        MouseArea { anchors.fill: parent }
    }

    Rectangle {
        id: card
        objectName: "alertOverlayCard"
        readonly property real maxW: overlay.width - 2 * Theme.spacing
        width: Math.min(maxW, Math.round((overlay.moving ? 1100 : 860) * Theme.scale))
        height: content.implicitHeight + 2 * Theme.padding
        x: (overlay.width - width) / 2
        y: overlay.moving ? overlay.height - overlay.bottomInset - Theme.spacing - height
                          : (overlay.height - height) / 2
        radius: Theme.radius
        color: Theme.criticalFill
        border.color: Theme.textOnCritical
        border.width: 2
        MouseArea { anchors.fill: parent }   // taps on the card never fall through to the page

        // Soft shadow
        Rectangle {
            z: -1
            anchors.fill: parent
            anchors.topMargin: 8
            anchors.bottomMargin: -8
            radius: parent.radius
            color: "#000000"
            opacity: 0.3
        }

        GridLayout {
            id: content
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding }
            columns: overlay.moving ? 3 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Icon {
                name: "warning"
                color: Theme.textOnCritical
                size: overlay.moving ? Theme.iconSize * 1.3 : Theme.iconSize * 2
                Layout.alignment: Qt.AlignTop
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing / 3
                Text {
                    objectName: "alertOverlayTitle"
                    Layout.fillWidth: true
                    text: overlay.shown ? overlay.alert.title : ""
                    textFormat: Text.PlainText
                    color: Theme.textOnCritical
                    font.family: Theme.fontFamily
                    font.pixelSize: overlay.moving ? Theme.fontMedium : Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                    maximumLineCount: overlay.moving ? 2 : 3
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "alertOverlayAction"
                    Layout.fillWidth: true
                    text: overlay.shown ? overlay.alert.action : ""
                    textFormat: Text.PlainText
                    visible: text !== ""
                    color: Theme.textOnCritical
                    font.family: Theme.fontFamily
                    font.pixelSize: overlay.moving ? Theme.fontBody : Theme.fontMedium
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
            Row {
                Layout.columnSpan: overlay.moving ? 1 : 2
                Layout.alignment: overlay.moving ? Qt.AlignVCenter : Qt.AlignRight
                spacing: Theme.spacing
                TouchButton {
                    objectName: "alertOverlayDetails"
                    visible: !overlay.moving
                    text: qsTr("Details")
                    onClicked: {
                        overlay.detailsRequested()
                        overlay.acknowledged(overlay.alert.id)
                    }
                }
                TouchButton {
                    objectName: "alertOverlayAck"
                    text: qsTr("OK")
                    implicitWidth: Math.max(Theme.touch * 1.6, naturalWidth)
                    onClicked: overlay.acknowledged(overlay.alert.id)
                }
            }
        }
    }
}
