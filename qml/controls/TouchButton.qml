import QtQuick
import ".."

// A large touch target (≥ 76 px) with an optional icon, a pending spinner and a highlighted state.
Rectangle {
    id: button
    property string text: ""
    property string icon: ""
    property bool highlighted: false
    property bool pending: false
    property bool compact: false
    signal clicked()

    // what the label and icon need with their padding (a fixed-width user keeps at least this)
    readonly property real naturalWidth: 2 * Theme.padding + (button.text !== "" ? label.implicitWidth : 0)
        + (button.icon !== "" || button.pending ? Theme.iconSize + (button.text !== "" ? row.spacing : 0) : 0)
    implicitWidth: Math.max(Theme.touch, naturalWidth)
    implicitHeight: Theme.touch
    radius: Theme.radius
    opacity: enabled ? 1 : 0.45
    color: highlighted ? Theme.accentFill : (mouse.pressed ? Theme.divider : Theme.surfaceAlt)
    border.width: highlighted ? Theme.accentFillBorder : 0
    border.color: Theme.accent
    Accessible.role: Accessible.Button
    Accessible.name: text

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacing / 2
        Icon {
            visible: button.icon !== "" && !button.pending
            name: button.icon
            color: button.highlighted ? Theme.textOnAccent : Theme.text
            anchors.verticalCenter: parent.verticalCenter
        }
        Rectangle {
            // Pending: a ring that spins until the car answers.
            visible: button.pending
            width: Theme.iconSize; height: width; radius: width / 2
            color: "transparent"
            border.width: 4; border.color: button.highlighted ? Theme.textOnAccent : Theme.accent
            anchors.verticalCenter: parent.verticalCenter
            Rectangle { width: 8; height: 8; radius: 4; color: button.highlighted ? Theme.accentFill : Theme.surfaceAlt; x: parent.width / 2 - 4; y: -2 }
            RotationAnimation on rotation { running: button.pending; loops: Animation.Infinite; from: 0; to: 360; duration: 900 }
        }
        Text {
            id: label
            visible: button.text !== ""
            // a button given less than its natural width (equal tabs, a long translation) elides its label
            // instead of painting it over its neighbours
            width: Math.min(implicitWidth, button.width - 2 * Theme.padding
                            - (row.children[0].visible ? row.children[0].width + row.spacing : 0)
                            - (row.children[1].visible ? row.children[1].width + row.spacing : 0))
            elide: Text.ElideRight
            text: button.text
            color: button.highlighted ? Theme.textOnAccent : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            anchors.verticalCenter: parent.verticalCenter
            textFormat: Text.PlainText
        }
    }
    MouseArea {
        id: mouse
        anchors.fill: parent
        enabled: button.enabled
        onClicked: button.clicked()
    }
}
