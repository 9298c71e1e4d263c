import QtQuick
import QtQuick.Layouts
import ".."

// A touch keyboard in the driver's language (QWERTY, QWERTZ with ü ö ä, AZERTY, Catalan with ç and ·), with a
// digits layer and an accents layer (the language's own letters first). Holding a letter offers its accented
// forms above it (à â ä …). Keys are full touch targets. Emits characters, never edits text itself.
Rectangle {
    id: keyboard
    property bool digits: false
    property bool accents: false
    // The language whose layout and letters are shown (default: the UI language).
    property string language: i18n.language
    signal typed(string text)
    signal backspace()
    signal submit()
    signal close()

    readonly property var layouts: ({
        "en": [["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
               ["a", "s", "d", "f", "g", "h", "j", "k", "l", "-"],
               ["z", "x", "c", "v", "b", "n", "m", ",", ".", "'"]],
        "de": [["q", "w", "e", "r", "t", "z", "u", "i", "o", "p", "ü"],
               ["a", "s", "d", "f", "g", "h", "j", "k", "l", "ö", "ä"],
               ["y", "x", "c", "v", "b", "n", "m", "ß", ",", ".", "-"]],
        "fr": [["a", "z", "e", "r", "t", "y", "u", "i", "o", "p"],
               ["q", "s", "d", "f", "g", "h", "j", "k", "l", "m"],
               ["w", "x", "c", "v", "b", "n", "é", "è", "'", "-"]],
        "ca": [["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
               ["a", "s", "d", "f", "g", "h", "j", "k", "l", "ç"],
               ["z", "x", "c", "v", "b", "n", "m", "·", "'", "-"]]
    })
    // Each language's own letters (shown first on the accents layer and in the hold popup).
    readonly property var ownLetters: ({
        "en": [],
        "de": ["ä", "ö", "ü", "ß"],
        "fr": ["é", "è", "ê", "à", "â", "ç", "ô", "î", "û", "ù", "ë", "ï"],
        "ca": ["à", "è", "é", "í", "ï", "ò", "ó", "ú", "ü", "ç", "·"]
    })
    // Every accented letter the shipped regions' names use.
    readonly property var allAccents: ["ä", "ö", "ü", "ß", "é", "è", "ê", "ë", "à", "â", "á", "ç", "ô", "ò", "ó",
                                       "î", "ï", "í", "û", "ù", "ú", "ñ", "œ", "æ", "ÿ", "·", "-", "'", ",", "."]
    // What holding a key offers.
    readonly property var variants: ({
        "a": ["à", "â", "ä", "á", "æ"], "e": ["é", "è", "ê", "ë"], "i": ["í", "ï", "î"],
        "o": ["ò", "ó", "ô", "ö", "œ"], "u": ["ú", "ü", "ù", "û"], "c": ["ç"], "s": ["ß"], "n": ["ñ"],
        "l": ["·"], "y": ["ÿ"]
    })
    readonly property var digitRows: [["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
                                      ["-", "/", "&", "(", ")", "+", "#", "'", ",", "."],
                                      ["!", "?", ":", ";", "@", "\"", "*", "%", "=", "_"]]
    readonly property var letterRows: layouts[language] || layouts["en"]
    readonly property var accentRows: {
        var own = ownLetters[language] || []
        var keys = own.slice()
        for (var i = 0; i < allAccents.length; ++i)
            if (keys.indexOf(allAccents[i]) < 0)
                keys.push(allAccents[i])
        var rows = []
        for (var r = 0; r < 3; ++r)
            rows.push(keys.slice(r * 10, r * 10 + 10))
        return rows
    }
    readonly property var rows: digits ? digitRows : accents ? accentRows : letterRows
    readonly property int gap: Math.max(4, Math.round(6 * Theme.scale))
    readonly property int keyHeight: Theme.touch

    // The held key's accented forms, the language's own letters first.
    function variantsOf(key) {
        var v = variants[key] || []
        var own = ownLetters[language] || []
        return v.filter(function (c) { return own.indexOf(c) >= 0 }).concat(v.filter(function (c) { return own.indexOf(c) < 0 }))
    }

    function showVariants(key, item) {
        var v = variantsOf(key)
        if (v.length === 0)
            return false
        popup.keys = v
        var p = item.mapToItem(keyboard, 0, 0)
        popup.x = Math.max(keyboard.gap, Math.min(p.x + item.width / 2 - popup.width / 2, keyboard.width - popup.width - keyboard.gap))
        popup.y = p.y - popup.height - keyboard.gap
        popup.visible = true
        return true
    }

    function typeKey(text) {
        popup.visible = false
        keyboard.typed(text)
    }

    onVisibleChanged: if (!visible) { popup.visible = false; accents = false }
    onLanguageChanged: popup.visible = false

    color: Theme.divider
    implicitHeight: 4 * keyHeight + 5 * gap

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: keyboard.gap
        spacing: keyboard.gap
        Repeater {
            model: keyboard.rows
            RowLayout {
                Layout.fillWidth: true
                spacing: keyboard.gap
                Repeater {
                    model: modelData
                    Rectangle {
                        id: key
                        objectName: "key_" + modelData
                        readonly property bool hasVariants: !keyboard.digits && !keyboard.accents
                                                            && keyboard.variantsOf(modelData).length > 0
                        Layout.fillWidth: true
                        Layout.preferredHeight: keyboard.keyHeight
                        Layout.minimumWidth: Theme.touch * 0.8
                        radius: Theme.radius / 2
                        color: keyMouse.pressed ? Theme.divider : Theme.surface
                        Accessible.role: Accessible.Button
                        Accessible.name: modelData
                        Text {
                            anchors.centerIn: parent
                            text: modelData
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontMedium
                            textFormat: Text.PlainText
                        }
                        Rectangle {
                            // a small corner mark: hold for accents
                            visible: key.hasVariants
                            anchors { right: parent.right; top: parent.top; margins: 6 }
                            width: 6; height: 6; radius: 3
                            color: Theme.textDim
                        }
                        MouseArea {
                            id: keyMouse
                            anchors.fill: parent
                            pressAndHoldInterval: 450
                            onClicked: keyboard.typeKey(modelData)
                            onPressAndHold: if (!keyboard.showVariants(modelData, key)) keyboard.typeKey(modelData)
                        }
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: keyboard.gap
            TouchButton {
                objectName: "keyLayer"
                text: keyboard.digits ? qsTr("abc", "keyboard: back to letters") : qsTr("123", "keyboard: digits and symbols")
                Layout.preferredWidth: Theme.touch * 1.4
                onClicked: { popup.visible = false; keyboard.accents = false; keyboard.digits = !keyboard.digits }
            }
            TouchButton {
                objectName: "keyAccents"
                text: keyboard.accents ? qsTr("abc", "keyboard: back to letters") : qsTr("àé", "keyboard: accented letters")
                highlighted: keyboard.accents
                Layout.preferredWidth: Theme.touch * 1.4
                onClicked: { popup.visible = false; keyboard.digits = false; keyboard.accents = !keyboard.accents }
            }
            TouchButton {
                objectName: "keySpace"
                text: qsTr("Space")
                Layout.fillWidth: true
                Layout.minimumWidth: Theme.touch
                onClicked: keyboard.typeKey(" ")
            }
            TouchButton {
                objectName: "keyBackspace"
                icon: "backspace"
                Layout.preferredWidth: Theme.touch * 1.4
                onClicked: { popup.visible = false; keyboard.backspace() }
            }
            TouchButton {
                objectName: "keySearch"
                icon: "search"
                text: qsTr("Search")
                highlighted: true
                Layout.maximumWidth: Theme.touch * 3
                onClicked: { popup.visible = false; keyboard.submit() }
            }
            TouchButton {
                objectName: "keyClose"
                icon: "close"
                onClicked: { popup.visible = false; keyboard.close() }
            }
        }
    }

    // The held key's accented forms: one large key each, above the held key; a tap types it.
    Rectangle {
        id: popup
        objectName: "accentPopup"
        property var keys: []
        visible: false
        z: 10
        width: popupRow.implicitWidth + 2 * keyboard.gap
        height: keyboard.keyHeight + 2 * keyboard.gap
        radius: Theme.radius / 2
        color: Theme.accentFill
        border.width: Theme.accentFillBorder; border.color: Theme.accent
        Row {
            id: popupRow
            anchors.centerIn: parent
            spacing: keyboard.gap
            Repeater {
                model: popup.keys
                Rectangle {
                    objectName: "accent_" + modelData
                    width: Theme.touch
                    height: keyboard.keyHeight
                    radius: Theme.radius / 2
                    color: accentMouse.pressed ? Theme.divider : Theme.surface
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData
                    Text {
                        anchors.centerIn: parent
                        text: modelData
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontMedium
                        textFormat: Text.PlainText
                    }
                    MouseArea { id: accentMouse; anchors.fill: parent; onClicked: keyboard.typeKey(modelData) }
                }
            }
        }
    }
}
