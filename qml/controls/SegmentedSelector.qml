import QtQuick
import ".."

// One choice out of a few, each a full touch target. `options`: [{value, label}].
Row {
    id: selector
    property var options: []
    property string current: ""
    signal selected(string value)
    spacing: Theme.spacing / 2
    Repeater {
        model: selector.options
        TouchButton {
            objectName: selector.objectName ? selector.objectName + "_" + modelData.value : ""
            text: modelData.label
            highlighted: modelData.value === selector.current
            implicitWidth: Math.max(Theme.touch * 1.6, naturalWidth)
            onClicked: selector.selected(modelData.value)
        }
    }
}
