import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"
import "../panels"

// Live vehicle data: drive, battery and charging (with the charge commands), temperatures and tyres.
Item {
    id: page
    objectName: "vehiclePage"
    readonly property var cmd: link.commands

    // The cards side by side, as tall as the page; when their content needs more (a small screen, larger
    // text), the page scrolls, and says so.
    Flickable {
        id: flick
        objectName: "vehicleFlick"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: Math.max(height, cards.implicitHeight)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        RowLayout {
            id: cards
            width: flick.width
            height: flick.contentHeight
            spacing: Theme.spacing

            Card {
                objectName: "driveCard"
                //: noun: card title for speed and gear
                title: qsTr("Drive")
                icon: "speed"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: (flick.width - 2 * Theme.spacing) * 0.27
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing / 2
                    Row {
                        spacing: Theme.spacing / 2
                        Text {
                            objectName: "speedValue"
                            text: vehicle.speedText
                            color: vehicle.speedStale ? Theme.textDim : Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontHero
                            font.bold: true
                            textFormat: Text.PlainText
                        }
                        Text {
                            text: vehicle.speedUnit
                            color: Theme.textDim
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontMedium
                            anchors.baseline: parent.children[0].baseline
                            textFormat: Text.PlainText
                        }
                    }
                    GearIndicator { objectName: "gearIndicator"; current: vehicle.gearText; stale: vehicle.gearStale }
                    Text {
                        objectName: "driveState"
                        // From the last known values; in italics when they are not current.
                        text: vehicle.driveState === "charging" ? qsTr("Charging") : vehicle.driveState === "driving" ? qsTr("Driving")
                            : vehicle.driveState === "parked" ? qsTr("Parked") : ""
                        color: Theme.textDim
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.italic: vehicle.driveStateStale
                        textFormat: Text.PlainText
                    }
                    Item { Layout.fillHeight: true }
                    ValueGrid {
                        Layout.fillWidth: true
                        ValueLabel { objectName: "odometer"; Layout.fillWidth: true; caption: qsTr("Odometer"); value: vehicle.odometerText; stale: vehicle.odometerStale }
                        ValueLabel { objectName: "outsideTemp"; Layout.fillWidth: true; caption: qsTr("Outside"); value: vehicle.outsideTempText; stale: vehicle.outsideTempStale }
                    }
                }
            }

            Card {
                objectName: "batteryCard"
                title: qsTr("Battery")
                icon: "battery"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: (flick.width - 2 * Theme.spacing) * 0.41
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing / 2
                    Flow {
                        // the range goes under the charge when both do not fit side by side at full size
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Text {
                            objectName: "socValue"
                            text: vehicle.socText
                            color: vehicle.socStale ? Theme.textDim : (vehicle.soc != null && vehicle.soc < 15 ? Theme.critical : Theme.text)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontXLarge
                            font.bold: true
                            textFormat: Text.PlainText
                        }
                        ValueLabel { objectName: "rangeValue"; caption: qsTr("Range"); value: vehicle.rangeText; stale: vehicle.rangeStale; valueSize: Theme.fontLarge }
                    }
                    ProgressBar {
                        Layout.fillWidth: true
                        value: (vehicle.soc || 0) / 100
                        marker: vehicle.chargeLimit != null ? vehicle.chargeLimit / 100 : -1
                        fill: vehicle.charging ? Theme.good : (vehicle.soc != null && vehicle.soc < 15 ? Theme.critical : Theme.accent)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Text {
                            objectName: "chargingState"
                            Layout.fillWidth: true
                            text: vehicle.charging ? qsTr("Charging at %1 · %2 to %3").arg(vehicle.batteryPowerText).arg(vehicle.timeToCompleteText).arg(vehicle.chargeLimitText)
                                : vehicle.cable ? qsTr("Plugged in, not charging") : qsTr("Not plugged in")
                            color: vehicle.charging ? Theme.good : Theme.textDim
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                        TouchButton {
                            objectName: "chargeButton"
                            visible: vehicle.cable === true
                            icon: "plug"
                            //: verbs on a button: stop / start charging
                            text: vehicle.charging ? qsTr("Stop") : qsTr("Start")
                            highlighted: !vehicle.charging
                            pending: page.cmd.start_stop_charging !== undefined && page.cmd.start_stop_charging.state === "pending"
                            enabled: !link.lost
                            onClicked: link.setCharging(!vehicle.charging)
                        }
                    }
                    ValueGrid {
                        Layout.fillWidth: true
                        ValueLabel { objectName: "energy"; Layout.fillWidth: true; caption: qsTr("Energy"); value: vehicle.energyText; stale: vehicle.energyStale }
                        ValueLabel { objectName: "soh"; Layout.fillWidth: true; caption: qsTr("Battery health"); value: vehicle.sohText; stale: vehicle.sohStale }
                        ValueLabel {
                            objectName: "batteryPower"
                            Layout.fillWidth: true
                            caption: qsTr("Power")
                            value: vehicle.batteryPowerText
                            stale: vehicle.batteryPowerStale
                        }
                    }
                    Item { Layout.fillHeight: true }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Text {
                            objectName: "conditioningState"
                            Layout.fillWidth: true
                            text: vehicle.conditioning === "FAST_CHARGING_PREPARATION" ? qsTr("Battery warming for fast charging")
                                : vehicle.conditioning === "DRIVING_PREPARATION" ? qsTr("Battery conditioning for driving")
                                : qsTr("Battery conditioning off")
                            color: vehicle.conditioning && vehicle.conditioning !== "INACTIVE" ? Theme.good : Theme.textDim
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap  // a word longer than the line breaks too
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                        TouchButton {
                            objectName: "conditioningButton"
                            icon: "thermometer"
                            //: verbs on a button: stop / start warming the battery for fast charging
                            text: vehicle.conditioning === "FAST_CHARGING_PREPARATION" ? qsTr("Stop") : qsTr("Warm up")
                            pending: page.cmd.precondition_battery !== undefined && page.cmd.precondition_battery.state === "pending"
                            enabled: !link.lost
                            onClicked: link.setPreconditioning(vehicle.conditioning !== "FAST_CHARGING_PREPARATION")
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Text {
                            text: qsTr("Charge limit")
                            color: Theme.textDim
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                        TouchButton {
                            objectName: "chargeLimitDown"
                            text: "−"  // a symbol, not a word: not translated
                            enabled: vehicle.chargeLimit != null && vehicle.chargeLimit > 50 && !link.lost
                            onClicked: link.setChargeLimit(Math.max(50, vehicle.chargeLimit - 10))
                        }
                        Text {
                            objectName: "chargeLimitValue"
                            text: vehicle.chargeLimitText
                            color: vehicle.chargeLimitStale ? Theme.textDim : Theme.text
                            font.italic: vehicle.chargeLimitStale
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            horizontalAlignment: Text.AlignHCenter
                            Layout.minimumWidth: Theme.fontLarge * 3
                            textFormat: Text.PlainText
                        }
                        TouchButton {
                            objectName: "chargeLimitUp"
                            text: "+"  // a symbol, not a word: not translated
                            enabled: vehicle.chargeLimit != null && vehicle.chargeLimit < 100 && !link.lost
                            onClicked: link.setChargeLimit(Math.min(100, vehicle.chargeLimit + 10))
                        }
                    }
                    Text {
                        objectName: "commandMessage"
                        Layout.fillWidth: true
                        readonly property var last: page.cmd.set_charge_limit || page.cmd.start_stop_charging || page.cmd.precondition_battery
                        visible: last !== undefined && last.state !== "ok" && last.message !== ""
                        text: last !== undefined ? (last.state === "pending" ? qsTr("Waiting for the car…") : last.message) : ""
                        color: last !== undefined && last.state === "pending" ? Theme.textDim : Theme.warning
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                }
            }

            Card {
                objectName: "climateCard"
                title: qsTr("Tyres & temperatures")
                icon: "tyre"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: (flick.width - 2 * Theme.spacing) * 0.32
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    TyreView {
                        objectName: "tyreView"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: 120 * Theme.scale
                        pressures: [vehicle.tyreFrontLeftText, vehicle.tyreFrontRightText, vehicle.tyreRearLeftText, vehicle.tyreRearRightText]
                        low: [vehicle.tyreFrontLeftLow === true, vehicle.tyreFrontRightLow === true, vehicle.tyreRearLeftLow === true, vehicle.tyreRearRightLow === true]
                        stale: [vehicle.tyreFrontLeftStale, vehicle.tyreFrontRightStale, vehicle.tyreRearLeftStale, vehicle.tyreRearRightStale]
                    }
                    ValueGrid {
                        Layout.fillWidth: true
                        ValueLabel { objectName: "cabinTemp"; Layout.fillWidth: true; caption: qsTr("Cabin"); value: vehicle.cabinTempText; stale: vehicle.cabinTempStale }
                        ValueLabel { objectName: "batteryTemp"; Layout.fillWidth: true; caption: qsTr("Battery"); value: vehicle.batteryTempText; stale: vehicle.batteryTempStale }
                        ValueLabel { objectName: "motorTemp"; Layout.fillWidth: true; caption: qsTr("Motor"); value: vehicle.motorTempText; stale: vehicle.motorTempStale }
                    }
                }
            }
        }
    }
    ScrollHint { anchors.fill: flick; flickable: flick }
}
