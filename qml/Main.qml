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

    // Pages in bottom-bar order; `available: false` hides a page whose feature is not built in.
    readonly property var pages: [
        {name: "vehicle", label: qsTr("Vehicle"), icon: "car", badge: 0},
        // PAGE-ENTRIES (keep one line per page, in bottom-bar order)
        {name: "settings", label: qsTr("Settings"), icon: "settings", badge: 0}
    ]
    readonly property int pageIndex: Math.max(0, pages.findIndex(p => p.name === app.page))

    Binding { target: Theme; property: "night"; value: settings.night }
    Binding { target: Theme; property: "scale"; value: Math.min(root.width / 1280, root.height / 800) }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusBar {
            objectName: "statusBar"
            Layout.fillWidth: true
            clock: app.clock
            soc: vehicle.soc != null ? vehicle.soc : -1
            socText: vehicle.socText
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
            VehiclePage {}
            // PAGE-ITEMS (same order as the entries above)
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
}
