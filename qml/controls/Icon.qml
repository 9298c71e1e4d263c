import QtQuick
import ".."

// A themed SVG icon from assets/icons, tinted with `color`.
Image {
    id: icon
    property string name: ""
    property color color: Theme.text
    property int size: Theme.iconSize
    width: size
    height: size
    sourceSize: Qt.size(size * 2, size * 2)
    source: name ? Theme.iconUrl(name, color.toString()) : ""
    fillMode: Image.PreserveAspectFit
    smooth: true
}
