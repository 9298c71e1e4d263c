import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"
import "../panels"

// Display and connection settings. Everything is a tap: nothing to type.
Item {
    id: page
    objectName: "settingsPage"

    // The name of a setting, left of its choices (wraps rather than pushing the choices off the card).
    component SettingLabel: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        // as wide as the longest name needs, up to 40 % of the card; then it wraps
        Layout.fillWidth: true
        Layout.minimumWidth: Math.round(160 * Theme.scale)
        Layout.maximumWidth: Math.max(Layout.minimumWidth, Math.min(implicitWidth, page.width * 0.4))
        Layout.alignment: Qt.AlignVCenter
        textFormat: Text.PlainText
    }

    Flickable {
        objectName: "settingsFlick"
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            // Language and units: one tap each, the UI changes at once (no restart).
            Card {
                objectName: "languageUnitsCard"
                title: qsTr("Language and units")
                icon: "settings"
                Layout.fillWidth: true
                GridLayout {
                    id: unitsGrid
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: Theme.spacing * 2
                    rowSpacing: Theme.spacing
                    SettingLabel { text: qsTr("Language") }
                    SegmentedSelector {
                        objectName: "languageSelector"
                        current: settings.language
                        // Each language by its own name (never translated), so anyone can find theirs.
                        options: settings.languages.map(l => ({value: l.code, label: l.name}))
                        onSelected: (value) => settings.setLanguage(value)
                    }
                    SettingLabel { text: qsTr("Distance") }
                    SegmentedSelector {
                        objectName: "unitsSelector"
                        current: settings.units
                        options: [{value: "metric", label: qsTr("km", "unit symbol: kilometres")},
                                  {value: "imperial", label: qsTr("mi", "unit symbol: miles")}]
                        onSelected: (value) => settings.setUnits(value)
                    }
                    SettingLabel { text: qsTr("Temperature") }
                    SegmentedSelector {
                        objectName: "temperatureSelector"
                        current: settings.temperatureUnit
                        options: [{value: "C", label: qsTr("°C", "unit symbol: degrees Celsius")},
                                  {value: "F", label: qsTr("°F", "unit symbol: degrees Fahrenheit")}]
                        onSelected: (value) => settings.setTemperatureUnit(value)
                    }
                    SettingLabel { text: qsTr("Tyre pressure") }
                    SegmentedSelector {
                        objectName: "pressureSelector"
                        current: settings.pressureUnit
                        options: [{value: "bar", label: qsTr("bar", "unit symbol: bar")},
                                  {value: "kPa", label: qsTr("kPa", "unit symbol: kilopascal")},
                                  {value: "psi", label: qsTr("psi", "unit symbol: pounds per square inch")}]
                        onSelected: (value) => settings.setPressureUnit(value)
                    }
                    SettingLabel { text: qsTr("Clock") }
                    SegmentedSelector {
                        objectName: "clockSelector"
                        current: settings.clock24 ? "24" : "12"
                        options: [{value: "24", label: qsTr("24 h", "24-hour clock")},
                                  {value: "12", label: qsTr("12 h", "12-hour clock")}]
                        onSelected: (value) => settings.setClock24(value === "24")
                    }
                }
            }

            Card {
                objectName: "displayCard"
                title: qsTr("Display")
                icon: "settings"
                Layout.fillWidth: true
                GridLayout {
                    id: displayGrid
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: Theme.spacing * 2
                    rowSpacing: Theme.spacing
                    SettingLabel { text: qsTr("Text size") }
                    SegmentedSelector {
                        objectName: "textSizeSelector"
                        current: settings.textSize
                        options: [{value: "normal", label: qsTr("Normal", "text size")},
                                  {value: "large", label: qsTr("Large", "text size")},
                                  {value: "larger", label: qsTr("Larger", "text size")}]
                        onSelected: (value) => settings.setTextSize(value)
                    }
                    SettingLabel { text: qsTr("Theme") }
                    SegmentedSelector {
                        objectName: "themeSelector"
                        current: settings.theme
                        options: [{value: "day", label: qsTr("Day", "theme")},
                                  {value: "night", label: qsTr("Night", "theme")},
                                  {value: "auto", label: qsTr("Auto", "theme: follows the sun")}]
                        onSelected: (value) => settings.setTheme(value)
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
                ValueGrid {
                    id: linkGrid
                    anchors.fill: parent
                    ValueLabel { objectName: "brokerAddress"; Layout.fillWidth: true; caption: qsTr("Broker"); value: settings.brokerAddress }
                    ValueLabel { Layout.fillWidth: true; caption: qsTr("Connection"); value: link.brokerState === "connected" ? qsTr("Connected") : link.brokerState === "connecting" ? qsTr("Connecting") : qsTr("Unreachable") }
                    ValueLabel { Layout.fillWidth: true; caption: qsTr("Vehicle agent"); value: link.agentState === "online" ? qsTr("Online") : link.agentState === "offline" ? qsTr("Offline") : qsTr("Unknown") }
                }
            }

            Card {
                title: qsTr("About")
                Layout.fillWidth: true
                Column {
                    id: aboutColumn
                    anchors.fill: parent
                    spacing: 4
                    Text { text: qsTr("Software %1").arg(app.version); color: Theme.text; font.family: Theme.fontFamily; font.pixelSize: Theme.fontBody; textFormat: Text.PlainText }
                    Text { objectName: "attribution"; text: qsTr("Map data %1, ODbL").arg(app.attribution); color: Theme.textDim; font.family: Theme.fontFamily; font.pixelSize: Theme.fontSmall; textFormat: Text.PlainText }
                }
            }
        }
    }
    ScrollHint { anchors.fill: flick; flickable: flick }
}
