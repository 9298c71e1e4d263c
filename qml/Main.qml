import QtQuick
import QtQuick.Window
import QtQuick.Layouts
import "."
import "controls"
import "panels"
import "pages"

// The shell: status bar, link banner, the pages, and the bottom bar to switch pages.
Window {
    id: root
    objectName: "mainWindow"
    width: 1280
    height: 800
    visible: false
    title: qsTr("HMI")
    color: Theme.background
    flags: kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window

    // Pages in bottom-bar order.
    readonly property var pages: [
        {name: "navigate", label: qsTr("Navigate"), icon: "navigate", badge: 0},
        {name: "vehicle", label: qsTr("Vehicle"), icon: "car", badge: 0},
        {name: "health", label: qsTr("Health"), icon: "health", badge: health.activeAlertCount},
        {name: "updates", label: qsTr("Updates"), icon: "update", badge: updates.badge ? 1 : 0},
        {name: "settings", label: qsTr("Settings"), icon: "settings", badge: 0}
    ]
    readonly property int pageIndex: Math.max(0, pages.findIndex(p => p.name === app.page))

    Binding { target: Theme; property: "night"; value: settings.night }
    Binding { target: Theme; property: "scale"; value: Math.min(root.width / 1280, root.height / 800) }
    Binding { target: Theme; property: "textScale"; value: settings.textScale }
    // px per dp for text, from the screen size: 1.0 on the smallest head unit (1024×600), up to 1.1
    Binding { target: Theme; property: "dp"; value: Math.max(1.0, Math.min(1.1, root.width / 1024, root.height / 600)) }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusBar {
            objectName: "statusBar"
            Layout.fillWidth: true
            clock: app.clock
            soc: vehicle.soc != null ? vehicle.soc : -1
            lowPct: trip.lowBatteryPct
            socText: vehicle.socText
            socStale: vehicle.socStale
            rangeText: vehicle.rangeText
            charging: vehicle.charging === true
            linkLost: link.lost
            alertCount: app.alertCount
            onAlertsClicked: app.showPage("health")
        }
        LinkBanner {
            objectName: "linkBanner"
            Layout.fillWidth: true
            visible: link.lost
            reason: link.reason
        }
        StackLayout {
            objectName: "pageStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.pageIndex
            NavigatePage { id: navigatePage }
            VehiclePage {}
            HealthPage {}
            UpdatesPage {}
            SettingsPage {}
        }
        NavBar {
            objectName: "navBar"
            Layout.fillWidth: true
            pages: root.pages
            current: root.pages[root.pageIndex].name
            onPageSelected: (name) => app.showPage(name)
        }
    }
    AlertOverlay {
        objectName: "alertOverlay"
        anchors.fill: parent
        z: 100
        alert: health.overlayAlert
        moving: vehicle.moving === true
        onAcknowledged: (alertId) => health.acknowledge(alertId)
        onDetailsRequested: app.showPage("health")
    }
    UpdatePrompt {
        objectName: "updatePrompt"
        // Centred under the status bar; on the Navigate page right of the search panel (never over the search
        // field) and left of the map buttons.
        readonly property real leftLimit: app.page === "navigate" ? navigatePage.searchPanelRight + Theme.spacing : Theme.spacing
        readonly property real rightLimit: root.width - Theme.spacing - (app.page === "navigate" ? Theme.touch + Theme.spacing : 0)
        width: Math.min(rightLimit - leftLimit, Math.round(820 * Theme.scale))
        x: leftLimit + (rightLimit - leftLimit - width) / 2
        anchors { top: parent.top; topMargin: Theme.statusBarHeight + Theme.spacing }
        wanted: updates.prompt
        // never over the keyboard: the driver is typing a destination
        allowed: vehicle.moving === false && app.page !== "updates" && !(app.page === "navigate" && navigatePage.typing)
        key: updates.state + "/" + updates.version
        headline: updates.headline
        detail: updates.version ? qsTr("Version %1 · tap to see what's new").arg(updates.version) : ""
        canLater: updates.canLater
        onOpened: app.showPage("updates")
        onLater: updates.later()
    }
}
