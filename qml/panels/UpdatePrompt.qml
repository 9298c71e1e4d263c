import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// "Software update available" notification over the shell. `wanted`: the model wants the driver's
// attention; `allowed`: the shell says it may cover the screen now (never while the car moves).
// A tap on it opens the Updates page, "Later" snoozes it. Once tapped it stays away for the same `key`
// (state + version) until the model asks again (e.g. the reminder at the end of the next drive).
Rectangle {
    id: prompt
    property bool wanted: false
    property bool allowed: false
    property string key: ""
    property string headline: ""
    property string detail: ""
    property bool canLater: false
    property string dismissedKey: ""
    signal opened()
    signal later()

    readonly property bool shown: wanted && allowed && key !== "" && key !== dismissedKey
    onWantedChanged: if (wanted) dismissedKey = ""
    visible: shown
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 0, Math.round(820 * Theme.scale))
    height: Theme.touch + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent
    border.width: 2
    Accessible.role: Accessible.AlertMessage
    Accessible.name: headline

    // Soft drop shadow: two offset translucent layers (no effects module needed).
    Rectangle {
        z: -1
        anchors.fill: parent
        anchors.topMargin: 6
        anchors.bottomMargin: -6
        radius: parent.radius
        color: "#000000"
        opacity: Theme.night ? 0.5 : 0.18
    }

    MouseArea {
        objectName: "updatePromptArea"
        anchors.fill: parent
        onClicked: { prompt.dismissedKey = prompt.key; prompt.opened() }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            Layout.preferredWidth: Theme.iconSize * 1.6
            Layout.preferredHeight: Theme.iconSize * 1.6
            radius: width / 2
            color: Theme.accentFill
            border.width: Theme.accentFillBorder; border.color: Theme.accent
            Icon { anchors.centerIn: parent; name: "update"; color: Theme.textOnAccent }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                objectName: "updatePromptHeadline"
                Layout.fillWidth: true
                text: prompt.headline
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontMedium
                font.bold: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Text {
                objectName: "updatePromptDetail"
                Layout.fillWidth: true
                text: prompt.detail
                visible: text !== ""
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
        TouchButton {
            objectName: "updatePromptLater"
            visible: prompt.canLater
            text: qsTr("Later")
            onClicked: { prompt.dismissedKey = prompt.key; prompt.later() }
        }
        TouchButton {
            objectName: "updatePromptOpen"
            text: qsTr("View")
            highlighted: true
            onClicked: { prompt.dismissedKey = prompt.key; prompt.opened() }
        }
    }
}
