import QtQuick
import ".."

// One tile per lane, left to right, with the lane's arrows drawn over each other; the lanes that lead to the
// next maneuver are bright, the others dimmed. `lanes` is the nav model's laneGuidance: [{icons, use}, …].
Row {
    id: lanesRow
    property var lanes: []
    property color color: Theme.textOnAccent
    property int laneSize: Math.round(Theme.iconSize * 1.6)

    spacing: Math.max(2, Math.round(Theme.spacing / 4))

    Repeater {
        model: lanesRow.lanes
        Item {
            objectName: "lane_" + index
            property bool used: modelData.use === true
            width: lanesRow.laneSize
            height: lanesRow.laneSize
            opacity: used ? 1.0 : 0.35
            Repeater {
                model: modelData.icons
                Icon {
                    anchors.centerIn: parent
                    name: modelData
                    size: lanesRow.laneSize
                    color: lanesRow.color
                }
            }
        }
    }
}
