import QtQuick
import QtQuick.Layouts
import ".."

// ValueLabels side by side as long as each fits at full size, on more rows when they do not: a value is never
// shrunk or cut to fit (a narrow screen, a longer translation, larger text). Up to `maxColumns` per row.
GridLayout {
    id: grid
    property int maxColumns: 3
    // the widest label's natural width: every column gets at least that
    readonly property real cellWidth: {
        var w = 1
        for (var i = 0; i < children.length; ++i)
            if (children[i].visible) w = Math.max(w, children[i].implicitWidth)
        return w
    }
    columns: Math.max(1, Math.min(maxColumns, Math.floor((width + columnSpacing) / (cellWidth + columnSpacing))))
    columnSpacing: Theme.spacing * 1.5
    rowSpacing: Theme.spacing / 2
}
