import QtQuick
import ".."

// Caption over a value; a stale value is dimmed and marked, never shown as current.
// Given less width than it would like, the caption wraps (two lines at most); the value keeps its size (the
// layout gives it room: ValueGrid puts labels on more rows when they do not fit side by side).
Item {
    id: label
    property string caption: ""
    property string value: "–"
    property bool stale: false
    property bool alert: false
    property int valueSize: Theme.fontMedium
    readonly property int spacing: 2

    implicitWidth: Math.max(captionText.implicitWidth, valueText.implicitWidth)
    implicitHeight: captionText.height + spacing + valueText.implicitHeight

    Text {
        id: captionText
        width: parent.width
        text: label.caption
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        textFormat: Text.PlainText
    }
    Text {
        id: valueText
        objectName: label.objectName ? label.objectName + "Value" : ""
        y: captionText.height + label.spacing
        width: parent.width
        height: implicitHeight
        text: label.value
        color: label.alert ? Theme.critical : (label.stale ? Theme.textDim : Theme.text)
        font.family: Theme.fontFamily
        font.pixelSize: label.valueSize
        font.bold: true
        font.italic: label.stale
        verticalAlignment: Text.AlignBottom
        elide: Text.ElideRight
        textFormat: Text.PlainText
    }
}
