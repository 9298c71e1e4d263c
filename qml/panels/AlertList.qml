import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Active alerts, most severe first: severity, what happened, what to do, and an acknowledge button.
// `model`: a list model with roles id, severity, title, action, detail, acknowledged.
ListView {
    id: list
    ScrollHint { parent: list; anchors.fill: parent; flickable: list; background: Theme.surface; barOutside: false }
    signal acknowledgeClicked(string alertId)
    property string emptyText: qsTr("No active alerts")

    clip: true
    spacing: Theme.spacing / 2
    boundsBehavior: Flickable.StopAtBounds

    function severityText(s) {
        return s === "critical" ? qsTr("Critical") : s === "warning" ? qsTr("Warning") : qsTr("Info")
    }

    delegate: Rectangle {
        id: row
        required property var model
        required property int index
        readonly property string alertId: model.id
        readonly property color tone: model.severity === "critical" ? Theme.critical
            : model.severity === "warning" ? Theme.warning : Theme.accent
        objectName: "alert_" + alertId
        width: ListView.view.width
        height: Math.max(Theme.touch, body.implicitHeight + Theme.spacing * 1.5)
        radius: Theme.radius / 2
        color: model.acknowledged ? "transparent" : Theme.surfaceAlt
        border.color: model.acknowledged ? Theme.divider : tone
        border.width: model.acknowledged ? 1 : 2

        RowLayout {
            anchors { fill: parent; leftMargin: Theme.spacing; rightMargin: Theme.spacing / 2 }
            spacing: Theme.spacing
            Icon {
                Layout.alignment: Qt.AlignVCenter
                name: row.model.severity === "info" ? "bell" : "warning"
                color: row.tone
                size: Theme.fontLarge
                opacity: row.model.acknowledged ? 0.6 : 1
            }
            ColumnLayout {
                id: body
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                spacing: 2
                Text {
                    objectName: row.objectName + "_severity"
                    Layout.fillWidth: true
                    text: row.model.acknowledged ? qsTr("%1 · seen", "alert severity, acknowledged").arg(list.severityText(row.model.severity))
                                                 : list.severityText(row.model.severity)
                    elide: Text.ElideRight
                    color: row.tone
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    font.capitalization: Font.AllUppercase
                    textFormat: Text.PlainText
                }
                Text {
                    objectName: row.objectName + "_title"
                    Layout.fillWidth: true
                    text: row.model.title
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: !row.model.acknowledged
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: row.model.action || ""
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: row.model.detail || ""
                    textFormat: Text.PlainText
                    color: Theme.textDim
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
            TouchButton {
                objectName: "ack_" + row.alertId
                Layout.alignment: Qt.AlignVCenter
                visible: !row.model.acknowledged
                text: qsTr("OK")
                implicitWidth: Math.max(Theme.touch * 1.2, naturalWidth)
                onClicked: list.acknowledgeClicked(row.alertId)
            }
        }
    }

    Text {
        objectName: list.objectName ? list.objectName + "Empty" : ""
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        visible: list.count === 0
        text: list.emptyText
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        textFormat: Text.PlainText
    }
}
