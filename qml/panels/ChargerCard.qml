import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Details of a charger tapped on the map: name, power, plugs, points, whether it fits the car, and which
// values are estimated (filled with defaults because the data had none). `info`: TripModel.chargerInfo(id).
// Figures in the driver's units and formats (i18n.fmt); long texts wrap, then elide.
Rectangle {
    id: card
    property var info: ({})
    signal closed()
    signal navigateClicked()

    readonly property bool known: info.id !== undefined
    readonly property string fitText: info.compatible
        //: %1: the charger's plugs the car can use ("CHAdeMO · Type 2")
        ? qsTr("Fits your car: %1").arg(trip.plugList(info.usablePlugs || []))
        : (info.usablePlugs && info.usablePlugs.length > 0
            ? (info.access === "private" ? qsTr("Private: not used for trip planning")
                                         : qsTr("Below your minimum charger power"))
            : qsTr("No plug for your car"))
    readonly property string estimatedNote: info.powerEstimated && info.plugsEstimated
        ? qsTr("The charger data has no power or plug information; the value shown is a typical one for its plug type.")
        : info.powerEstimated
        ? qsTr("The charger data has no power rating; the value shown is a typical one for its plug type.")
        : qsTr("The charger data has no plug information; the value shown is a typical one for its plug type.")

    implicitWidth: 600 * Theme.scale
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: 1

    MouseArea { anchors.fill: parent }  // taps on the card do not reach the map below

    component EstimatedTag: Rectangle {
        implicitWidth: tagText.implicitWidth + Theme.spacing
        implicitHeight: tagText.implicitHeight + 4
        radius: height / 2
        color: "transparent"
        border.width: 2
        border.color: Theme.warning
        Text {
            id: tagText
            anchors.centerIn: parent
            //: tag next to a value taken from defaults because the charger data had none (adjective)
            text: qsTr("estimated")
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            textFormat: Text.PlainText
        }
    }

    component Caption: Text {
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        textFormat: Text.PlainText
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding }
        spacing: Theme.spacing

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Rectangle {
                Layout.alignment: Qt.AlignTop
                width: Math.round(Theme.fontMedium * 2.2)
                height: width
                radius: width / 2
                color: card.info.compatible ? Theme.accentFill : Theme.surfaceAlt
                border.width: card.info.compatible ? Theme.accentFillBorder : 0
                border.color: Theme.accent
                Icon {
                    anchors.centerIn: parent
                    name: "plug"
                    color: card.info.compatible ? Theme.textOnAccent : Theme.textDim
                    size: Math.round(parent.width * 0.58)
                }
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                Text {
                    objectName: "chargerName"
                    Layout.fillWidth: true
                    text: card.info.name || qsTr("Charging station")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                    wrapMode: Text.Wrap  // at words, or inside a long one ("Industriestrasse")
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
            }
            TouchButton {
                objectName: "chargerNavigate"
                Layout.alignment: Qt.AlignTop
                visible: card.known
                // the call to action only when the car can charge there; otherwise a plain button under the reason
                highlighted: card.info.compatible === true
                icon: "navigate"
                //: button: start navigating to this charger (verb)
                text: qsTr("Go")
                onClicked: card.navigateClicked()
            }
            TouchButton {
                objectName: "chargerClose"
                Layout.alignment: Qt.AlignTop
                icon: "close"
                onClicked: card.closed()
            }
        }

        // whether it fits the car, and how far: the card's full width (two lines at most)
        Text {
            objectName: "chargerFit"
            Layout.fillWidth: true
            text: card.fitText + (card.info.distanceKm >= 0
                //: %1: straight-line distance from the car ("3.2 km")
                ? "  ·  " + qsTr("%1 away").arg(i18n.fmt("distance_km", card.info.distanceKm, i18n.revision)) : "")
            color: card.info.compatible ? Theme.good : Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            ColumnLayout {
                spacing: 0
                Layout.alignment: Qt.AlignTop
                //: the charger's power (noun)
                Caption { text: qsTr("Power") }
                RowLayout {
                    spacing: Theme.spacing / 2
                    Text {
                        objectName: "chargerPower"
                        text: (card.info.powerEstimated ? "≈" : "") + i18n.fmt("power_kw", card.info.powerKw, i18n.revision)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        textFormat: Text.PlainText
                    }
                    EstimatedTag { objectName: "chargerPowerEstimated"; visible: card.info.powerEstimated === true }
                }
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Caption {
                    objectName: "chargerPlugsCaption"
                    Layout.fillWidth: true
                    text: qsTr("Plugs") + (card.info.numPoints > 1
                            //: %n: number of charging points at the station
                        ? "  ·  " + qsTr("%n points", "", card.info.numPoints) : "")
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                RowLayout {
                    spacing: Theme.spacing / 2
                    Layout.fillWidth: true
                    Text {
                        objectName: "chargerPlugs"
                        Layout.fillWidth: true
                        text: trip.plugList(card.info.plugs || [])
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    EstimatedTag { objectName: "chargerPlugsEstimated"; visible: card.info.plugsEstimated === true }
                }
            }
        }

        Text {
            objectName: "chargerEstimatedNote"
            visible: card.info.estimated === true
            Layout.fillWidth: true
            text: card.estimatedNote
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }
}
