import QtQuick
import ".."
import "../controls"

// "Vehicle link lost" banner: shown while data from the car cannot be trusted to be current.
Rectangle {
    id: banner
    property string reason: ""
    implicitHeight: Math.round(Theme.touch * 0.75)
    color: Theme.criticalFill
    Row {
        anchors.centerIn: parent
        spacing: Theme.spacing
        Icon { name: "link-off"; color: Theme.textOnCritical; anchors.verticalCenter: parent.verticalCenter }
        Text {
            objectName: "linkBannerText"
            text: qsTr("Vehicle link lost") + " — " + banner.reason
            color: Theme.textOnCritical
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
