import QtQuick
import QtQuick.Layouts
import Hmi.Map 1.0
import ".."
import "../controls"
import "../panels"

// The map with search, destinations, turn-by-turn guidance and phone destinations.
Item {
    id: page
    objectName: "navigatePage"
    property string query: ""
    property bool typing: false
    readonly property var g: nav.guidance

    onVisibleChanged: if (!visible) page.typing = false

    MapView {
        id: map
        objectName: "navMap"
        anchors.fill: parent
        mapDir: nav.mapPath
        night: Theme.night
        follow: true
        followResumeMs: 5000
        carLat: vehicle.latitude != null ? vehicle.latitude : NaN
        carLon: vehicle.longitude != null ? vehicle.longitude : NaN
        carHeading: vehicle.heading != null ? vehicle.heading : NaN
        route: nav.coordinates
        routeProgressM: page.g.progressM !== undefined ? page.g.progressM : 0
        highlightLat: nav.destination.lat !== undefined ? nav.destination.lat : NaN
        highlightLon: nav.destination.lon !== undefined ? nav.destination.lon : NaN
        imperial: settings.units === "imperial"
    }

    MapControls {
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spacing
        visible: nav.hasMap && !page.typing
        bearing: map.bearing
        headingUp: map.headingUp
        following: map.follow
        canZoomIn: map.zoom < map.maxZoom
        canZoomOut: map.zoom > map.minZoom
        onZoomInClicked: map.zoomIn()
        onZoomOutClicked: map.zoomOut()
        onCompassClicked: map.toggleHeadingUp()
        onRecenterClicked: map.recenter()
    }

    // No map installed or unusable: say so, never a blank page.
    Card {
        objectName: "mapMissing"
        visible: !nav.hasMap
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 720 * Theme.scale)
        height: missingText.implicitHeight + 3 * Theme.padding + Theme.fontSmall
        title: qsTr("Offline map")
        icon: "navigate"
        Text {
            id: missingText
            anchors.fill: parent
            text: nav.mapMessage
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }
    }

    DestinationPanel {
        objectName: "destinationPanel"
        visible: nav.hasMap && !nav.active
        anchors { left: parent.left; top: parent.top; margins: Theme.spacing }
        width: Math.min(parent.width * (page.typing ? 0.6 : 0.42), 640 * Theme.scale)
        height: (page.typing ? keyboard.y : parent.height) - 2 * Theme.spacing
        query: page.query
        typing: page.typing
        locked: nav.keyboardLocked
        searching: nav.searching
        results: nav.results
        recents: nav.recents
        home: nav.favourites.home
        work: nav.favourites.work
        onFieldTapped: page.typing = true
        onClearClicked: { page.query = ""; nav.clearSearch() }
        onResultChosen: (i) => { page.typing = false; page.query = ""; nav.navigateToResult(i) }
        onRecentChosen: (i) => nav.navigateToRecent(i)
        onFavouriteChosen: (slot) => nav.navigateToFavourite(slot)
    }

    Timer {
        // Search as you type, once the driver pauses.
        id: searchDelay
        interval: 350
        onTriggered: nav.search(page.query)
    }

    OnScreenKeyboard {
        id: keyboard
        objectName: "keyboard"
        visible: page.typing && !nav.keyboardLocked
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: implicitHeight
        onTyped: (t) => { page.query = (page.query + t).slice(0, 100); searchDelay.restart() }
        onBackspace: { page.query = page.query.slice(0, -1); searchDelay.restart() }
        onSubmit: { searchDelay.stop(); nav.search(page.query); page.typing = false }
        onClose: page.typing = false
    }

    ManeuverBanner {
        objectName: "maneuverBanner"
        visible: nav.active && page.g.kind !== undefined && page.g.kind !== ""
        anchors { left: parent.left; top: parent.top; margins: Theme.spacing }
        kind: page.g.kind || ""
        distance: page.g.distance || ""
        instruction: page.g.text || ""
        then: page.g.then || ""
        offRoute: page.g.offRoute === true
    }

    TripBar {
        objectName: "tripBar"
        visible: nav.active
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.spacing }
        width: Math.min(parent.width - 2 * Theme.spacing - Theme.touch * 1.5, 760 * Theme.scale)
        destination: nav.destinationName
        remainingDistance: page.g.remainingDistance || ""
        remainingTime: page.g.remainingTime || ""
        eta: page.g.eta || ""
        arrived: nav.arrived
        onEndClicked: nav.stop()
        onSaveClicked: (slot) => nav.saveFavourite(slot)
    }

    PhoneOfferBanner {
        objectName: "phoneOffer"
        visible: nav.phoneOffer.name !== undefined
        anchors { horizontalCenter: parent.horizontalCenter; top: parent.top; topMargin: Theme.spacing }
        name: nav.phoneOffer.name || ""
        distance: nav.phoneOffer.distance || ""
        onAccepted: nav.acceptPhoneOffer()
        onDismissed: nav.dismissPhoneOffer()
    }

    Rectangle {
        // One-line notices: route problems, reroutes, arrival.
        objectName: "navNotice"
        visible: noticeText.text !== ""
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: nav.active ? Theme.touch * 2 : Theme.spacing }
        width: Math.min(noticeText.implicitWidth + 2 * Theme.padding, parent.width - 2 * Theme.spacing)
        height: noticeText.implicitHeight + Theme.padding
        radius: height / 2
        color: Theme.text
        Text {
            id: noticeText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.parent.width - 4 * Theme.spacing)
            text: nav.busy ? qsTr("Planning the route…") : nav.notice
            color: Theme.background
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }
}
