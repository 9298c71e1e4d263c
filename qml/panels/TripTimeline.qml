import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// The trip at a glance: now → drive → charge 18 min to 65 % → drive → arrive with 23 %.
// `steps`: the planner's timeline ([{kind: "drive"|"charge"|"arrive", …}]). Without a charging stop it shrinks
// to one line, "Arrive with 23 %". When space is short (`dense`, or two stops and more) the charger and
// destination names give way to "18 min / to 65 %" (the card under the maneuver banner names the next stop).
// Figures in the driver's formats (i18n.fmt); names elide, the figures never do. Every number and every colour
// class ("critical" | "low" | "good") comes from the trip model: the steps' minutes add up to the arrival total.
Rectangle {
    id: strip
    property var steps: []
    property real startSoc: -1       // the live battery level, whole % (-1: unknown)
    property string startLevel: ""   // its colour class
    property bool dense: false

    readonly property bool hasStops: {
        for (var i = 0; i < steps.length; ++i)
            if (steps[i].kind === "charge")
                return true
        return false
    }
    readonly property int stopCount: {
        var n = 0
        for (var i = 0; i < steps.length; ++i)
            if (steps[i].kind === "charge")
                n++
        return n
    }
    readonly property bool crowded: dense || stopCount >= 2
    readonly property var arrival: steps.length > 0 ? steps[steps.length - 1] : ({})
    readonly property int lineHeight: Math.round(Theme.fontBody * 3.1)

    function pct(soc) { return i18n.fmt("percent", soc, i18n.revision) }
    function duration(minutes) { return i18n.fmt("duration_s", minutes * 60, i18n.revision) }

    function levelColor(level) {
        return level === "critical" ? Theme.critical : level === "low" ? Theme.warning : Theme.good
    }

    implicitHeight: lineHeight
    implicitWidth: hasStops ? 640 * Theme.scale : compactRow.implicitWidth + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    // ------------------------------------------------------------------ no stops: one line
    RowLayout {
        id: compactRow
        visible: !strip.hasStops
        anchors.centerIn: parent
        width: Math.min(implicitWidth, strip.width - 2 * Theme.padding)
        spacing: Theme.spacing / 2
        Icon { name: "battery"; color: strip.levelColor(strip.arrival.level); size: Theme.fontMedium }
        Text {
            objectName: "tripArrival"
            Layout.fillWidth: true
            elide: Text.ElideRight
            //: %1: battery level at the destination ("23 %")
            text: qsTr("Arrive with %1").arg(strip.pct(strip.arrival.soc))
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            textFormat: Text.PlainText
        }
    }

    // ------------------------------------------------------------------ with stops: the timeline
    RowLayout {
        id: timeline
        visible: strip.hasStops
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: 0

        // now: the live battery level
        ColumnLayout {
            visible: strip.startSoc >= 0
            spacing: 0
            Text {
                objectName: "timelineNow"
                text: strip.pct(strip.startSoc)
                color: strip.levelColor(strip.startLevel)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                textFormat: Text.PlainText
            }
            Text {
                //: label under the battery level right now
                text: qsTr("now")
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                textFormat: Text.PlainText
            }
        }

        Repeater {
            model: strip.steps
            delegate: Item {
                id: step
                required property var modelData
                required property int index
                readonly property string kind: modelData.kind
                objectName: "timelineStep_" + index
                // names elide first; the main line never does. Drive connectors take the spare room.
                Layout.fillWidth: kind === "drive"
                Layout.fillHeight: true
                Layout.minimumWidth: kind === "drive" ? driveText.implicitWidth + Theme.spacing
                    : mainText.implicitWidth + marker.width + Theme.spacing
                Layout.preferredWidth: kind === "drive" ? driveText.implicitWidth + Theme.spacing * 3
                    : Math.min(stopRow.implicitWidth, 300 * Theme.scale) + Theme.spacing
                Layout.maximumWidth: kind === "drive" ? 100000 : Layout.preferredWidth

                // drive: a connecting line with the minutes on it
                Rectangle {
                    visible: step.kind === "drive"
                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.spacing / 2
                    width: parent.width - Theme.spacing
                    height: Math.max(3, Math.round(4 * Theme.scale))
                    radius: height / 2
                    color: Theme.divider
                }
                Rectangle {
                    visible: step.kind === "drive"
                    anchors.centerIn: parent
                    width: driveText.implicitWidth + Theme.spacing
                    height: driveText.implicitHeight + 4
                    radius: height / 2
                    color: Theme.surface
                    Text {
                        id: driveText
                        objectName: "timelineDrive_" + step.index
                        anchors.centerIn: parent
                        text: step.kind === "drive" ? strip.duration(step.modelData.minutes) : ""
                        color: Theme.textDim
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        textFormat: Text.PlainText
                    }
                }

                // charge / arrive: a round marker and one or two lines
                RowLayout {
                    id: stopRow
                    visible: step.kind !== "drive"
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing / 2
                    spacing: Theme.spacing / 2
                    Rectangle {
                        id: marker
                        Layout.alignment: Qt.AlignVCenter
                        width: Math.round(Theme.fontBody * 1.9)
                        height: width
                        radius: width / 2
                        color: step.kind === "charge" ? Theme.accentFill : Theme.surfaceAlt
                        border.width: step.kind === "charge" ? Theme.accentFillBorder : 0
                        border.color: Theme.accent
                        Icon {
                            anchors.centerIn: parent
                            name: step.kind === "charge" ? "plug" : "maneuver-arrive"
                            color: step.kind === "charge" ? Theme.textOnAccent : Theme.text
                            size: Math.round(parent.width * 0.62)
                        }
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignVCenter
                        Text {
                            id: mainText
                            objectName: step.kind === "charge" ? "timelineCharge_" + step.index
                                : step.kind === "arrive" ? "timelineArrive" : ""
                            text: step.kind === "charge"
                                ? (strip.crowded ? strip.duration(step.modelData.minutes)
                                   //: charging time and the battery level reached: "18 min to 65 %"
                                   : qsTr("%1 to %2").arg(strip.duration(step.modelData.minutes))
                                        .arg(strip.pct(step.modelData.toSoc)))
                                : step.kind === "arrive" ? strip.pct(step.modelData.soc) : ""
                            color: step.kind === "arrive" ? strip.levelColor(step.modelData.level) : Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            textFormat: Text.PlainText
                        }
                        Text {
                            objectName: step.kind === "charge" ? "timelineChargeDetail_" + step.index : ""
                            Layout.fillWidth: true
                            text: !strip.crowded ? (step.modelData.name || "")
                                //: battery level reached by charging: "to 65 %"
                                : step.kind === "charge" ? qsTr("to %1").arg(strip.pct(step.modelData.toSoc))
                                //: label under the battery level at the destination (noun)
                                : qsTr("arrival")
                            color: Theme.textDim
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                    }
                }
            }
        }
    }
}
