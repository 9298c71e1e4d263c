import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Remaining distance and time, arrival time, destination, and the button to end guidance.
Rectangle {
    id: bar
    property string destination: ""
    property string remainingDistance: ""
    property string remainingTime: ""
    property string eta: ""
    property bool arrived: false
    signal endClicked()
    signal saveClicked(string slot)

    implicitHeight: Theme.touch + 2 * Theme.spacing
    implicitWidth: row.implicitWidth + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing * 1.5
        ColumnLayout {
            spacing: 0
            Text {
                objectName: "tripEta"
                text: bar.arrived ? qsTr("Arrived") : bar.eta
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            Text {
                text: bar.arrived ? "" : qsTr("arrival")
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Text {
                objectName: "tripRemaining"
                text: bar.remainingTime + " · " + bar.remainingDistance
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontMedium
            }
            Text {
                objectName: "tripDestination"
                Layout.fillWidth: true
                text: bar.destination
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
        TouchButton { objectName: "saveHome"; icon: "home"; onClicked: bar.saveClicked("home") }
        TouchButton { objectName: "endGuidance"; icon: "close"; text: qsTr("End"); onClicked: bar.endClicked() }
    }
}
