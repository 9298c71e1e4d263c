<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertList</name>
    <message>
        <location filename="../qml/panels/AlertList.qml" line="11"/>
        <source>No active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/AlertList.qml" line="18"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/AlertList.qml" line="18"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/AlertList.qml" line="18"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/AlertList.qml" line="53"/>
        <source>seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/AlertList.qml" line="102"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertOverlay</name>
    <message>
        <location filename="../qml/panels/AlertOverlay.qml" line="109"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/AlertOverlay.qml" line="117"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerCard</name>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="37"/>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="78"/>
        <source>Charging station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="92"/>
        <source>Fits your car: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="94"/>
        <source>Private: not used for trip planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="95"/>
        <source>Below your minimum charger power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="96"/>
        <source>No plug for your car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="97"/>
        <source> away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="112"/>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="129"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="147"/>
        <source>Plugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="147"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="172"/>
        <source>The charger data has no %1; the value shown is a typical one for its plug type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="173"/>
        <source>power or plug information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="174"/>
        <source>power rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/ChargerCard.qml" line="174"/>
        <source>plug information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <location filename="../qml/panels/DestinationPanel.qml" line="55"/>
        <source>Search is locked while driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/DestinationPanel.qml" line="56"/>
        <source>Where to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/DestinationPanel.qml" line="84"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/DestinationPanel.qml" line="84"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/DestinationPanel.qml" line="98"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/DestinationPanel.qml" line="98"/>
        <source>No places found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/DestinationPanel.qml" line="98"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/DestinationPanel.qml" line="99"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/DestinationPanel.qml" line="99"/>
        <source>No recent destinations yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDtcList</name>
    <message>
        <location filename="../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthDtcList.qml" line="22"/>
        <source>No trouble codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/panels/HealthDtcList.qml" line="76"/>
        <source>+%n more (see Alerts)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="22"/>
        <source>Front-left tyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="22"/>
        <location filename="../qml/pages/HealthPage.qml" line="23"/>
        <location filename="../qml/pages/HealthPage.qml" line="24"/>
        <location filename="../qml/pages/HealthPage.qml" line="25"/>
        <source>Safe minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="22"/>
        <location filename="../qml/pages/HealthPage.qml" line="23"/>
        <location filename="../qml/pages/HealthPage.qml" line="24"/>
        <location filename="../qml/pages/HealthPage.qml" line="25"/>
        <source>parked, at 20 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="23"/>
        <source>Front-right tyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="24"/>
        <source>Rear-left tyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="25"/>
        <source>Rear-right tyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="26"/>
        <source>12 V battery at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="26"/>
        <source>Replace below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="26"/>
        <source>parked, not charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="27"/>
        <location filename="../qml/pages/HealthPage.qml" line="144"/>
        <source>Battery health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="27"/>
        <source>Reduced capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="28"/>
        <source>Battery temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="28"/>
        <location filename="../qml/pages/HealthPage.qml" line="29"/>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="29"/>
        <source>Motor temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="122"/>
        <source>Tyres &amp; systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="143"/>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="145"/>
        <source>Battery temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="146"/>
        <source>12 V battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="147"/>
        <source>Motor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="152"/>
        <source>Service overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="152"/>
        <source>Service in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="178"/>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="179"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="180"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="181"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="272"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="272"/>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HealthPage.qml" line="287"/>
        <source>No data for this period yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPredictions</name>
    <message>
        <location filename="../qml/panels/HealthPredictions.qml" line="15"/>
        <source>Front-left tyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthPredictions.qml" line="15"/>
        <source>Front-right tyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthPredictions.qml" line="16"/>
        <source>Rear-left tyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthPredictions.qml" line="16"/>
        <source>Rear-right tyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthPredictions.qml" line="18"/>
        <source>12 V battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthPredictions.qml" line="19"/>
        <source>High-voltage battery health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthPredictions.qml" line="20"/>
        <source>Service date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthPredictions.qml" line="116"/>
        <source>Predictions appear once the car has recorded a few days of data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <location filename="../qml/panels/HealthService.qml" line="28"/>
        <source>Service recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthService.qml" line="28"/>
        <source>Service centres nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthService.qml" line="41"/>
        <source>Service overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthService.qml" line="41"/>
        <source>Next service in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthService.qml" line="42"/>
        <source>Tap a garage to drive there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthService.qml" line="132"/>
        <source>Service centres are listed once the car&apos;s position is known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthStatus</name>
    <message numerus="yes">
        <location filename="../qml/panels/HealthStatus.qml" line="110"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthStatus.qml" line="122"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/HealthStatus.qml" line="122"/>
        <source>Garages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkBanner</name>
    <message>
        <location filename="../qml/panels/LinkBanner.qml" line="17"/>
        <source>Vehicle link lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="16"/>
        <source>HMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="22"/>
        <source>Navigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="23"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="24"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="25"/>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="26"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="90"/>
        <source>Version %1 · tap to see what&apos;s new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManeuverBanner</name>
    <message>
        <location filename="../qml/panels/ManeuverBanner.qml" line="64"/>
        <source>Then %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <location filename="../qml/controls/MapControls.qml" line="58"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/controls/MapControls.qml" line="65"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/controls/MapControls.qml" line="72"/>
        <source>Heading up: switch to north up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/controls/MapControls.qml" line="72"/>
        <source>North up: switch to heading up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/controls/MapControls.qml" line="121"/>
        <source>Follow the car</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatePage</name>
    <message>
        <location filename="../qml/pages/NavigatePage.qml" line="86"/>
        <source>Range: waiting for position and battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/NavigatePage.qml" line="87"/>
        <source>Reachable now · inner area keeps the %1 % reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/NavigatePage.qml" line="119"/>
        <source>Offline map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/NavigatePage.qml" line="268"/>
        <source>Planning the route…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../qml/controls/OnScreenKeyboard.qml" line="67"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/controls/OnScreenKeyboard.qml" line="80"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneOfferBanner</name>
    <message>
        <location filename="../qml/panels/PhoneOfferBanner.qml" line="32"/>
        <source>Navigate to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/PhoneOfferBanner.qml" line="40"/>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="26"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="36"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="40"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="40"/>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="40"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="43"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="47"/>
        <source>mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="50"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="54"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="54"/>
        <source>12 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="81"/>
        <source>Vehicle link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="90"/>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="91"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="91"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="91"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="91"/>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Vehicle agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="92"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="97"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="104"/>
        <source>Software %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="105"/>
        <source>Map data %1, ODbL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/panels/StatusBar.qml" line="46"/>
        <source>No vehicle link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/StatusBar.qml" line="46"/>
        <source>Vehicle connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../qml/panels/TrendChart.qml" line="17"/>
        <source>No data for this period yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripBar</name>
    <message>
        <location filename="../qml/panels/TripBar.qml" line="33"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripBar.qml" line="40"/>
        <source>arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripBar.qml" line="68"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripNextStop</name>
    <message>
        <location filename="../qml/panels/TripNextStop.qml" line="48"/>
        <source>Charge here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripNextStop.qml" line="49"/>
        <source>Charge at %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripNextStop.qml" line="60"/>
        <source>%1 to %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripNextStop.qml" line="63"/>
        <source> (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripNextStop.qml" line="80"/>
        <source>Warming the battery for fast charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripNextStop.qml" line="81"/>
        <source>Asking the car to warm the battery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripNextStop.qml" line="82"/>
        <source>Battery warm-up not available: charging may be slower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripRangeButton</name>
    <message>
        <location filename="../qml/panels/TripRangeButton.qml" line="18"/>
        <source>Reachable range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripRangeButton.qml" line="32"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripSettingsCard</name>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="26"/>
        <source>Trip &amp; charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="56"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="71"/>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="71"/>
        <source>when planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="76"/>
        <source>Reserve · never below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="85"/>
        <source>Arrive with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="94"/>
        <source>Charge limit at stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="103"/>
        <source>Plugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="103"/>
        <source>chargers to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="118"/>
        <source>Charger power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="118"/>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripSettingsCard.qml" line="122"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripStepper</name>
    <message>
        <location filename="../qml/panels/TripStepper.qml" line="25"/>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripStepper.qml" line="42"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripTimeline</name>
    <message>
        <location filename="../qml/panels/TripTimeline.qml" line="58"/>
        <source>Arrive with %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripTimeline.qml" line="87"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripTimeline.qml" line="170"/>
        <source>%1 to %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripTimeline.qml" line="171"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripTimeline.qml" line="181"/>
        <source>to %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/TripTimeline.qml" line="182"/>
        <source>arrival</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateInstalledList</name>
    <message>
        <location filename="../qml/panels/UpdateInstalledList.qml" line="10"/>
        <source>Installed software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateInstalledList.qml" line="65"/>
        <source>Waiting for the car to report its software…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateNotes</name>
    <message>
        <location filename="../qml/panels/UpdateNotes.qml" line="10"/>
        <source>Release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateNotes.qml" line="28"/>
        <source>No release notes were provided with this update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <location filename="../qml/panels/UpdatePrompt.qml" line="93"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdatePrompt.qml" line="98"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateSchedulePicker</name>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="18"/>
        <source>Schedule the install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="38"/>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="38"/>
        <source>Tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="38"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="38"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="51"/>
        <source>The update downloads now and installs at this time if the car is parked with enough charge. Otherwise it waits and tells you why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="65"/>
        <source>Tonight at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="70"/>
        <source>or pick a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="83"/>
        <source>One hour earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="99"/>
        <source>One hour later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="117"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateSchedulePicker.qml" line="124"/>
        <source>Schedule for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateStatus</name>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="91"/>
        <source>Version %1 is now running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="92"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="107"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="108"/>
        <source>Install time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="129"/>
        <source>Park the car to restart. The car can&apos;t be driven until the restart has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="130"/>
        <source>The update is installed. Restart to switch to the new version; the car can&apos;t be driven until the restart has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="148"/>
        <source>Not parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="148"/>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="150"/>
        <source>Battery unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="151"/>
        <source>Battery %1 · needs %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="152"/>
        <source>Battery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="236"/>
        <source>of %1 downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="237"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="237"/>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="252"/>
        <source>You can keep driving while the update downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="253"/>
        <source>Keep the car parked. The current software keeps running until the restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="254"/>
        <source>The car can&apos;t be driven until the restart has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="282"/>
        <source>The previous version is running again. Your car works as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="297"/>
        <source>Updates arrive over the air. Nothing is installed without your OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="298"/>
        <source>Everything is ready. See what&apos;s new on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/panels/UpdateStatus.qml" line="299"/>
        <source>Nothing was installed. Your car keeps running the current version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="84"/>
        <source>What&apos;s new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="84"/>
        <source>Release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="109"/>
        <source>Install now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="118"/>
        <source>Restart to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="125"/>
        <source>Restore previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="132"/>
        <source>Change time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="132"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="138"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="144"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="152"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="152"/>
        <source>Cancel update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="20"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="49"/>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="49"/>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="49"/>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="57"/>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="58"/>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="65"/>
        <location filename="../qml/pages/VehiclePage.qml" line="227"/>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="83"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="97"/>
        <source>Charging at %1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="98"/>
        <source>Plugged in, not charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="98"/>
        <source>Not plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="110"/>
        <location filename="../qml/pages/VehiclePage.qml" line="150"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="110"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="121"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="122"/>
        <source>Battery health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="125"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="137"/>
        <source>Battery warming for fast charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="138"/>
        <source>Battery conditioning for driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="139"/>
        <source>Battery conditioning off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="150"/>
        <source>Warm up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="160"/>
        <source>Charge limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="195"/>
        <source>Waiting for the car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="206"/>
        <source>Tyres &amp; temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="226"/>
        <source>Cabin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/VehiclePage.qml" line="228"/>
        <source>Motor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
