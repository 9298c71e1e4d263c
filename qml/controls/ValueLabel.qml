import QtQuick
import ".."

// Caption over a value; a stale value is dimmed and marked, never shown as current.
Column {
    id: label
    property string caption: ""
    property string value: "–"
    property bool stale: false
    property bool alert: false
    property int valueSize: Theme.fontMedium
    spacing: 2
    Text {
        text: label.caption
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
        width: Math.min(implicitWidth, label.width > 0 ? label.width : implicitWidth)
    }
    Text {
        objectName: label.objectName ? label.objectName + "Value" : ""
        text: label.value
        color: label.alert ? Theme.critical : (label.stale ? Theme.textDim : Theme.text)
        font.family: Theme.fontFamily
        font.pixelSize: label.valueSize
        font.bold: true
        font.italic: label.stale
        textFormat: Text.PlainText
    }
}
