import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// "Service recommended": why, and the nearest service centres; one tap on a centre routes there.
ColumnLayout {
    id: service
    property bool recommended: false
    property string distanceText: ""          // distance to the next service
    property bool overdue: false
    property var centres: []                  // [{id, name, kindText, address, city, distanceText, lat, lon}]
    signal centreSelected(string name, real lat, real lon)
    spacing: Theme.spacing / 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Icon {
            name: service.recommended ? "bell" : "car"
            color: service.recommended ? (service.overdue ? Theme.warning : Theme.accent) : Theme.textDim
            size: Theme.fontLarge
            Layout.alignment: Qt.AlignVCenter
        }
        Text {
            objectName: "serviceHeadline"
            Layout.fillWidth: true
            text: service.recommended ? qsTr("Service recommended") : qsTr("Service centres nearby")
            color: service.recommended ? (service.overdue ? Theme.warning : Theme.accent) : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontMedium
            font.bold: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }
    Text {
        objectName: "serviceReason"
        Layout.fillWidth: true
        visible: text !== ""
        readonly property bool known: service.distanceText !== "" && service.distanceText !== "–"
        // Whole sentences for the translators (no concatenated fragments).
        text: !known ? qsTr("Tap a garage to drive there")
            : service.overdue ? qsTr("Service overdue · Tap a garage to drive there")
            : qsTr("Next service in %1 · Tap a garage to drive there").arg(service.distanceText)
        textFormat: Text.PlainText
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    ListView {
        id: centreList
        objectName: "serviceCentreList"
        ScrollHint { parent: centreList; anchors.fill: parent; flickable: centreList; background: Theme.surface; barOutside: false }
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.topMargin: Theme.spacing / 2
        clip: true
        spacing: Theme.spacing / 2
        boundsBehavior: Flickable.StopAtBounds
        model: service.centres
        delegate: Rectangle {
            id: row
            required property var modelData
            required property int index
            objectName: "serviceCentre_" + index
            width: ListView.view.width
            height: Math.max(Theme.touch, texts.implicitHeight + Theme.spacing * 1.2)
            radius: Theme.radius / 2
            color: tap.pressed ? Theme.divider : Theme.surfaceAlt
            Accessible.role: Accessible.Button
            Accessible.name: modelData.name
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.spacing; rightMargin: Theme.spacing }
                spacing: Theme.spacing
                ColumnLayout {
                    id: texts
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    spacing: 2
                    Text {
                        objectName: row.objectName + "_name"
                        Layout.fillWidth: true
                        text: row.modelData.name
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: row.objectName + "_address"
                        Layout.fillWidth: true
                        text: [row.modelData.kindText, row.modelData.address, row.modelData.city]
                              .filter(s => s !== undefined && s !== null && s !== "").join(" · ")
                        textFormat: Text.PlainText
                        color: Theme.textDim
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
                Text {
                    objectName: row.objectName + "_distance"
                    Layout.alignment: Qt.AlignVCenter
                    Layout.maximumWidth: row.width * 0.3
                    elide: Text.ElideRight
                    text: row.modelData.distanceText || ""
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                Icon {
                    Layout.alignment: Qt.AlignVCenter
                    name: "navigate"
                    color: Theme.accent
                    size: Theme.fontMedium
                }
            }
            MouseArea {
                id: tap
                anchors.fill: parent
                onClicked: service.centreSelected(row.modelData.name, row.modelData.lat, row.modelData.lon)
            }
        }
        Text {
            anchors.centerIn: parent
            width: parent.width
            visible: centreList.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Service centres are listed once the car's position is known")
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            textFormat: Text.PlainText
        }
    }
}
