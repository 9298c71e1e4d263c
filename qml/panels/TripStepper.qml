import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// − value + for a bounded number, in steps (a tap moves to the next multiple of `step`). Nothing to type.
RowLayout {
    id: stepper
    property real value: 0
    property real step: 5
    property real from: 0
    property real to: 100
    property string unit: "%"
    signal requested(real value)

    spacing: Theme.spacing / 2

    function down() { return Math.max(from, Math.ceil(value / step - 1e-6) * step - step) }
    function up() { return Math.min(to, Math.floor(value / step + 1e-6) * step + step) }

    TouchButton {
        objectName: stepper.objectName ? stepper.objectName + "Minus" : ""
        text: "−"
        enabled: stepper.value > stepper.from
        Accessible.name: qsTr("Less")
        onClicked: stepper.requested(stepper.down())
    }
    Text {
        objectName: stepper.objectName ? stepper.objectName + "Value" : ""
        Layout.preferredWidth: Math.round(Theme.fontMedium * 3.3)
        horizontalAlignment: Text.AlignHCenter
        text: Math.round(stepper.value) + " " + stepper.unit
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontMedium
        font.bold: true
    }
    TouchButton {
        objectName: stepper.objectName ? stepper.objectName + "Plus" : ""
        text: "+"
        enabled: stepper.value < stepper.to
        Accessible.name: qsTr("More")
        onClicked: stepper.requested(stepper.up())
    }
}
