import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"
import "TripFormat.js" as Fmt

// The next charging stop, under the maneuver banner: "Charge at Marktplatzgarage in 12 km",
// "18 min to 65 % · 50 kW CHAdeMO", and the battery preconditioning state on the way to a DC charger.
// `stop`: {name, distanceKm, chargeMinutes, toSoc, arriveSoc, powerKw, plug, estimated} or {}.
Rectangle {
    id: card
    property var stop: ({})
    property bool imperial: false
    property string preconditionState: "inactive"   // inactive | pending | active | failed

    readonly property bool here: stop.distanceKm !== undefined && stop.distanceKm < 0.15
    readonly property bool showPrecondition: preconditionState === "pending" || preconditionState === "active"
        || preconditionState === "failed"

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
            color: Theme.accent
            Icon { anchors.centerIn: parent; name: "plug"; color: Theme.textOnAccent; size: Math.round(parent.width * 0.6) }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Text {
                objectName: "nextStopText"
                Layout.fillWidth: true
                text: card.here ? qsTr("Charge here: %1").arg(card.stop.name || "")
                    : qsTr("Charge at %1 in %2").arg(card.stop.name || "").arg(Fmt.distance(card.stop.distanceKm, card.imperial))
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Text {
                objectName: "nextStopDetail"
                Layout.fillWidth: true
                text: qsTr("%1 to %2 %").arg(Fmt.minutes(card.stop.chargeMinutes || 0)).arg(card.stop.toSoc || 0)
                    + "  ·  " + (card.stop.estimated ? "≈" : "") + Fmt.power(card.stop.powerKw)
                    + (card.stop.plug ? " " + Fmt.plugName(card.stop.plug) : "")
                    + (card.stop.estimated ? qsTr(" (estimated)") : "")
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            RowLayout {
                visible: card.showPrecondition
                spacing: Theme.spacing / 3
                Icon {
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
                    elide: Text.ElideRight
                }
            }
        }
    }
}
