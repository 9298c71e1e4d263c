import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// − value + for a bounded number, in steps (a tap moves to the next multiple of `step`). Nothing to type.
// The value is shown as a quantity of `kind` in the driver's formats (i18n.fmt: "7 %").
RowLayout {
    id: stepper
    property real value: 0
    property real step: 5
    property real from: 0
    property real to: 100
    property string kind: "percent"   // a quantity kind of hmi.units (see i18n.fmt)
    signal requested(real value)

    spacing: Theme.spacing / 2

    function down() { return Math.max(from, Math.ceil(value / step - 1e-6) * step - step) }
    function up() { return Math.min(to, Math.floor(value / step + 1e-6) * step + step) }

    TouchButton {
        objectName: stepper.objectName ? stepper.objectName + "Minus" : ""
        text: "−"
        enabled: stepper.value > stepper.from
        //: accessible name of the "−" button: decrease the value
        Accessible.name: qsTr("Less")
        onClicked: stepper.requested(stepper.down())
    }
    Text {
        objectName: stepper.objectName ? stepper.objectName + "Value" : ""
        Layout.preferredWidth: Math.max(Math.round(Theme.fontMedium * 3.3), implicitWidth)
        horizontalAlignment: Text.AlignHCenter
        text: i18n.fmt(stepper.kind, Math.round(stepper.value), i18n.revision)
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontMedium
        font.bold: true
        textFormat: Text.PlainText
    }
    TouchButton {
        objectName: stepper.objectName ? stepper.objectName + "Plus" : ""
        text: "+"
        enabled: stepper.value < stepper.to
        //: accessible name of the "+" button: increase the value
        Accessible.name: qsTr("More")
        onClicked: stepper.requested(stepper.up())
    }
}
