import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// The one-glance answer: "All systems OK" or the most severe problem, in its colour, with what to do.
Rectangle {
    id: status
    property string level: "unknown"   // ok, info, warning, critical, unknown
    property string text: ""
    property string action: ""
    property string detail: ""
    property int alertCount: 0         // active alerts
    property bool serviceRecommended: false
    signal serviceClicked()

    readonly property color levelColor: level === "critical" ? Theme.critical
        : level === "warning" ? Theme.warning
        : level === "info" ? Theme.accent
        : level === "ok" ? Theme.good : Theme.textDim

    implicitHeight: Math.max(Math.round(Theme.iconSize * 1.9), column.implicitHeight,
                             findService.visible ? Theme.touch : 0) + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: level === "ok" || level === "unknown" ? Theme.divider : levelColor
    border.width: level === "ok" || level === "unknown" ? (Theme.night ? 1 : 0) : 2

    Rectangle {
        // Severity stripe on the leading edge
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 2 }
        width: Math.round(10 * Theme.scale)
        radius: width / 2
        color: status.levelColor
    }

    RowLayout {
        anchors { fill: parent; leftMargin: Theme.padding * 1.6; rightMargin: Theme.padding; topMargin: Theme.padding; bottomMargin: Theme.padding }
        spacing: Theme.spacing * 1.2

        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            Layout.preferredWidth: Math.round(Theme.iconSize * 1.9)
            Layout.preferredHeight: Layout.preferredWidth
            radius: width / 2
            color: status.levelColor
            Icon {
                anchors.centerIn: parent
                visible: status.level !== "ok"
                name: status.level === "critical" || status.level === "warning" ? "warning"
                    : status.level === "info" ? "bell" : "health"
                color: Theme.surface
            }
            Text {
                // A tick for "all good"
                anchors.centerIn: parent
                visible: status.level === "ok"
                text: "✓"  // a symbol, not words: not translated
                color: Theme.surface
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                textFormat: Text.PlainText
            }
        }
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: 2
            Text {
                objectName: "healthStatusText"
                Layout.fillWidth: true
                text: status.text
                textFormat: Text.PlainText
                color: status.level === "ok" || status.level === "unknown" ? Theme.text : status.levelColor
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontMedium
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                objectName: "healthStatusAction"
                Layout.fillWidth: true
                visible: text !== ""
                text: status.action
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
            Text {
                objectName: "healthStatusDetail"
                Layout.fillWidth: true
                visible: text !== ""
                text: status.detail
                textFormat: Text.PlainText
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Text {
            objectName: "healthStatusMore"
            visible: status.alertCount > 1
            Layout.alignment: Qt.AlignVCenter
            text: qsTr("+%n more", "", status.alertCount - 1)
            Layout.maximumWidth: status.width / 6
            elide: Text.ElideRight
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            textFormat: Text.PlainText
        }
        TouchButton {
            // Something needs a garage (or the service is due): one tap to the nearest ones.
            id: findService
            objectName: "healthFindService"
            visible: status.serviceRecommended || status.level === "warning" || status.level === "critical"
            Layout.alignment: Qt.AlignVCenter
            icon: "navigate"
            text: status.serviceRecommended ? qsTr("Service") : qsTr("Garages")
            highlighted: true
            onClicked: status.serviceClicked()
        }
    }
}
