import QtQuick

// Live reload (`hmi demo --live`): shown over the last good UI when a saved QML file does not load.
// Self-contained on purpose (only QtQuick, no Theme): it must work while the designer's files are broken.
// Created by hmi/ui/live_reload.py; cleared by the next good save.
Item {
    id: overlay
    objectName: "qmlErrorOverlay"
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    z: 100000

    // [{file, line, column, message}], the root cause first.
    property var errors: []
    // True when the last good UI could not be kept (a fallback window shows this overlay alone).
    property bool fallback: false
    readonly property string summary: errors.length > 0
        ? errors[0].file + ":" + errors[0].line + ": " + errors[0].message : ""
    readonly property real unit: Math.max(12, Math.min(width / 90, height / 45))

    Rectangle {
        anchors.fill: parent
        color: "#000000"
        opacity: overlay.fallback ? 0.9 : 0.35
    }

    Rectangle {
        id: panel
        objectName: "qmlErrorPanel"
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: overlay.unit }
        height: Math.min(content.implicitHeight + 2 * overlay.unit, overlay.height - 2 * overlay.unit)
        radius: overlay.unit / 2
        color: "#2b0d0f"
        border { color: "#ff5a5f"; width: 2 }
        clip: true

        Column {
            id: content
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: overlay.unit }
            spacing: overlay.unit / 2

            Text {
                objectName: "qmlErrorTitle"
                width: parent.width
                color: "#ffb3b5"
                textFormat: Text.PlainText
                font { pixelSize: overlay.unit * 1.4; bold: true }
                wrapMode: Text.Wrap
                text: (overlay.errors.length === 1 ? "QML error" : overlay.errors.length + " QML errors")
                      + (overlay.fallback ? " — the UI could not be kept; fix the file and save"
                                          : " — still showing the last good UI; fix the file and save")
            }
            Repeater {
                model: overlay.errors
                delegate: Column {
                    required property var modelData
                    width: content.width
                    spacing: 2
                    Text {
                        width: parent.width
                        color: "#ffffff"
                        textFormat: Text.PlainText
                        font { pixelSize: overlay.unit; family: "monospace"; bold: true }
                        elide: Text.ElideMiddle
                        text: modelData.file + ":" + modelData.line + (modelData.column > 0 ? ":" + modelData.column : "")
                    }
                    Text {
                        width: parent.width
                        color: "#ffd7d8"
                        textFormat: Text.PlainText
                        font { pixelSize: overlay.unit; family: "monospace" }
                        wrapMode: Text.Wrap
                        text: modelData.message
                    }
                }
            }
        }
    }
}
