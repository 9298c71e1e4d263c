import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"
import "TripFormat.js" as Fmt

// Details of a charger tapped on the map: name, power, plugs, points, whether it fits the car, and which
// values are estimated (filled with defaults because the data had none). `info`: TripModel.chargerInfo(id).
Rectangle {
    id: card
    property var info: ({})
    property bool imperial: false
    signal closed()
    signal navigateClicked()

    readonly property bool known: info.id !== undefined

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
            text: qsTr("estimated")
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }

    component Caption: Text {
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
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
                color: card.info.compatible ? Theme.accent : Theme.surfaceAlt
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
                Text {
                    objectName: "chargerName"
                    Layout.fillWidth: true
                    text: card.info.name || qsTr("Charging station")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                Text {
                    objectName: "chargerFit"
                    Layout.fillWidth: true
                    text: card.info.compatible
                        ? qsTr("Fits your car: %1").arg(Fmt.plugList(card.info.usablePlugs))
                        : (card.info.usablePlugs && card.info.usablePlugs.length > 0
                            ? (card.info.access === "private" ? qsTr("Private: not used for trip planning")
                                                               : qsTr("Below your minimum charger power"))
                            : qsTr("No plug for your car"))
                        + (card.info.distanceKm >= 0 ? "  ·  " + Fmt.distance(card.info.distanceKm, card.imperial) + qsTr(" away") : "")
                    color: card.info.compatible ? Theme.good : Theme.warning
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
            TouchButton {
                objectName: "chargerNavigate"
                Layout.alignment: Qt.AlignTop
                visible: card.known
                highlighted: true
                icon: "navigate"
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

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing * 2
            ColumnLayout {
                spacing: 0
                Layout.alignment: Qt.AlignTop
                Caption { text: qsTr("Power") }
                RowLayout {
                    spacing: Theme.spacing / 2
                    Text {
                        objectName: "chargerPower"
                        text: (card.info.powerEstimated ? "≈" : "") + Fmt.power(card.info.powerKw)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                    }
                    EstimatedTag { objectName: "chargerPowerEstimated"; visible: card.info.powerEstimated === true }
                }
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Caption { text: qsTr("Plugs") + (card.info.numPoints > 1 ? "  ·  " + qsTr("%1 points").arg(card.info.numPoints) : "") }
                RowLayout {
                    spacing: Theme.spacing / 2
                    Layout.fillWidth: true
                    Text {
                        objectName: "chargerPlugs"
                        Layout.fillWidth: true
                        text: Fmt.plugList(card.info.plugs)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    EstimatedTag { objectName: "chargerPlugsEstimated"; visible: card.info.plugsEstimated === true }
                }
            }
        }

        Text {
            objectName: "chargerEstimatedNote"
            visible: card.info.estimated === true
            Layout.fillWidth: true
            text: qsTr("The charger data has no %1; the value shown is a typical one for its plug type.")
                .arg(card.info.powerEstimated && card.info.plugsEstimated ? qsTr("power or plug information")
                     : card.info.powerEstimated ? qsTr("power rating") : qsTr("plug information"))
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

    }
}
