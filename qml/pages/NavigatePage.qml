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
    // Room for the next-stop card under the maneuver banner: a tall page, or one wide enough for the trip panels
    // to sit beside the guidance column (decided from sizes only, not from what is shown: no binding loop).
    readonly property bool roomForStopCard: height >= 640
        || width - 3 * Theme.spacing - guideColumn.cardWidth - Theme.touch * 1.5 >= 0.75 * bottomStack.barWidth
    // Where the search panel ends (page x), or 0 when it is not shown: overlays (the update prompt) stay right of it.
    readonly property real searchPanelRight: destinationPanel.visible ? destinationPanel.x + destinationPanel.width : 0
    readonly property var g: nav.guidance
    // EV trip: reachable-range overlay and the charger card (TripModel.chargerInfo of a tapped charger)
    property bool showRange: false
    property var charger: ({})
    readonly property var rangeRings: {
        var rings = []
        if (trip.rangePolygon.length >= 3)
            rings.push(trip.rangePolygon)
        if (trip.rangePolygonReserve.length >= 3)
            rings.push(trip.rangePolygonReserve)
        return rings
    }

    onVisibleChanged: if (!visible) page.typing = false
    onShowRangeChanged: if (showRange) trip.updateRange()

    function openCharger(id) {
        page.charger = trip.chargerInfo(id)
    }

    MapView {
        id: map
        objectName: "navMap"
        anchors.fill: parent
        mapDir: nav.mapPath
        night: Theme.night
        // Texts painted into the map (e.g. "No map loaded") follow a language switch.
        Connections { target: i18n; function onChanged() { map.retranslate() } }
        follow: true
        followResumeMs: 5000
        // the car, with each value's staleness: a "last known" value is drawn as such, never used to aim the arrow
        carLat: vehicle.latitude != null ? vehicle.latitude : NaN
        carLon: vehicle.longitude != null ? vehicle.longitude : NaN
        carStale: vehicle.latitudeStale === true
        carHeading: vehicle.heading != null ? vehicle.heading : NaN
        carHeadingStale: vehicle.headingStale === true
        carSpeed: vehicle.speed != null ? vehicle.speed : NaN
        carSpeedStale: vehicle.speedStale === true
        route: nav.coordinates
        routeProgressM: page.g.progressM !== undefined ? page.g.progressM : 0
        maneuverDistanceM: page.g.distanceM !== undefined ? page.g.distanceM : NaN
        labelPixelSize: Theme.fontMedium
        // Everything drawn over the map: the camera keeps the car, the next maneuver, the scale bar and the
        // attribution out from under the visible ones.
        panels: [destinationPanel, keyboard, banner, speedSign, laneCard, nextStop, replanMessage, tripBusy,
                 tripTimeline, tripBar, phoneOffer, navNotice, chargerCard, rangeButton, rangeLegend, mapControls]
        highlightLat: nav.destination.lat !== undefined ? nav.destination.lat : NaN
        highlightLon: nav.destination.lon !== undefined ? nav.destination.lon : NaN
        imperial: i18n.speedUnit === "mph"  // the scale bar follows the driver's distance unit
        reachablePolygon: page.showRange ? page.rangeRings : []
        onChargerTapped: (id) => page.openCharger(id)
        onTapped: page.charger = ({})
    }

    Timer {
        // The reachable area follows the car and its battery while it is shown (retried soon while the car's
        // position or battery level is not known yet).
        interval: page.rangeRings.length > 0 ? 15000 : 1000
        repeat: true
        running: page.showRange && page.visible
        onTriggered: trip.updateRange()
    }

    TripRangeButton {
        id: rangeButton
        objectName: "rangeButton"
        anchors { right: parent.right; bottom: mapControls.top; rightMargin: Theme.spacing; bottomMargin: Theme.spacing / 2 }
        visible: nav.hasMap && !page.typing
        checked: page.showRange
        onClicked: page.showRange = !page.showRange
    }

    Rectangle {
        // What the range overlay shows.
        id: rangeLegend
        objectName: "rangeLegend"
        visible: rangeButton.visible && page.showRange
        anchors { right: rangeButton.left; verticalCenter: rangeButton.verticalCenter; rightMargin: Theme.spacing / 2 }
        // never wider than the space left of the range button (long translations wrap to two lines)
        readonly property real spinnerSpace: rangeSpinner.visible ? rangeSpinner.width + Theme.spacing / 2 : 0
        width: Math.min(legendText.implicitWidth + spinnerSpace + 2 * Theme.padding, rangeButton.x - 2 * Theme.spacing)
        height: legendText.height + Theme.spacing
        radius: Math.min(height / 2, Theme.radius)
        color: Theme.surface
        border.color: Theme.divider
        Spinner {
            // the range is taking a while (the trip model raises `spinner` after a short delay)
            id: rangeSpinner
            objectName: "rangeSpinner"
            visible: trip.spinner && trip.rangeBusy
            size: Theme.fontSmall * 1.2
            anchors { left: parent.left; leftMargin: Theme.padding; verticalCenter: parent.verticalCenter }
        }
        Text {
            id: legendText
            objectName: "rangeLegendText"
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.padding + rangeLegend.spinnerSpace
            width: parent.width - 2 * Theme.padding - rangeLegend.spinnerSpace
            horizontalAlignment: Text.AlignHCenter
            //: the range legend while the reachable area on the map is worked out
            text: page.rangeRings.length === 0 && trip.rangeBusy ? qsTr("Calculating the range…")
                : page.rangeRings.length === 0 ? qsTr("Range: waiting for position and battery")
                : qsTr("Reachable now · inner area keeps the %1 reserve", "%1 is a percentage, e.g. 10 %")
                    .arg(i18n.fmt("percent", Math.round(trip.reservePct), i18n.revision))
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }

    MapControls {
        id: mapControls
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: (rangeButton.height + Theme.spacing / 2) / 2
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
        id: destinationPanel
        objectName: "destinationPanel"
        visible: nav.hasMap && !nav.active
        anchors { left: parent.left; top: parent.top; margins: Theme.spacing }
        width: Math.min(parent.width * (page.typing ? 0.6 : 0.42), 640 * Theme.scale)
        // As tall as its rows need, never taller than the space left (the map stays visible).
        height: Math.min((page.typing ? keyboard.y : parent.height) - 2 * Theme.spacing, preferredHeight)
        query: page.query
        typing: page.typing
        locked: nav.keyboardLocked
        lockReason: nav.keyboardLockReason
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

    Column {
        // Guidance, top left: the maneuver, the next charging stop under it, a replan message.
        id: guideColumn
        anchors { left: parent.left; top: parent.top; margins: Theme.spacing }
        spacing: Theme.spacing / 2
        // at most ~60 % of the page: the map keeps room for the car and the next maneuver on a small screen
        readonly property real cardWidth: Math.min(page.width - 3 * Theme.spacing - Theme.touch, page.width * 0.6,
            Math.max(banner.implicitWidth, nextStop.implicitWidth))

        ManeuverBanner {
            id: banner
            objectName: "maneuverBanner"
            visible: nav.active && page.g.kind !== undefined && page.g.kind !== ""
            width: guideColumn.cardWidth
            kind: page.g.kind || ""
            distance: page.g.distance || ""
            instruction: page.g.text || ""
            // the maneuver after next, unless a charging stop's card needs the room under the banner on a
            // page too short for both and the trip panels
            then: trip.nextStop.name === undefined || page.height >= 640 ? (page.g.then || "") : ""
            offRoute: page.g.offRoute === true
        }

        LaneGuidance {
            // Under the banner: the lanes and the exit sign of the next maneuver.
            id: laneCard
            objectName: "laneCard"
            visible: banner.visible && (nav.laneGuidance.length > 0 || nav.signText !== "")
            width: guideColumn.cardWidth
            height: implicitHeight
            lanes: nav.laneGuidance
            sign: nav.signText
        }

        TripNextStop {
            id: nextStop
            objectName: "nextStop"
            // where the banner, this card and the trip panels do not fit in one column (the trip panels cannot go
            // beside it either), the timeline shows the stop instead
            visible: nav.active && trip.nextStop.name !== undefined && page.roomForStopCard
            width: guideColumn.cardWidth
            stop: trip.nextStop
            preconditionState: trip.preconditionState
        }
    }

    // While guiding, the messages stack right of the guidance column, clear of the map buttons: the replan
    // line, the trip spinner, then the one-line notices ("Route recalculated"), so none covers a card.
    readonly property real sideWidth: rangeButton.x - guideColumn.x - guideColumn.width - 2 * Theme.spacing

    TripReplanMessage {
        // Right of the guidance column, clear of the map buttons; where that leaves too little room (a narrow
        // screen, large text), right above the trip bar in the timeline's place (the timeline steps aside while
        // the message shows: there is no room for both under the guidance card).
        id: replanMessage
        objectName: "replanMessage"
        readonly property real besideRoom: rangeButton.x - guideColumn.x - guideColumn.width - 2 * Theme.spacing
        readonly property bool beside: besideRoom >= 280 * Theme.scale
        // the top of the trip panels with the timeline (from sizes only: no loop through the timeline's visibility)
        readonly property real stackTop: page.height - Theme.spacing - bottomStack.need
        readonly property bool fitsAbove: stackTop - guideColumn.y - guideColumn.height - 1.5 * Theme.spacing >= height
        readonly property bool inTimelinePlace: !beside && !fitsAbove
        x: beside ? guideColumn.x + guideColumn.width + Theme.spacing : Theme.spacing
        y: beside ? Theme.spacing
           : fitsAbove ? stackTop - height - Theme.spacing / 2
           : page.height - Theme.spacing - tripBar.height - bottomStack.spacing - height
        width: Math.min(implicitWidth, beside ? besideRoom : page.width - 3 * Theme.spacing - Theme.touch * 1.5)
        // a live replan's line, else the plan's own notes (why a slower road, a low start) when a plan starts
        message: !nav.active ? "" : trip.replanMessage !== "" ? trip.replanMessage : trip.notes.join(" · ")
    }

    TripBusy {
        // A replan (or a plan for new settings) taking a while: a spinner right of the guidance cards, under the
        // replan message. (The range shows its own in its legend.)
        id: tripBusy
        objectName: "tripBusy"
        readonly property Item leftOf: guideColumn
        visible: trip.spinner && trip.busy && nav.active
        anchors {
            left: leftOf.right; leftMargin: Theme.spacing
            top: replanMessage.visible ? replanMessage.bottom : parent.top; topMargin: Theme.spacing
        }
        width: Math.max(0, Math.min(implicitWidth, rangeButton.x - leftOf.x - leftOf.width - 2 * Theme.spacing))
        //: a spinner's label while a new charging plan is worked out during a trip
        text: qsTr("Updating the trip…")
    }

    SpeedLimitSign {
        // The legal limit of the road under the car: bottom left, right of the trip bar (the guidance column
        // keeps its height for the maneuver, the lanes and the next charging stop).
        id: speedSign
        objectName: "speedLimitSign"
        visible: banner.visible && (nav.speedLimitText !== "" || nav.speedLimitNone)
        anchors { left: bottomStack.right; bottom: parent.bottom; margins: Theme.spacing }
        text: nav.speedLimitText
        noLimit: nav.speedLimitNone
        over: nav.overSpeedLimit
    }

    Column {
        // Bottom left while guiding: the trip timeline (or "Arrive with N %") above the trip bar. When it would
        // run into the guidance column (a short screen, large text), it moves right of that column if the screen
        // is wide enough, and otherwise drops the timeline (the next-stop card still says where to charge).
        id: bottomStack
        readonly property real guideBottom: guideColumn.y + guideColumn.height + Theme.spacing
        // the timeline and the trip bar (whether or not the timeline is shown: no loop through its visibility)
        readonly property real need: tripBar.height + tripTimeline.implicitHeight + spacing
        readonly property bool clash: guideColumn.visible && guideColumn.height > 0
                                      && guideBottom > page.height - Theme.spacing - need
        readonly property real sideX: guideColumn.x + guideColumn.width + Theme.spacing
        // the trip bar's width under the map, and what is left right of the guidance column
        readonly property real barWidth: Math.min(page.width - 2 * Theme.spacing - Theme.touch * 1.5, 960 * Theme.scale)
        readonly property real sideRoom: page.width - sideX - Theme.touch * 1.5 - Theme.spacing
        readonly property bool side: clash && sideRoom >= 0.75 * barWidth
        readonly property bool roomForTimeline: !clash || side
        x: side ? sideX : Theme.spacing
        anchors { bottom: parent.bottom; bottomMargin: Theme.spacing }
        spacing: Theme.spacing / 2

        TripTimeline {
            id: tripTimeline
            objectName: "tripTimeline"
            visible: nav.active && trip.hasPlan && trip.timeline.length > 0 && !nav.arrived && bottomStack.roomForTimeline
                     && !(replanMessage.visible && replanMessage.inTimelinePlace)
            width: hasStops ? tripBar.width : implicitWidth
            steps: trip.timeline
            startSoc: trip.startSoc
            startLevel: trip.startLevel
            dense: page.height < 540
        }

        TripBar {
            id: tripBar
            objectName: "tripBar"
            visible: nav.active
            compact: width < 760 * Theme.dp
            width: bottomStack.side ? Math.min(bottomStack.barWidth, bottomStack.sideRoom) : bottomStack.barWidth
            destination: nav.destinationName
            remainingDistance: page.g.remainingDistance || ""
            remainingTime: page.g.remainingTime || ""
            eta: page.g.eta || ""
            arrived: nav.arrived
            onEndClicked: nav.stop()
            onSaveClicked: (slot) => nav.saveFavourite(slot)
        }
    }

    PhoneOfferBanner {
        id: phoneOffer
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
        id: navNotice
        objectName: "navNotice"
        visible: noticeText.text !== ""
        // guiding: under the replan message and the spinner, right of the guidance cards; else bottom centre
        anchors.horizontalCenter: nav.active ? undefined : parent.horizontalCenter
        anchors.bottom: nav.active ? undefined : parent.bottom
        anchors.bottomMargin: Theme.spacing
        anchors.left: nav.active ? guideColumn.right : undefined
        anchors.leftMargin: Theme.spacing
        anchors.top: nav.active ? (tripBusy.visible ? tripBusy.bottom
                                   : replanMessage.visible && replanMessage.beside ? replanMessage.bottom
                                   : parent.top) : undefined
        anchors.topMargin: Theme.spacing
        width: Math.min(noticeText.implicitWidth + 2 * Theme.padding,
                        nav.active ? page.sideWidth : Math.min(parent.width - 2 * Theme.spacing, 1000 * Theme.scale))
        height: noticeText.height + Theme.padding
        radius: Math.min(height / 2, Theme.radius)
        // inverse by day; at night a dark card with the accent outline (no bright fill in a dark cabin)
        color: Theme.night ? Theme.accentFill : Theme.text
        border.color: Theme.accent
        border.width: Theme.accentFillBorder
        Text {
            // long messages (and long translations) wrap to three lines instead of running off the screen
            id: noticeText
            objectName: "navNoticeText"
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            horizontalAlignment: Text.AlignHCenter
            text: nav.busy ? qsTr("Planning the route…") : nav.notice
            color: Theme.night ? Theme.textOnAccent : Theme.background
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }

    ChargerCard {
        id: chargerCard
        objectName: "chargerCard"
        visible: page.charger.id !== undefined
        width: Math.min(implicitWidth, page.width - 4 * Theme.spacing - Theme.touch)
        x: nav.active ? (page.width - width) / 2
            : Math.min(page.width - width - Theme.touch - 2 * Theme.spacing,
                       Math.max(destinationPanel.x + destinationPanel.width + Theme.spacing, (page.width - width) / 2))
        // at the bottom, so the tapped charger (in the map's centre area) stays visible above it
        anchors.bottom: parent.bottom
        anchors.bottomMargin: nav.active ? bottomStack.height + 2 * Theme.spacing : Theme.spacing
        info: page.charger
        onClosed: page.charger = ({})
        onNavigateClicked: {
            var c = page.charger
            page.charger = ({})
            nav.navigateTo(c.name, c.lat, c.lon)
        }
    }
}
