import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Top bar: clock, link state, state of charge with range, alert count.
Rectangle {
    id: bar
    property string clock: ""
    property string socText: "–"
    property bool socStale: false   // last known, not current: dimmed like every such value
    property real soc: -1
    property real lowPct: 0         // below this the level shows red (the trip model's low-battery level)
    property string rangeText: "–"
    property bool charging: false
    property bool linkLost: true
    property string linkText: ""
    property int alertCount: 0
    signal alertsClicked()

    implicitHeight: Theme.statusBarHeight
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing * 1.5

        Text {
            objectName: "statusClock"
            text: bar.clock
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontMedium
            font.bold: true
            textFormat: Text.PlainText
        }
        Row {
            objectName: "statusLink"
            spacing: Theme.spacing / 2
            Icon {
                name: bar.linkLost ? "link-off" : "link"
                color: bar.linkLost ? Theme.critical : Theme.good
                size: Theme.fontMedium
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                text: bar.linkLost ? qsTr("No vehicle link") : qsTr("Vehicle connected")
                color: bar.linkLost ? Theme.critical : Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
            }
        }
        Item { Layout.fillWidth: true }
        Row {
            spacing: Theme.spacing / 2
            Icon {
                name: bar.charging ? "plug" : "battery"
                color: bar.charging ? Theme.good : (bar.soc >= 0 && bar.soc < bar.lowPct ? Theme.critical : Theme.text)
                size: Theme.fontMedium
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                objectName: "statusSoc"
                text: bar.socText
                color: bar.soc >= 0 && bar.soc < bar.lowPct ? Theme.critical : bar.socStale ? Theme.textDim : Theme.text
                font.italic: bar.socStale
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontMedium
                font.bold: true
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
            }
            Text {
                objectName: "statusRange"
                text: bar.rangeText
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
            }
        }
        Item {
            objectName: "statusAlerts"
            implicitWidth: Theme.minTouch
            implicitHeight: Theme.minTouch
            Icon {
                anchors.centerIn: parent
                name: "bell"
                color: bar.alertCount > 0 ? Theme.warning : Theme.textDim
                size: Theme.fontMedium
            }
            Badge {
                objectName: "statusAlertCount"
                count: bar.alertCount
                anchors { right: parent.right; top: parent.top; topMargin: 4 }
            }
            MouseArea { anchors.fill: parent; onClicked: bar.alertsClicked() }
        }
    }
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }
}
