import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Pick when the update installs, by taps only: "Tonight at 02:00" in one tap, or an hour with −/+
// and a minute preset, then confirm. The next occurrence of the picked time is used (today or tomorrow).
Card {
    id: picker
    property int hour: 2
    property int minute: 0
    property bool clock24: true
    property real nowMs: Date.now()
    signal tonight()
    signal picked(real epochSeconds)
    signal cancelled()

    title: qsTr("Schedule the install")
    icon: "update"

    function pad(n) { return n < 10 ? "0" + n : "" + n }
    function clockText(h, m) {
        if (clock24)
            return pad(h) + ":" + pad(m)
        return ((h + 11) % 12 + 1) + ":" + pad(m) + (h < 12 ? " AM" : " PM")
    }
    // The next local hour:minute after now.
    function target() {
        var now = new Date(nowMs)
        var t = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, minute, 0, 0)
        if (t.getTime() <= now.getTime())
            t.setDate(t.getDate() + 1)
        return t
    }
    readonly property string targetText: {
        var t = target()
        var today = new Date(nowMs).getDate() === t.getDate()
        var day = today ? (hour >= 18 ? qsTr("Tonight") : qsTr("Today")) : (hour < 6 ? qsTr("Tonight") : qsTr("Tomorrow"))
        return day + " " + clockText(hour, minute)
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
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TouchButton {
                objectName: "updatePickTonight"
                icon: "update"
                text: qsTr("Tonight at %1").arg(picker.clockText(2, 0))
                onClicked: picker.tonight()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("or pick a time:")
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
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
                Layout.preferredWidth: Theme.fontLarge * 8.5
                horizontalAlignment: Text.AlignHCenter
                text: picker.targetText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
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
            Item { Layout.fillWidth: true }
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
                onClicked: { picker.nowMs = Date.now(); picker.picked(picker.target().getTime() / 1000) }
            }
        }
    }
}
