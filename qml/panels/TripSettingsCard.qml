import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"
import "TripFormat.js" as Fmt

// "Trip & charging": vehicle profile, reserve, arrival SoC, charge limit, plug filter, minimum charger power.
// Only taps. The page wires the values from and the requests to the trip model.
Card {
    id: card
    property var vehicles: []          // [{id, name}]
    property string vehicleId: ""
    property real reservePct: 5
    property real arrivalPct: 10
    property real chargeLimitPct: 80
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
        Layout.minimumWidth: 200 * Theme.scale
        Layout.alignment: Qt.AlignVCenter
        Text { text: parent.text; color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody }
        Text { visible: parent.hint !== ""; text: parent.hint; color: Theme.textDim; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
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
        RowLayout {
            spacing: Theme.spacing * 2
            ColumnLayout {
                spacing: 2
                Text { text: qsTr("Reserve · never below"); color: Theme.textDim; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
                TripStepper {
                    objectName: "evReserve"
                    value: card.reservePct; from: 0; to: 50; step: 1
                    onRequested: (v) => card.reserveRequested(v)
                }
            }
            ColumnLayout {
                spacing: 2
                Text { text: qsTr("Arrive with"); color: Theme.textDim; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
                TripStepper {
                    objectName: "evArrival"
                    value: card.arrivalPct; from: 0; to: 100; step: 5
                    onRequested: (v) => card.arrivalRequested(v)
                }
            }
            ColumnLayout {
                spacing: 2
                Text { text: qsTr("Charge limit at stops"); color: Theme.textDim; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall }
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
                    text: Fmt.plugName(modelData)
                    highlighted: card.plugOn(modelData)
                    onClicked: card.togglePlug(modelData)
                }
            }
        }

        Caption { text: qsTr("Charger power"); hint: qsTr("at least") }
        SegmentedSelector {
            objectName: "evMinPower"
            current: String(Math.round(card.minPowerKw))
            options: [{value: "0", label: qsTr("Any")}, {value: "11", label: "11 kW"}, {value: "22", label: "22 kW"},
                      {value: "50", label: "50 kW"}, {value: "100", label: "100 kW"}]
            onSelected: (value) => card.minPowerRequested(Number(value))
        }
    }
}
