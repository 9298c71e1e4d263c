import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Active trouble codes, one line each: severity, code, plain-language text. Unknown codes are listed
// as "Unknown code …" (never dropped). Shows at most `maxRows`; the rest are counted.
ColumnLayout {
    id: dtcs
    property var model: null          // list model with roles code, text, severity, known
    property int maxRows: 3
    readonly property int total: model ? model.count : 0
    spacing: Theme.spacing / 3

    function severityText(s) {
        return s === "critical" ? qsTr("Critical") : s === "warning" ? qsTr("Warning") : qsTr("Info")
    }

    Text {
        objectName: "dtcNone"
        Layout.fillWidth: true
        visible: dtcs.total === 0
        elide: Text.ElideRight
        text: qsTr("No trouble codes")
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        textFormat: Text.PlainText
    }
    Repeater {
        model: dtcs.model
        RowLayout {
            id: line
            required property var model
            required property int index
            readonly property color tone: model.severity === "critical" ? Theme.critical
                : model.severity === "warning" ? Theme.warning : Theme.accent
            objectName: "dtc_" + model.code
            visible: index < dtcs.maxRows
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Rectangle {
                Layout.alignment: Qt.AlignVCenter
                Layout.preferredWidth: Math.round(Theme.fontSmall * 0.8)
                Layout.preferredHeight: Layout.preferredWidth
                radius: width / 2
                color: line.tone
            }
            Text {
                text: line.model.code
                textFormat: Text.PlainText
                color: line.tone
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Text {
                objectName: line.objectName + "_text"
                Layout.fillWidth: true
                text: line.model.text
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Text {
                // "Warnung", "Avertissement": never more than a third of the line, the description comes first.
                Layout.maximumWidth: dtcs.width / 3
                elide: Text.ElideRight
                text: dtcs.severityText(line.model.severity)
                color: line.tone
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
                textFormat: Text.PlainText
            }
        }
    }
    Text {
        objectName: "dtcMore"
        Layout.fillWidth: true
        elide: Text.ElideRight
        visible: dtcs.total > dtcs.maxRows
        text: qsTr("+%n more (see Alerts)", "", dtcs.total - dtcs.maxRows)
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        textFormat: Text.PlainText
    }
}
