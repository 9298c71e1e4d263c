import QtQuick
import ".."

// Top view of the car with the four tyre pressures; a low tyre is shown in the critical colour.
Item {
    id: view
    property var pressures: ["–", "–", "–", "–"]   // FL, FR, RL, RR texts
    property var low: [false, false, false, false]
    property var stale: [true, true, true, true]
    property string labelPrefix: "tyre"            // objectNames of the four labels: <prefix>FL, FR, RL, RR
    implicitWidth: 320 * Theme.scale
    implicitHeight: 220 * Theme.scale

    TextMetrics {
        id: labelMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        // Room for the widest label shown (its length depends on the pressure unit and locale).
        text: view.pressures.reduce((a, b) => String(b).length > a.length ? String(b) : a, "888")
    }

    Rectangle {
        // Car body
        id: body
        anchors.centerIn: parent
        // Leave room on both sides for the pressure labels.
        height: Math.min(parent.height * 0.95, (parent.width - 2 * (labelMetrics.width + Theme.spacing)) / 0.55)
        width: height * 0.45
        radius: width * 0.35
        color: Theme.surfaceAlt
        border.color: Theme.divider
        border.width: 2
        Rectangle { // windscreen
            width: parent.width * 0.8; height: parent.height * 0.14
            anchors.horizontalCenter: parent.horizontalCenter
            y: parent.height * 0.2
            radius: height / 3
            color: Theme.divider
        }
    }
    Repeater {
        model: 4
        Item {
            readonly property bool isLeft: index % 2 === 0
            readonly property bool isFront: index < 2
            width: (view.width - body.width) / 2 + wheel.width / 2
            height: body.height * 0.42
            x: isLeft ? 0 : view.width - width
            y: isFront ? body.y : body.y + body.height - height
            Rectangle {
                id: wheel
                width: body.width * 0.2; height: parent.height * 0.6
                radius: 6
                anchors.verticalCenter: parent.verticalCenter
                x: parent.isLeft ? parent.width - width : 0
                color: view.low[index] ? Theme.critical : Theme.textDim
            }
            Text {
                objectName: view.labelPrefix + ["FL", "FR", "RL", "RR"][index]
                anchors.verticalCenter: parent.verticalCenter
                x: parent.isLeft ? wheel.x - width - Theme.spacing / 2 : wheel.x + wheel.width + Theme.spacing / 2
                text: view.pressures[index]
                color: view.low[index] ? Theme.critical : (view.stale[index] ? Theme.textDim : Theme.text)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                font.italic: view.stale[index]
            }
        }
    }
}
