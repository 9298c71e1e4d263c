import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// The Updates page's main card: what is going on with the software update, in one glance.
// Every text comes from the page (plain text, already translated); this panel only chooses what to show per
// `phase` (the model's state). Numbers with units go through `i18n.fmt`; long translations wrap or elide.
Card {
    id: status
    property string phase: "IDLE"
    property string headline: ""
    property string version: ""
    property string sizeText: ""
    property string installTimeText: ""
    property string requirementsText: ""
    property int progress: 0
    property string scheduledText: ""
    property string waitingText: ""
    property string failureText: ""
    property bool rolledBack: false
    property string notice: ""     // the latest notice, empty when it would only repeat the card
    property bool moving: false
    property string socText: ""
    property real soc: -1          // -1: unknown
    property real socFloor: -1     // -1: unknown (then the battery chip only shows the level)
    property string dataText: ""   // "Waiting for current data from the car": no fresh data to judge the conditions
    property bool socOk: false     // the battery meets the floor (the updates model decides)
    property bool checking: false  // idle, and the car has not reported its software yet: nothing to tick off
    property string lastCheckedText: ""

    readonly property bool offer: ["OFFERED", "CONSENT_REQUESTED", "DOWNLOADED", "SCHEDULED", "WAITING_CONDITIONS"].indexOf(phase) >= 0
    readonly property bool working: ["DOWNLOADING", "INSTALLING", "ACTIVATING"].indexOf(phase) >= 0
    readonly property color tone: phase === "FAILED" ? Theme.critical
        : checking ? Theme.textDim
        : phase === "SUCCESS" || phase === "IDLE" ? Theme.good
        : phase === "WAITING_CONDITIONS" || phase === "DECLINED" ? Theme.warning
        : Theme.accent
    readonly property bool needsConditions: offer || phase === "AWAITING_ACTIVATION"
    readonly property bool calm: phase === "IDLE" || phase === "SUCCESS" || phase === "DECLINED"
    readonly property string stateIcon: phase === "FAILED" || phase === "WAITING_CONDITIONS" ? "warning" : "update"

    // The card scrolls (instead of running over the buttons below) if a long translation on a small screen
    // needs more room than the card has; normally everything fits and it does not move.
    Flickable {
        id: statusFlick
        objectName: "updateStatusFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.height
        clip: contentHeight > height
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick

        ColumnLayout {
            id: column
            width: statusFlick.width
            height: Math.max(statusFlick.height, implicitHeight)
            spacing: Theme.spacing

            Item { visible: status.calm; Layout.fillHeight: true }

            // Headline: state icon, what is happening, which version.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    Layout.preferredWidth: Math.round(Theme.iconSize * 1.9)
                    Layout.preferredHeight: Layout.preferredWidth
                    Layout.alignment: Qt.AlignTop
                    radius: width / 2
                    color: Qt.rgba(status.tone.r, status.tone.g, status.tone.b, Theme.night ? 0.22 : 0.14)
                    Icon {
                        anchors.centerIn: parent
                        visible: status.checking || (status.phase !== "SUCCESS" && status.phase !== "IDLE")
                        name: status.stateIcon
                        color: status.tone
                    }
                    Text {
                        // A check mark for "up to date" and "installed" (drawn as text: no extra icon needed).
                        anchors.centerIn: parent
                        visible: !status.checking && (status.phase === "SUCCESS" || status.phase === "IDLE")
                        text: "✓"
                        color: status.tone
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.iconSize
                        font.bold: true
                        textFormat: Text.PlainText
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        objectName: "updateHeadline"
                        Layout.fillWidth: true
                        text: status.headline
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    Text {
                        objectName: "updateVersion"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: status.phase === "IDLE" ? ""
                            : status.phase === "SUCCESS" ? qsTr("Version %1 is now running").arg(status.version)
                            : status.version ? qsTr("Version %1").arg(status.version) : ""
                        color: Theme.textDim
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontMedium
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                }
            }

            // Offer: size, install time, requirements.
            RowLayout {
                Layout.fillWidth: true
                visible: status.offer
                spacing: Theme.spacing * 2.5
                //: noun: the download size of the update ("1.2 GB")
                ValueLabel { objectName: "updateSize"; caption: qsTr("Download"); value: status.sizeText || "–"; Layout.maximumWidth: column.width / 2 }
                //: how long installing takes (a duration, "about 25 min")
                ValueLabel { objectName: "updateInstallTime"; caption: qsTr("Install time"); value: status.installTimeText || "–"; Layout.maximumWidth: column.width / 2 }
            }
            Text {
                objectName: "updateRequirements"
                Layout.fillWidth: true
                visible: status.offer && text !== ""
                text: status.requirementsText
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }

            // Restart to finish.
            Text {
                objectName: "updateRestartHint"
                Layout.fillWidth: true
                visible: status.phase === "AWAITING_ACTIVATION"
                text: status.moving ? qsTr("Park the car to restart. The car can't be driven until the restart has finished.")
                    : qsTr("The update is installed. Restart to switch to the new version; the car can't be driven until the restart has finished.")
                color: status.moving ? Theme.warning : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }

            // The conditions the install needs, as they are right now.
            Flow {
                objectName: "updateConditions"
                Layout.fillWidth: true
                // (While waiting for data the waiting line below already says so.)
                visible: status.needsConditions && !(status.phase === "WAITING_CONDITIONS" && status.dataText !== "")
                spacing: Theme.spacing / 2
                Repeater {
                    // Without current data the conditions cannot be judged: one chip says so instead.
                    model: status.dataText !== "" ? [{key: "data", icon: "link-off", ok: false, text: status.dataText}] : [
                        {key: "park", icon: "car", ok: !status.moving,
                         text: status.moving ? qsTr("Not parked") : qsTr("Parked")},
                        {key: "soc", icon: "battery", ok: status.socOk,
                         text: status.soc < 0 ? qsTr("Battery unknown")
                             : !status.socOk ? qsTr("Battery %1 · needs %2").arg(status.socText).arg(i18n.fmt("percent", status.socFloor, i18n.revision))
                             : qsTr("Battery %1").arg(status.socText)}
                    ]
                    Rectangle {
                        objectName: "updateCondition_" + modelData.key
                        readonly property bool ok: modelData.ok
                        readonly property color tint: ok ? Theme.good : Theme.warning
                        height: Math.round(Theme.touch * 0.6)
                        // Never wider than the card: a long translation elides inside the chip.
                        width: Math.min(chipRow.implicitWidth + Theme.padding * 1.5, column.width)
                        radius: height / 2
                        color: Qt.rgba(tint.r, tint.g, tint.b, Theme.night ? 0.16 : 0.12)
                        Row {
                            id: chipRow
                            anchors.centerIn: parent
                            spacing: Theme.spacing / 2
                            Icon { id: chipIcon; name: modelData.icon; color: parent.parent.tint; size: Theme.fontMedium; anchors.verticalCenter: parent.verticalCenter }
                            Text {
                                width: Math.min(implicitWidth, column.width - Theme.padding * 1.5 - chipIcon.width - chipRow.spacing)
                                elide: Text.ElideRight
                                text: (parent.parent.ok ? "✓ " : "") + modelData.text
                                color: parent.parent.tint
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                anchors.verticalCenter: parent.verticalCenter
                                textFormat: Text.PlainText
                            }
                        }
                    }
                }
            }

            // Scheduled: when.
            Text {
                objectName: "updateScheduled"
                Layout.fillWidth: true
                visible: status.phase === "SCHEDULED" && text !== ""
                text: status.scheduledText
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontMedium
                font.bold: true
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }

            // Waiting: why.
            Rectangle {
                Layout.fillWidth: true
                visible: status.phase === "WAITING_CONDITIONS" && status.waitingText !== ""
                implicitHeight: waitingLabel.implicitHeight + Theme.spacing * 1.5
                radius: Theme.radius / 2
                color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, Theme.night ? 0.16 : 0.12)
                Text {
                    id: waitingLabel
                    objectName: "updateWaiting"
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                    text: status.waitingText
                    color: Theme.warning
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
            }

            // Downloading, installing, restarting: progress.
            ColumnLayout {
                Layout.fillWidth: true
                visible: status.working
                spacing: Theme.spacing / 2
                Row {
                    Layout.topMargin: Theme.spacing
                    spacing: Theme.spacing / 2
                    Text {
                        id: percentText
                        objectName: "updateProgressText"
                        text: i18n.fmt("percent", status.progress, i18n.revision)
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontXLarge
                        font.bold: true
                        textFormat: Text.PlainText
                    }
                    Text {
                        anchors.baseline: percentText.baseline
                        width: Math.min(implicitWidth, column.width - percentText.width - Theme.spacing / 2)
                        elide: Text.ElideRight
                        text: status.phase === "DOWNLOADING" ? qsTr("of %1 downloaded").arg(status.sizeText)
                            : status.phase === "INSTALLING" ? qsTr("installed") : qsTr("restarting")
                        color: Theme.textDim
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontMedium
                        textFormat: Text.PlainText
                    }
                }
                ProgressBar {
                    objectName: "updateProgressBar"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.round(24 * Theme.scale)
                    value: status.progress / 100
                }
                Text {
                    objectName: "updateProgressHint"
                    Layout.fillWidth: true
                    text: status.phase === "DOWNLOADING" ? qsTr("You can keep driving while the update downloads.")
                        : status.phase === "INSTALLING" ? qsTr("Keep the car parked. The current software keeps running until the restart.")
                        : qsTr("The car can't be driven until the restart has finished.")
                    color: Theme.textDim
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
            }

            // Failure, with a plain explanation (and the rollback result).
            Text {
                objectName: "updateFailure"
                Layout.fillWidth: true
                visible: status.phase === "FAILED" && text !== ""
                text: status.failureText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                maximumLineCount: 5
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
            Text {
                objectName: "updateRolledBack"
                Layout.fillWidth: true
                visible: status.phase === "FAILED" && status.rolledBack
                text: qsTr("The previous version is running again. Your car works as before.")
                // reassurance on a failure screen, not a success: the text colour, never the success green
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }

            // Idle: when the car last reported its software (or that it has not yet).
            Text {
                objectName: "updateLastChecked"
                Layout.fillWidth: true
                visible: status.phase === "IDLE" && text !== ""
                text: status.lastCheckedText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }

            // Up to date / success / declined: one calm sentence.
            Text {
                objectName: "updateCalm"
                Layout.fillWidth: true
                visible: text !== ""
                text: status.phase === "IDLE" ? qsTr("Updates arrive over the air. Nothing is installed without your OK.")
                    : status.phase === "SUCCESS" ? qsTr("Everything is ready. See what's new on the right.")
                    : status.phase === "DECLINED" ? qsTr("Nothing was installed. Your car keeps running the current version.")
                    : ""
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }

            Item { Layout.fillHeight: true; Layout.fillWidth: true }

            // The latest thing the system told the driver (refusals, "scheduled for", "remind you later"), unless
            // the card already says it.
            Text {
                objectName: "updateNotice"
                Layout.fillWidth: true
                visible: text !== ""
                text: status.notice !== "" && !status.calm ? status.notice : ""
                color: Theme.textDim
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.italic: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
    }
    ScrollHint { anchors.fill: statusFlick; flickable: statusFlick; background: Theme.surface }
}
