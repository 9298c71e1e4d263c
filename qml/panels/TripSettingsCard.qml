import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// "Trip & charging": vehicle profile, reserve, arrival SoC, charge limit, plug filter, minimum charger power.
// Only taps. The page wires the values from and the requests to the trip model. SoC values are percentages and
// powers kW in every unit system (i18n.fmt gives the locale's format); no distance, temperature or consumption
// figure is shown here. Labels wrap (two lines at most) instead of pushing the controls off the card.
Card {
    id: card
    property var vehicles: []          // [{id, name}]
    property string vehicleId: ""
    property real reservePct: 0       // every value is bound from the trip model
    property real arrivalPct: 0
    property real chargeLimitPct: 0
    property real minPowerKw: 0
    property var plugs: []             // selected; empty = every plug of the car
    property var availablePlugs: []
    signal vehicleRequested(string id)
    signal reserveRequested(real value)
    signal arrivalRequested(real value)
    signal chargeLimitRequested(real value)
    signal minPowerRequested(real value)
    signal plugsRequested(var plugs)

    title: qsTr("Trip & charging")
    icon: "plug"
    implicitHeight: grid.implicitHeight + Theme.padding * 3 + Theme.fontSmall

    readonly property real stepperLabelHeight: Math.max(reserveLabel.implicitHeight, arrivalLabel.implicitHeight,
                                                        limitLabel.implicitHeight)

    function plugOn(p) { return plugs.length === 0 || plugs.indexOf(p) >= 0 }
    function togglePlug(p) {
        var on = availablePlugs.filter(q => plugOn(q))
        var next = plugOn(p) ? on.filter(q => q !== p) : on.concat([p])
        if (next.length === 0)
            return  // at least one plug stays selected
        plugsRequested(next.length === availablePlugs.length ? [] : next)
    }

    component Caption: ColumnLayout {
        property string text: ""
        property string hint: ""
        spacing: 0
        Layout.preferredWidth: Math.round(230 * Theme.scale)
        Layout.alignment: Qt.AlignVCenter
        Text {
            Layout.fillWidth: true
            text: parent.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Text {
            Layout.fillWidth: true
            visible: parent.hint !== ""
            text: parent.hint
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }

    // The label above a stepper: as wide as the stepper, wrapping to two lines; as high as the tallest of the
    // three and bottom-aligned, so the steppers stay level whichever label wraps.
    component StepperLabel: Text {
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        verticalAlignment: Text.AlignBottom
        Layout.fillWidth: true
        Layout.preferredHeight: card.stepperLabelHeight
        Layout.maximumWidth: Math.max(Theme.touch * 2 + Theme.fontMedium * 3.3 + Theme.spacing, 1)
        textFormat: Text.PlainText
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        Caption { text: qsTr("Vehicle") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Repeater {
                model: card.vehicles
                TouchButton {
                    objectName: "evVehicle_" + modelData.id
                    text: modelData.name.replace(/^Nissan /, "")
                    highlighted: modelData.id === card.vehicleId
                    onClicked: card.vehicleRequested(modelData.id)
                }
            }
        }

        Caption { text: qsTr("Battery"); hint: qsTr("when planning") }
        Flow {
            // three steppers side by side, or wrapped onto a second row on a narrow card
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            ColumnLayout {
                spacing: 2
                StepperLabel { id: reserveLabel; text: qsTr("Reserve · never below") }
                TripStepper {
                    objectName: "evReserve"
                    value: card.reservePct; from: 0; to: 50; step: 1
                    onRequested: (v) => card.reserveRequested(v)
                }
            }
            ColumnLayout {
                spacing: 2
                StepperLabel {
                    id: arrivalLabel
                    //: label above the battery level to arrive with at the destination
                    text: qsTr("Arrive with")
                }
                TripStepper {
                    objectName: "evArrival"
                    value: card.arrivalPct; from: 0; to: 100; step: 5
                    onRequested: (v) => card.arrivalRequested(v)
                }
            }
            ColumnLayout {
                spacing: 2
                StepperLabel { id: limitLabel; text: qsTr("Charge limit at stops") }
                TripStepper {
                    objectName: "evLimit"
                    value: card.chargeLimitPct; from: 20; to: 100; step: 5
                    onRequested: (v) => card.chargeLimitRequested(v)
                }
            }
        }

        Caption { text: qsTr("Plugs"); hint: qsTr("chargers to use") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Repeater {
                model: card.availablePlugs
                TouchButton {
                    objectName: "evPlug_" + modelData
                    text: trip.plugName(modelData)
                    highlighted: card.plugOn(modelData)
                    onClicked: card.togglePlug(modelData)
                }
            }
        }

        Caption { text: qsTr("Charger power"); hint: qsTr("at least") }
        Flow {
            // the same buttons as a SegmentedSelector, wrapping onto a second row when the card is narrow
            id: minPower
            objectName: "evMinPower"
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            readonly property string current: String(Math.round(card.minPowerKw))
            Repeater {
                model: [0, 11, 22, 50, 100]
                TouchButton {
                    required property int modelData
                    objectName: "evMinPower_" + modelData
                    //: charger power filter: no minimum
                    text: modelData === 0 ? qsTr("Any") : i18n.fmt("power_kw", modelData, i18n.revision)
                    highlighted: String(modelData) === minPower.current
                    onClicked: card.minPowerRequested(modelData)
                }
            }
        }
    }
}
