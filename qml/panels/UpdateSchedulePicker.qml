import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Pick when the update installs, by taps only: "Tonight at 02:00" in one tap, or an hour with −/+
// and a minute preset, then confirm. The next occurrence of the picked time is used (today or tomorrow).
// Times are formatted by `i18n` (12/24 h setting, locale); every sentence is one qsTr with %1.
Card {
    id: picker
    property int hour: 2
    property int minute: 0
    property real nowMs: Date.now()
    signal tonight()
    signal picked(real epochSeconds)
    signal cancelled()

    title: qsTr("Schedule the install")
    icon: "update"

    // The next local h:m after now and what to call its day: the updates model decides (re-read with the clock).
    readonly property var choice: { nowMs; return updates.scheduleChoice(hour, minute) }
    // when "Tonight" installs (the same time updates.scheduleTonight() sets)
    readonly property real tonightAt: { nowMs; return updates.tonightAt() }
    // A wall-clock time in the driver's format ("02:00" or "2:00 AM").
    readonly property string targetText: {
        var time = i18n.fmt("clock", choice.at, i18n.revision)
        if (choice.day === "tonight")
            return qsTr("Tonight %1", "install time, e.g. Tonight 02:00").arg(time)
        return choice.day === "today" ? qsTr("Today %1", "install time, e.g. Today 14:00").arg(time)
                                      : qsTr("Tomorrow %1", "install time, e.g. Tomorrow 09:00").arg(time)
    }

    onVisibleChanged: if (visible) nowMs = Date.now()
    Timer { interval: 15000; repeat: true; running: picker.visible; onTriggered: picker.nowMs = Date.now() }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("The update downloads now and installs at this time if the car is parked with enough charge. Otherwise it waits and tells you why.")
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "updatePickTonight"
                icon: "update"
                text: qsTr("Tonight at %1").arg(i18n.fmt("clock", picker.tonightAt, i18n.revision))
                onClicked: picker.tonight()
            }
            Text {
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                text: qsTr("or pick a time:")
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            TouchButton {
                objectName: "updatePickHourDown"
                text: "−"
                Accessible.name: qsTr("One hour earlier")
                onClicked: picker.hour = (picker.hour + 23) % 24
            }
            Text {
                objectName: "updatePickTime"
                // Room for "Tomorrow 12:45 PM" in the longest language; on narrow screens it takes what is
                // left and wraps onto a second line (still within the touch row's height) before eliding.
                Layout.preferredWidth: Theme.fontLarge * 9.5
                Layout.minimumWidth: Theme.fontLarge * 4
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.fontLarge * 11
                Layout.maximumHeight: Theme.touch
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                lineHeight: 0.9
                elide: Text.ElideRight
                text: picker.targetText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                textFormat: Text.PlainText
            }
            TouchButton {
                objectName: "updatePickHourUp"
                text: "+"
                Accessible.name: qsTr("One hour later")
                onClicked: picker.hour = (picker.hour + 1) % 24
            }
            Item { Layout.preferredWidth: Theme.spacing }
            SegmentedSelector {
                objectName: "updatePickMinute"
                current: "" + picker.minute
                options: [{value: "0", label: ":00"}, {value: "15", label: ":15"}, {value: "30", label: ":30"}, {value: "45", label: ":45"}]
                onSelected: (value) => picker.minute = parseInt(value)
            }
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "updatePickCancel"
                text: qsTr("Cancel")
                onClicked: picker.cancelled()
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "updatePickConfirm"
                icon: "update"
                text: qsTr("Schedule for %1").arg(picker.targetText)
                highlighted: true
                onClicked: { picker.nowMs = Date.now(); picker.picked(picker.choice.at) }
            }
        }
    }
}
