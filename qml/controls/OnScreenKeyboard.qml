import QtQuick
import QtQuick.Layouts
import ".."

// A QWERTZ touch keyboard with a digits layer; keys are full touch targets. Emits characters, never edits text itself.
Rectangle {
    id: keyboard
    property bool digits: false
    signal typed(string text)
    signal backspace()
    signal submit()
    signal close()

    readonly property var letterRows: [["q", "w", "e", "r", "t", "z", "u", "i", "o", "p"],
                                       ["a", "s", "d", "f", "g", "h", "j", "k", "l", "-"],
                                       ["y", "x", "c", "v", "b", "n", "m", ",", ".", "'"]]
    readonly property var digitRows: [["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
                                      ["ä", "ö", "ü", "ß", "é", "è", "à", "ç", "/", "&"],
                                      ["(", ")", "+", "#", "!", "?", ":", ";", "@", "\""]]
    readonly property int gap: Math.max(4, Math.round(6 * Theme.scale))
    readonly property int keyHeight: Theme.touch

    color: Theme.divider
    implicitHeight: 4 * keyHeight + 5 * gap

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: keyboard.gap
        spacing: keyboard.gap
        Repeater {
            model: keyboard.digits ? keyboard.digitRows : keyboard.letterRows
            RowLayout {
                Layout.fillWidth: true
                spacing: keyboard.gap
                Repeater {
                    model: modelData
                    Rectangle {
                        objectName: "key_" + modelData
                        Layout.fillWidth: true
                        Layout.preferredHeight: keyboard.keyHeight
                        Layout.minimumWidth: Theme.touch * 0.9
                        radius: Theme.radius / 2
                        color: keyMouse.pressed ? Theme.divider : Theme.surface
                        Text {
                            anchors.centerIn: parent
                            text: modelData
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontMedium
                        }
                        MouseArea { id: keyMouse; anchors.fill: parent; onClicked: keyboard.typed(modelData) }
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: keyboard.gap
            TouchButton {
                objectName: "keyLayer"
                text: keyboard.digits ? "abc" : "123"
                Layout.preferredWidth: Theme.touch * 1.4
                onClicked: keyboard.digits = !keyboard.digits
            }
            TouchButton {
                objectName: "keySpace"
                text: qsTr("Space")
                Layout.fillWidth: true
                onClicked: keyboard.typed(" ")
            }
            TouchButton {
                objectName: "keyBackspace"
                icon: "backspace"
                Layout.preferredWidth: Theme.touch * 1.4
                onClicked: keyboard.backspace()
            }
            TouchButton {
                objectName: "keySearch"
                icon: "search"
                text: qsTr("Search")
                highlighted: true
                onClicked: keyboard.submit()
            }
            TouchButton {
                objectName: "keyClose"
                icon: "close"
                onClicked: keyboard.close()
            }
        }
    }
}
