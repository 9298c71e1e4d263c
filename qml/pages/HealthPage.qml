import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"
import "../panels"

// Vehicle health: one status line that says "all good" or what is wrong; tyres, batteries, motor,
// service distance and trouble codes on the left; predictions (each explained), trend charts,
// the alert list and the service prompt on the right.
Item {
    id: page
    objectName: "healthPage"

    property string tab: "predictions"
    property int trendDays: 7
    property string trendName: "tyreCold.frontLeft"
    property bool trendChosen: false       // the driver picked a chart; do not move it for them
    property var centres: []

    // Chart choices (labels are presentation; values, unit and limit come from health.trend()/trendAxis()
    // in the driver's units).
    readonly property string coldNote: qsTr("parked, at %1").arg(i18n.fmt("temperature_c", 20, i18n.revision))
    readonly property var trendChoices: [
        {name: "tyreCold.frontLeft", label: qsTr("Front-left tyre"), limit: qsTr("Safe minimum"), note: coldNote},
        {name: "tyreCold.frontRight", label: qsTr("Front-right tyre"), limit: qsTr("Safe minimum"), note: coldNote},
        {name: "tyreCold.rearLeft", label: qsTr("Rear-left tyre"), limit: qsTr("Safe minimum"), note: coldNote},
        {name: "tyreCold.rearRight", label: qsTr("Rear-right tyre"), limit: qsTr("Safe minimum"), note: coldNote},
        {name: "lvResting", label: qsTr("12 V battery at rest"), limit: qsTr("Replace below"), note: qsTr("parked, not charging")},
        {name: "soh", label: qsTr("Battery health"), limit: qsTr("Reduced capacity")},
        {name: "batteryTemp", label: qsTr("Battery temperature"), limit: qsTr("Hot")},
        {name: "motorTemp", label: qsTr("Motor temperature"), limit: qsTr("Hot")}
    ]
    readonly property int trendIndex: Math.max(0, trendChoices.findIndex(c => c.name === trendName))
    readonly property var trendChoice: trendChoices[trendIndex]
    // Unit label, decimals and limit of the chart's value axis; re-read when units change (i18n.revision).
    readonly property var trendAxis: i18n.revision >= 0 ? health.trendAxis(trendName) : ({})

    // The top alert explains the status line (its action and basis).
    readonly property var topAlert: {
        // alertCount notifies on every alert change: the list model is re-read then.
        if (health.alertCount < 0) return ({})
        return health.alertModel.count > 0 ? health.alertModel.get(0) : ({})
    }
    function trendForPrediction(key) {
        const map = {"tyre_leak": "tyreCold", "lv_decline.battery": "lvResting", "hv_soh.battery": "soh"}
        if (key.startsWith("tyre_leak."))
            return "tyreCold." + key.substring("tyre_leak.".length)
        return map[key] || ""
    }
    function showTrend(name) {
        if (trendChoices.findIndex(c => c.name === name) < 0)
            return
        trendName = name
        trendChosen = true
        tab = "trends"
    }
    function loadTrend() {
        if (!page.visible || tab !== "trends")
            return
        if (!trendChosen) {
            // Open on the prediction that needs attention, if there is one.
            const preds = health.predictions
            for (let i = 0; i < preds.length; ++i) {
                const p = preds[i]
                if (p.state === "trend" && (p.severity === "warning" || p.severity === "critical")) {
                    const n = trendForPrediction(p.key)
                    if (n !== "") { trendName = n; break }
                }
            }
        }
        chart.points = health.trend(trendName, trendDays)
    }
    function loadCentres() {
        if (!(page.visible && tab === "service"))
            return
        // A new array resets the list and recreates its rows: only when something changed, so a refresh never
        // swallows the tap of a finger already on a row.
        const next = health.serviceCentres()
        if (JSON.stringify(next) !== JSON.stringify(centres))
            centres = next
    }

    function opened() {
        health.refreshPredictions()
        loadTrend()
        loadCentres()
    }
    // Later, not inside the page switch: a refresh changes the alert badges the page list binds to.
    onVisibleChanged: if (visible) Qt.callLater(opened)
    onTabChanged: { loadTrend(); loadCentres() }
    onTrendNameChanged: loadTrend()
    onTrendDaysChanged: loadTrend()
    Connections {
        target: health
        function onPredictionsChanged() { page.loadTrend() }
        function onAlertsChanged() { page.loadCentres() }
        // Language or units changed: the chart's points and the centres' distances are re-read.
        function onRetranslated() { page.loadTrend(); page.loadCentres() }
    }
    Timer {
        // New history keeps arriving; the car moves (nearest centres change).
        interval: 10000
        repeat: true
        running: page.visible && (page.tab === "trends" || page.tab === "service")
        onTriggered: { page.loadTrend(); page.loadCentres() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        HealthStatus {
            objectName: "healthStatus"
            Layout.fillWidth: true
            level: health.statusLevel
            text: health.statusText
            action: page.topAlert.action || ""
            // The basis is also in the predictions list; on a short screen the chart needs the room.
            detail: page.height >= 480 ? (page.topAlert.detail || "") : ""
            alertCount: health.alertCount
            serviceRecommended: health.serviceRecommended
            onServiceClicked: page.tab = "service"
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Card {
                objectName: "healthVehicleCard"
                title: qsTr("Tyres & systems")
                icon: "tyre"
                Layout.fillHeight: true
                Layout.preferredWidth: (page.width - 3 * Theme.spacing) * 0.42
                // scrolls (and says so) when the tyres, values and trouble codes need more room than the card has
                Flickable {
                    id: vehicleFlick
                    objectName: "healthVehicleFlick"
                    anchors.fill: parent
                    contentHeight: vehicleColumn.height
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: vehicleColumn
                    width: vehicleFlick.width
                    height: Math.max(vehicleFlick.height, implicitHeight)
                    spacing: Theme.spacing * 0.75
                    TyreView {
                        objectName: "healthTyres"
                        labelPrefix: "healthTyre"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: 90 * Theme.scale
                        pressures: health.tyres.map(t => t.pressureText)
                        low: health.tyres.map(t => t.low === true)
                        stale: health.tyres.map(t => t.stale === true || t.pressure === null || t.pressure === undefined)
                    }
                    ValueGrid {
                        Layout.fillWidth: true
                        //: noun: the battery's state of charge ("78 %")
                        ValueLabel { objectName: "healthSoc"; Layout.fillWidth: true; caption: qsTr("Charge"); value: health.values.socText }
                        ValueLabel { objectName: "healthSoh"; Layout.fillWidth: true; caption: qsTr("Battery health"); value: health.values.sohText }
                        ValueLabel { objectName: "healthBatteryTemp"; Layout.fillWidth: true; caption: qsTr("Battery temp."); value: health.values.batteryTemperatureText }
                        ValueLabel { objectName: "healthLv"; Layout.fillWidth: true; caption: qsTr("12 V battery"); value: health.values.lvVoltageText }
                        ValueLabel { objectName: "healthMotor"; Layout.fillWidth: true; caption: qsTr("Motor"); value: health.values.motorTemperatureText }
                        ValueLabel {
                            objectName: "healthService"
                            Layout.fillWidth: true
                            caption: health.serviceDistance !== null && health.serviceDistance !== undefined && health.serviceDistance < 0
                                     ? qsTr("Service overdue") : qsTr("Service in")
                            value: health.values.serviceDistanceText
                            alert: health.serviceDistance !== null && health.serviceDistance !== undefined && health.serviceDistance < 0
                        }
                    }
                    Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.divider }
                    HealthDtcList {
                        objectName: "healthDtcs"
                        Layout.fillWidth: true
                        model: health.dtcModel
                        maxRows: page.height > 560 ? 3 : 2
                    }
                }
                }
                ScrollHint { anchors.fill: vehicleFlick; flickable: vehicleFlick; background: Theme.surface }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing

                RowLayout {
                    objectName: "healthTabs"
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: [
                            {value: "predictions", label: qsTr("Predictions")},
                            {value: "trends", label: qsTr("Trends")},
                            {value: "alerts", label: qsTr("Alerts")},
                            {value: "service", label: qsTr("Service")}
                        ]
                        TouchButton {
                            required property var modelData
                            objectName: "healthTab_" + modelData.value
                            Layout.fillWidth: true
                            text: modelData.label
                            highlighted: page.tab === modelData.value
                            onClicked: page.tab = modelData.value
                            Badge {
                                // on the corner, above the label's line: never over the label (whatever its length)
                                anchors { right: parent.right; top: parent.top; rightMargin: -width / 4; topMargin: -height / 3 }
                                count: parent.modelData.value === "alerts" ? health.activeAlertCount : 0
                            }
                            Rectangle {
                                // Service recommended: a dot on the Service tab
                                visible: parent.modelData.value === "service" && health.serviceRecommended
                                anchors { right: parent.right; top: parent.top; margins: Theme.spacing / 2 }
                                width: Math.round(Theme.fontSmall * 0.8); height: width; radius: width / 2
                                color: parent.highlighted ? Theme.textOnAccent : Theme.accent
                            }
                        }
                    }
                }

                Card {
                    objectName: "healthDetailCard"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    StackLayout {
                        anchors.fill: parent
                        currentIndex: ["predictions", "trends", "alerts", "service"].indexOf(page.tab)

                        HealthPredictions {
                            objectName: "healthPredictions"
                            predictions: health.predictions
                            onTrendRequested: (key) => {
                                if (key.startsWith("service_due"))
                                    page.tab = "service"
                                else
                                    page.showTrend(page.trendForPrediction(key))
                            }
                        }

                        ColumnLayout {
                            objectName: "healthTrends"
                            spacing: Theme.spacing / 2
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing / 2
                                TouchButton {
                                    objectName: "trendPrev"
                                    text: "◀"  // a symbol, not words: not translated
                                    onClicked: { page.trendChosen = true; page.trendName = page.trendChoices[(page.trendIndex + page.trendChoices.length - 1) % page.trendChoices.length].name }
                                }
                                ColumnLayout {
                                    id: trendTitle
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1   // whatever the buttons leave, not the text's width
                                    spacing: 0
                                    Text {
                                        objectName: "trendLabel"
                                        Layout.fillWidth: true
                                        text: page.trendChoice.label
                                        horizontalAlignment: Text.AlignHCenter
                                        color: Theme.text
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontBody
                                        font.bold: true
                                        wrapMode: Text.WordWrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                        textFormat: Text.PlainText
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        // Only where it fits on one line beside the buttons.
                                        visible: text !== "" && trendTitle.width >= implicitWidth
                                        text: page.trendChoice.note || ""
                                        horizontalAlignment: Text.AlignHCenter
                                        color: Theme.textDim
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontSmall
                                        elide: Text.ElideRight
                                        textFormat: Text.PlainText
                                    }
                                }
                                TouchButton {
                                    objectName: "trendNext"
                                    text: "▶"  // a symbol, not words: not translated
                                    onClicked: { page.trendChosen = true; page.trendName = page.trendChoices[(page.trendIndex + 1) % page.trendChoices.length].name }
                                }
                                SegmentedSelector {
                                    objectName: "trendDays"
                                    options: [{value: "7", label: qsTr("7 days")}, {value: "30", label: qsTr("30 days")}]
                                    current: String(page.trendDays)
                                    onSelected: (value) => page.trendDays = Number(value)
                                }
                            }
                            TrendChart {
                                id: chart
                                objectName: "trendChart"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                days: page.trendDays
                                unit: page.trendAxis.unit
                                decimals: page.trendAxis.decimals
                                threshold: page.trendAxis.threshold
                                thresholdLabel: page.trendChoice.limit
                                emptyText: qsTr("No data for this period yet")
                            }
                        }

                        AlertList {
                            objectName: "healthAlerts"
                            model: health.alertModel
                            onAcknowledgeClicked: (alertId) => health.acknowledge(alertId)
                        }

                        HealthService {
                            objectName: "healthServicePanel"
                            recommended: health.serviceRecommended
                            distanceText: health.values.serviceDistanceText
                            overdue: health.serviceDistance !== null && health.serviceDistance !== undefined && health.serviceDistance < 0
                            centres: page.centres
                            onCentreSelected: (name, lat, lon) => app.requestRoute(name, lat, lon)
                        }
                    }
                }
            }
        }
    }
}
