import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Remaining distance and time, arrival time, destination, and the button to end guidance.
// The strings come formatted (driver's units) from the navigation model; long ones elide, never overlap.
Rectangle {
    id: bar
    // a narrow bar (a small screen): the End button shows its icon only, so the arrival time never elides
    property bool compact: false
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
            // a long translation of "Arrived" / "arrival" gives way to the remaining time and distance; the arrival
            // time itself (a glance value) never elides
            Layout.maximumWidth: Theme.fontLarge * 7
            Layout.minimumWidth: Math.min(etaText.implicitWidth, Theme.fontLarge * 7)
            Text {
                id: etaText
                objectName: "tripEta"
                Layout.fillWidth: true
                //: shown instead of the arrival time once the destination is reached
                text: bar.arrived ? qsTr("Arrived") : bar.eta
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Text {
                Layout.fillWidth: true
                //: label under the estimated arrival time (noun)
                text: bar.arrived ? "" : qsTr("arrival")
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Text {
                objectName: "tripRemaining"
                Layout.fillWidth: true
                text: bar.remainingTime + " · " + bar.remainingDistance
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontMedium
                elide: Text.ElideRight
                textFormat: Text.PlainText
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
        // save the destination as Home / Work (the "Set home" / "Set work" buttons explain these)
        TouchButton { objectName: "saveHome"; icon: "home"; Accessible.name: qsTr("Save as Home"); onClicked: bar.saveClicked("home") }
        TouchButton { objectName: "saveWork"; icon: "work"; Accessible.name: qsTr("Save as Work"); onClicked: bar.saveClicked("work") }
        TouchButton {
            objectName: "endGuidance"
            icon: "close"
            //: button: end the route guidance (verb)
            text: bar.compact ? "" : qsTr("End")  // a narrow bar keeps the icon (its name stays)
            Accessible.name: qsTr("End")
            onClicked: bar.endClicked()
        }
    }
}
