import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// The software installed in the car (from the self-update agent's current state): name and version.
Card {
    id: list
    property var items: []   // [{id, name, version}]
    title: qsTr("Installed software")
    icon: "car"

    Flickable {
        id: flick
        objectName: "updateInstalledFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: rows.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: rows
            width: flick.width
            Repeater {
                model: list.items
                Item {
                    objectName: "installed_" + index
                    width: rows.width
                    height: Math.max(Theme.touch * 0.7, nameText.implicitHeight + Theme.spacing)
                    Text {
                        id: nameText
                        anchors { left: parent.left; right: versionText.left; rightMargin: Theme.spacing; verticalCenter: parent.verticalCenter }
                        text: modelData.name
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    Text {
                        id: versionText
                        objectName: "installedVersion_" + index
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                        text: modelData.version
                        color: Theme.textDim
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        width: Math.min(implicitWidth, parent.width * 0.45)
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    Rectangle {
                        visible: index < list.items.length - 1
                        anchors.bottom: parent.bottom
                        width: parent.width; height: 1
                        color: Theme.divider
                    }
                }
            }
            Text {
                visible: list.items.length === 0
                width: rows.width
                text: qsTr("Waiting for the car to report its software…")
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
            }
        }
    }
    ScrollHint { anchors.fill: flick; flickable: flick; background: Theme.surface }
}
