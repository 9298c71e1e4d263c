import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"
import "../panels"

// Display and connection settings. Everything is a tap: nothing to type.
Item {
    id: page
    objectName: "settingsPage"

    Flickable {
        objectName: "settingsFlick"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            Card {
                title: qsTr("Display")
                icon: "settings"
                Layout.fillWidth: true
                Layout.preferredHeight: displayGrid.implicitHeight + Theme.padding * 3 + Theme.fontSmall
                GridLayout {
                    id: displayGrid
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: Theme.spacing * 2
                    rowSpacing: Theme.spacing
                    Text { text: qsTr("Theme"); color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody; Layout.minimumWidth: 180 * Theme.scale }
                    SegmentedSelector {
                        objectName: "themeSelector"
                        current: settings.theme
                        options: [{value: "day", label: qsTr("Day")}, {value: "night", label: qsTr("Night")}, {value: "auto", label: qsTr("Auto")}]
                        onSelected: (value) => settings.setTheme(value)
                    }
                    Text { text: qsTr("Units"); color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody }
                    SegmentedSelector {
                        objectName: "unitsSelector"
                        current: settings.units
                        options: [{value: "metric", label: qsTr("km")}, {value: "imperial", label: qsTr("mi")}]
                        onSelected: (value) => settings.setUnits(value)
                    }
                    Text { text: qsTr("Clock"); color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody }
                    SegmentedSelector {
                        objectName: "clockSelector"
                        current: settings.clock24 ? "24" : "12"
                        options: [{value: "24", label: qsTr("24 h")}, {value: "12", label: qsTr("12 h")}]
                        onSelected: (value) => settings.setClock24(value === "24")
                    }
                }
            }

            TripSettingsCard {
                objectName: "tripSettings"
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
                vehicles: trip.vehicles
                vehicleId: trip.vehicleId
                reservePct: trip.reservePct
                arrivalPct: trip.arrivalPct
                chargeLimitPct: trip.chargeLimitPct
                minPowerKw: trip.minPowerKw
                plugs: trip.plugs
                availablePlugs: trip.availablePlugs
                onVehicleRequested: (id) => trip.setVehicleId(id)
                onReserveRequested: (v) => trip.setReservePct(v)
                onArrivalRequested: (v) => trip.setArrivalPct(v)
                onChargeLimitRequested: (v) => trip.setChargeLimitPct(v)
                onMinPowerRequested: (v) => trip.setMinPowerKw(v)
                onPlugsRequested: (p) => trip.setPlugs(p)
            }

            Card {
                title: qsTr("Vehicle link")
                icon: "link"
                Layout.fillWidth: true
                Layout.preferredHeight: linkGrid.implicitHeight + Theme.padding * 3 + Theme.fontSmall
                GridLayout {
                    id: linkGrid
                    anchors.fill: parent
                    columns: 3
                    columnSpacing: Theme.spacing * 3
                    ValueLabel { objectName: "brokerAddress"; caption: qsTr("Broker"); value: settings.brokerAddress }
                    ValueLabel { caption: qsTr("Connection"); value: link.brokerState === "connected" ? qsTr("Connected") : link.brokerState === "connecting" ? qsTr("Connecting") : qsTr("Unreachable") }
                    ValueLabel { caption: qsTr("Vehicle agent"); value: link.agentState === "online" ? qsTr("Online") : link.agentState === "offline" ? qsTr("Offline") : qsTr("Unknown") }
                }
            }

            Card {
                title: qsTr("About")
                Layout.fillWidth: true
                Layout.preferredHeight: aboutColumn.implicitHeight + Theme.padding * 3 + Theme.fontSmall
                Column {
                    id: aboutColumn
                    anchors.fill: parent
                    spacing: 4
                    Text { text: qsTr("Software %1").arg(app.version); color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody }
                    Text { objectName: "attribution"; text: qsTr("Map data %1, ODbL").arg(app.attribution); color: Theme.textDim; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall; textFormat: Text.PlainText }
                }
            }
        }
    }
}
