import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"
import "../panels"

// Over-the-air software updates: the offer with its release notes, the driver's choice (install now,
// schedule, later, decline), progress, "restart to finish", and the result. Every button maps to one
// slot of `updates`; the model decides what is allowed (can… flags) and enforces the safety rules.
Item {
    id: page
    objectName: "updatesPage"
    readonly property string phase: updates.state
    readonly property bool offerPhase: phase === "OFFERED" || phase === "CONSENT_REQUESTED"
    // Release notes beside the status while an update is under way; the installed list otherwise.
    readonly property bool showNotes: ["IDLE", "DECLINED", "FAILED"].indexOf(phase) < 0
    property bool picking: false
    // The latest sentence from the update service (updates.notice, already in the driver's language and
    // re-rendered on a language change) is shown for a while after it arrives.
    property bool noticeFresh: false

    // The picker closes by itself when scheduling stops making sense (e.g. the update failed).
    Connections {
        target: updates
        function onCanScheduleChanged() { if (!updates.canSchedule) page.picking = false }
        function onNoticeShown(text) { page.noticeFresh = true; noticeTimer.restart() }
    }
    Timer { id: noticeTimer; interval: 10000; onTriggered: page.noticeFresh = false }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        UpdateSchedulePicker {
            objectName: "updateSchedulePicker"
            visible: page.picking
            Layout.fillWidth: true
            Layout.fillHeight: true
            onTonight: { page.picking = false; updates.scheduleTonight() }
            onPicked: (epochSeconds) => { page.picking = false; updates.scheduleAt(epochSeconds) }
            onCancelled: page.picking = false
        }

        RowLayout {
            visible: !page.picking
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            UpdateStatus {
                objectName: "updateStatus"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: (page.width - 3 * Theme.spacing) * 0.55
                phase: page.phase
                headline: updates.headline
                version: updates.version
                sizeText: updates.sizeText
                installTimeText: updates.installTimeText
                requirementsText: updates.requirementsText
                progress: updates.progress
                scheduledText: updates.scheduledText
                waitingText: updates.waitingText
                failureText: updates.failureText
                rolledBack: updates.rolledBack
                notice: page.noticeFresh && !updates.noticeRepeatsCard ? updates.notice : ""
                // The install's conditions as the rules see them (fresh data only), not the last known values.
                moving: !updates.parked
                soc: updates.conditionSoc
                socText: vehicle.socText
                socFloor: updates.socFloor
                dataText: updates.dataText
                socOk: updates.conditionSocOk
                checking: updates.checking
                lastCheckedText: updates.lastCheckedText
            }
            UpdateNotes {
                objectName: "updateNotes"
                visible: page.showNotes
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: (page.width - 3 * Theme.spacing) * 0.45
                title: page.phase === "SUCCESS" ? qsTr("What's new") : qsTr("Release notes")
                lines: updates.releaseNoteLines
                caption: updates.notesCaption
            }
            UpdateInstalledList {
                objectName: "updateInstalled"
                visible: !page.showNotes
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: (page.width - 3 * Theme.spacing) * 0.45
                items: updates.installed
            }
        }

        // The driver's choices, always in the same place. Only what the model allows is shown.
        RowLayout {
            objectName: "updateActions"
            visible: !page.picking
            Layout.fillWidth: true
            spacing: Theme.spacing

            TouchButton {
                objectName: "updateCheckNow"
                visible: page.phase === "IDLE"
                icon: "update"
                //: button: ask the car to report its installed software again
                text: qsTr("Check again")
                enabled: !link.lost
                onClicked: updates.checkNow()
            }

            TouchButton {
                objectName: "updateInstallNow"
                // While downloading or waiting the install is already requested: no second "Install now".
                visible: updates.canInstallNow && ["DOWNLOADING", "WAITING_CONDITIONS"].indexOf(page.phase) < 0
                icon: "update"
                text: qsTr("Install now")
                highlighted: true
                onClicked: updates.installNow()
            }
            TouchButton {
                objectName: "updateActivate"
                visible: updates.canActivate
                enabled: updates.parked
                icon: "update"
                text: qsTr("Restart to finish")
                highlighted: true
                onClicked: updates.activate()
            }
            TouchButton {
                objectName: "updateRollback"
                visible: updates.canRollback
                text: qsTr("Restore previous version")
                highlighted: true
                onClicked: updates.rollback()
            }
            TouchButton {
                objectName: "updateSchedule"
                visible: updates.canSchedule && page.phase !== "DOWNLOADING"
                text: page.phase === "SCHEDULED" ? qsTr("Change time") : qsTr("Schedule")
                onClicked: page.picking = true
            }
            TouchButton {
                objectName: "updateLater"
                visible: updates.canLater
                text: qsTr("Later")
                onClicked: updates.later()
            }
            TouchButton {
                objectName: "updateDismiss"
                visible: updates.canDismiss
                text: qsTr("Done")
                highlighted: !updates.canRollback
                onClicked: updates.dismiss()
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "updateDecline"
                visible: updates.canDecline
                text: page.offerPhase ? qsTr("Decline") : qsTr("Cancel update")
                onClicked: updates.decline()
            }
        }
    }
}
