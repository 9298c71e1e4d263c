import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// The predictions, each with its explanation and basis (days of data, readings, confidence).
// Trends that need attention come first, then steady values, then the ones withheld (and why).
// A tap on a prediction asks for its trend chart (`trendRequested(key)`).
ListView {
    id: list
    ScrollHint { parent: list; anchors.fill: parent; flickable: list; background: Theme.surface; barOutside: false }
    property var predictions: []   // [{key, kind, state, severity, text, basis, ...}]
    signal trendRequested(string key)

    function subjectText(kind, subject) {
        const tyres = {frontLeft: qsTr("Front-left tyre"), frontRight: qsTr("Front-right tyre"),
                       rearLeft: qsTr("Rear-left tyre"), rearRight: qsTr("Rear-right tyre")}
        return kind === "tyre_leak" ? (tyres[subject] || subject)
            : kind === "lv_decline" ? qsTr("12 V battery")
            : kind === "hv_soh" ? qsTr("High-voltage battery health")
            : kind === "service_due" ? qsTr("Service date") : kind
    }
    readonly property var rank: ({critical: 0, warning: 1, info: 2, ok: 3})
    model: {
        const order = {trend: 0, stable: 1, withheld: 2}
        const items = (predictions || []).slice()
        items.sort((a, b) => (order[a.state] - order[b.state]) || ((rank[a.severity] || 3) - (rank[b.severity] || 3)))
        return items
    }
    clip: true
    spacing: Theme.spacing / 2
    boundsBehavior: Flickable.StopAtBounds

    delegate: Rectangle {
        id: row
        objectName: "prediction_" + modelData.key
        required property var modelData
        readonly property bool attention: modelData.state === "trend" && (modelData.severity === "warning" || modelData.severity === "critical")
        readonly property color tone: modelData.state === "withheld" ? Theme.textDim
            : modelData.severity === "critical" ? Theme.critical
            : modelData.severity === "warning" ? Theme.warning
            : modelData.severity === "info" ? Theme.accent : Theme.good
        width: ListView.view.width
        height: Math.max(Theme.touch, body.implicitHeight + Theme.spacing * 1.5)
        radius: Theme.radius / 2
        color: attention ? Theme.surfaceAlt : "transparent"
        border.color: attention ? tone : Theme.divider
        border.width: attention ? 2 : 1

        RowLayout {
            anchors { fill: parent; leftMargin: Theme.spacing; rightMargin: Theme.spacing }
            spacing: Theme.spacing
            Rectangle {
                Layout.alignment: Qt.AlignVCenter
                Layout.preferredWidth: Math.round(Theme.fontSmall * 0.9)
                Layout.preferredHeight: Layout.preferredWidth
                radius: width / 2
                color: row.modelData.state === "withheld" ? "transparent" : row.tone
                border.color: row.tone
                border.width: 2
            }
            ColumnLayout {
                id: body
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                spacing: 2
                Text {
                    // A withheld prediction's text says why, not what about: name the subject.
                    visible: row.modelData.state === "withheld"
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: list.subjectText(row.modelData.kind, row.modelData.subject)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    textFormat: Text.PlainText
                }
                Text {
                    objectName: row.objectName + "_text"
                    Layout.fillWidth: true
                    text: row.modelData.text
                    textFormat: Text.PlainText
                    color: row.modelData.state === "withheld" ? Theme.textDim : (row.attention ? row.tone : Theme.text)
                    font.family: Theme.fontFamily
                    font.pixelSize: row.modelData.state === "trend" ? Theme.fontBody : Theme.fontSmall
                    font.bold: row.modelData.state === "trend"
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
                Text {
                    objectName: row.objectName + "_basis"
                    Layout.fillWidth: true
                    // A withheld prediction's text already says why; its basis repeats it.
                    visible: text !== "" && row.modelData.basis !== row.modelData.text
                    text: row.modelData.basis || ""
                    textFormat: Text.PlainText
                    color: Theme.textDim
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: list.trendRequested(row.modelData.key)
        }
    }

    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Predictions appear once the car has recorded a few days of data")
        maximumLineCount: 3
        elide: Text.ElideRight
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        textFormat: Text.PlainText
    }
}
