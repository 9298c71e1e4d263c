import QtQuick
import ".."
import "../controls"

// "Vehicle link lost" banner: shown while data from the car cannot be trusted to be current.
// `reason` comes translated from the link model; the sentence is one qsTr so word order can change,
// and a long translation elides within the banner instead of running off the screen.
Rectangle {
    id: banner
    property string reason: ""
    implicitHeight: Math.round(Theme.touch * 0.75)
    color: Theme.criticalFill
    Row {
        anchors.centerIn: parent
        spacing: Theme.spacing
        Icon { id: bannerIcon; name: "link-off"; color: Theme.textOnCritical; anchors.verticalCenter: parent.verticalCenter }
        Text {
            objectName: "linkBannerText"
            width: Math.min(implicitWidth, banner.width - 2 * Theme.padding - bannerIcon.width - Theme.spacing)
            text: banner.reason !== "" ? qsTr("Vehicle link lost — %1", "banner; %1 is why, e.g. Vehicle agent offline").arg(banner.reason)
                                       : qsTr("Vehicle link lost")
            color: Theme.textOnCritical
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
