import QtQuick
import ".."

// Caption over a value; a stale value is dimmed and marked, never shown as current.
// Given less width than it would like (a layout with longer words, larger text), the caption elides and the
// value shrinks to fit (down to 60 %) rather than run into its neighbour: a number is never cut off.
Item {
    id: label
    property string caption: ""
    property string value: "–"
    property bool stale: false
    property bool alert: false
    property int valueSize: Theme.fontMedium
    readonly property int spacing: 2

    implicitWidth: Math.max(captionText.implicitWidth, valueText.implicitWidth)
    implicitHeight: captionText.implicitHeight + spacing + valueText.implicitHeight

    Text {
        id: captionText
        width: parent.width
        text: label.caption
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
        textFormat: Text.PlainText
    }
    Text {
        id: valueText
        objectName: label.objectName ? label.objectName + "Value" : ""
        y: captionText.implicitHeight + label.spacing
        width: parent.width
        height: implicitHeight
        text: label.value
        color: label.alert ? Theme.critical : (label.stale ? Theme.textDim : Theme.text)
        font.family: Theme.fontFamily
        font.pixelSize: label.valueSize
        font.bold: true
        font.italic: label.stale
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Math.round(label.valueSize * 0.6)
        verticalAlignment: Text.AlignBottom
        elide: Text.ElideRight
        textFormat: Text.PlainText
    }
}
