import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// The next charging stop, under the maneuver banner: "Charge at Marktplatzgarage in 12 km",
// "18 min to 65 % · 50 kW CHAdeMO", and the battery preconditioning state on the way to a DC charger.
// `stop`: {name, distanceKm, chargeMinutes, toSoc, arriveSoc, powerKw, plug, estimated} or {}.
// Figures in the driver's units and formats (i18n.fmt); long texts wrap to two lines, then elide.
Rectangle {
    id: card
    property var stop: ({})
    property string preconditionState: "inactive"   // inactive | pending | active | failed

    readonly property bool here: stop.distanceKm !== undefined && stop.distanceKm < 0.15
    readonly property bool showPrecondition: preconditionState === "pending" || preconditionState === "active"
        || preconditionState === "failed"
    // "≈50 kW CHAdeMO" (≈ when the charger data had no power or plugs)
    readonly property string powerText: (stop.estimated ? "≈" : "") + i18n.fmt("power_kw", stop.powerKw, i18n.revision)
        + (stop.plug ? " " + trip.plugName(stop.plug) : "")

    implicitWidth: Math.max(420 * Theme.scale, row.implicitWidth + 2 * Theme.padding)
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacing
        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            width: Math.round(Theme.fontBody * 2.2)
            height: width
            radius: width / 2
            color: Theme.accentFill
            border.width: Theme.accentFillBorder; border.color: Theme.accent
            Icon { anchors.centerIn: parent; name: "plug"; color: Theme.textOnAccent; size: Math.round(parent.width * 0.6) }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Text {
                objectName: "nextStopText"
                Layout.fillWidth: true
                //: %1: charger name
                text: card.here ? qsTr("Charge here: %1").arg(card.stop.name || "")
                    //: %1: charger name, %2: distance to it ("12 km")
                    //: %1: charging station name, %2: distance to it ("in 4.7 km")
                    : qsTr("Charge at %1 in %2").arg(card.stop.name || "")
                        .arg(i18n.fmt("distance_km", card.stop.distanceKm, i18n.revision))
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Text {
                objectName: "nextStopDetail"
                Layout.fillWidth: true
                //: charging time and the battery level reached: "18 min to 65 %"
                text: qsTr("%1 to %2").arg(i18n.fmt("duration_s", (card.stop.chargeMinutes || 0) * 60, i18n.revision))
                        .arg(i18n.fmt("percent", card.stop.toSoc || 0, i18n.revision))
                    + "  ·  " + (card.stop.estimated
                        //: %1: charger power and plug ("≈50 kW CHAdeMO") taken from defaults, not from the data
                        ? qsTr("%1 (estimated)").arg(card.powerText) : card.powerText)
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            RowLayout {
                visible: card.showPrecondition
                Layout.fillWidth: true
                spacing: Theme.spacing / 3
                Icon {
                    Layout.alignment: Qt.AlignTop
                    name: "thermometer"
                    size: Theme.fontSmall + 2
                    color: card.preconditionState === "failed" ? Theme.warning : Theme.good
                }
                Text {
                    objectName: "preconditionText"
                    Layout.fillWidth: true
                    text: card.preconditionState === "active" ? qsTr("Warming the battery for fast charging")
                        : card.preconditionState === "pending" ? qsTr("Asking the car to warm the battery…")
                        : qsTr("Battery warm-up not available: charging may be slower")
                    color: card.preconditionState === "failed" ? Theme.warning : Theme.good
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
            }
        }
    }
}
