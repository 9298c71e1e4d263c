<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertList</name>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="12"/>
        <source>No active alerts</source>
        <translation>Keine aktiven Meldungen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="19"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="19"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="19"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="55"/>
        <source>%1 · seen</source>
        <comment>alert severity, acknowledged</comment>
        <translation>%1 · gesehen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="107"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AlertOverlay</name>
    <message>
        <location filename="../../qml/panels/AlertOverlay.qml" line="109"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertOverlay.qml" line="117"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ChargerCard</name>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="49"/>
        <source>estimated</source>
        <extracomment>tag next to a value taken from defaults because the charger data had none (adjective)</extracomment>
        <translation>geschätzt</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="95"/>
        <source>Charging station</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="18"/>
        <source>Fits your car: %1</source>
        <extracomment>%1: the charger&apos;s plugs the car can use (&quot;CHAdeMO · Type 2&quot;)</extracomment>
        <translation>Passend für Ihr Auto: %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="20"/>
        <source>Private: not used for trip planning</source>
        <translation>Privat: nicht für die Routenplanung genutzt</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="21"/>
        <source>Below your minimum charger power</source>
        <translation>Unter Ihrer Mindest-Ladeleistung</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="22"/>
        <source>No plug for your car</source>
        <translation>Kein passender Stecker</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="24"/>
        <source>The charger data has no power or plug information; the value shown is a typical one for its plug type.</source>
        <translation>Die Ladestationsdaten enthalten keine Angaben zu Leistung oder Stecker; angezeigt wird ein typischer Wert für den Steckertyp.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="26"/>
        <source>The charger data has no power rating; the value shown is a typical one for its plug type.</source>
        <translation>Die Ladestationsdaten enthalten keine Leistungsangabe; angezeigt wird ein typischer Wert für den Steckertyp.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="27"/>
        <source>The charger data has no plug information; the value shown is a typical one for its plug type.</source>
        <translation>Die Ladestationsdaten enthalten keine Steckerangaben; angezeigt wird ein typischer Wert für den Steckertyp.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="131"/>
        <source>%1 away</source>
        <extracomment>%1: straight-line distance from the car (&quot;3.2 km&quot;)</extracomment>
        <translation>%1 entfernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/panels/ChargerCard.qml" line="172"/>
        <source>%n points</source>
        <extracomment>%n: number of charging points at the station</extracomment>
        <translation>
            <numerusform>%n Ladepunkt</numerusform>
            <numerusform>%n Ladepunkte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="114"/>
        <source>Go</source>
        <extracomment>button: start navigating to this charger (verb)</extracomment>
        <translation>Los</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="148"/>
        <source>Power</source>
        <extracomment>the charger&apos;s power (noun)</extracomment>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="170"/>
        <source>Plugs</source>
        <translation>Stecker</translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="56"/>
        <source>Search is locked while driving</source>
        <translation>Suche während der Fahrt gesperrt</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="57"/>
        <source>Where to?</source>
        <translation>Wohin?</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="87"/>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="87"/>
        <source>Set home</source>
        <translation>Zuhause festlegen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="88"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="88"/>
        <source>Set work</source>
        <translation>Arbeit festlegen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="101"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="101"/>
        <source>No places found</source>
        <translation>Keine Orte gefunden</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="101"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="102"/>
        <source>Recent</source>
        <translation>Letzte Ziele</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="102"/>
        <source>No recent destinations yet</source>
        <translation>Noch keine früheren Ziele</translation>
    </message>
</context>
<context>
    <name>HealthDtcList</name>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="24"/>
        <source>No trouble codes</source>
        <translation>Keine Fehlercodes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/panels/HealthDtcList.qml" line="85"/>
        <source>+%n more (see Alerts)</source>
        <translation>
            <numerusform>+%n weiterer (siehe Meldungen)</numerusform>
            <numerusform>+%n weitere (siehe Meldungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="24"/>
        <source>Front-left tyre</source>
        <translation>Reifen vorne links</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="24"/>
        <location filename="../../qml/pages/HealthPage.qml" line="25"/>
        <location filename="../../qml/pages/HealthPage.qml" line="26"/>
        <location filename="../../qml/pages/HealthPage.qml" line="27"/>
        <source>Safe minimum</source>
        <translation>Sicheres Minimum</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="22"/>
        <source>parked, at %1</source>
        <translation>geparkt, bei %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="25"/>
        <source>Front-right tyre</source>
        <translation>Reifen vorne rechts</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="26"/>
        <source>Rear-left tyre</source>
        <translation>Reifen hinten links</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="27"/>
        <source>Rear-right tyre</source>
        <translation>Reifen hinten rechts</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="28"/>
        <source>12 V battery at rest</source>
        <translation>12-V-Batterie in Ruhe</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="28"/>
        <source>Replace below</source>
        <translation>Ersetzen unter</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="28"/>
        <source>parked, not charging</source>
        <translation>geparkt, lädt nicht</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="29"/>
        <location filename="../../qml/pages/HealthPage.qml" line="164"/>
        <source>Battery health</source>
        <translation>Akkuzustand</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="29"/>
        <source>Reduced capacity</source>
        <translation>Verringerte Kapazität</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="30"/>
        <source>Battery temperature</source>
        <translation>Akkutemperatur</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="30"/>
        <location filename="../../qml/pages/HealthPage.qml" line="31"/>
        <source>Hot</source>
        <translation>Heiss</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="31"/>
        <source>Motor temperature</source>
        <translation>Motortemperatur</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="133"/>
        <source>Tyres &amp; systems</source>
        <translation>Reifen &amp; Systeme</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="163"/>
        <source>Charge</source>
        <translation>Ladestand</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="165"/>
        <source>Battery temp.</source>
        <translation>Akkutemp.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="166"/>
        <source>12 V battery</source>
        <translation>12-V-Batterie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="167"/>
        <source>Motor</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="172"/>
        <source>Service overdue</source>
        <translation>Service überfällig</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="172"/>
        <source>Service in</source>
        <translation>Service in</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="200"/>
        <source>Predictions</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="201"/>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="202"/>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="203"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="297"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="297"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="312"/>
        <source>No data for this period yet</source>
        <translation>Noch keine Daten für diesen Zeitraum</translation>
    </message>
</context>
<context>
    <name>HealthPredictions</name>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="16"/>
        <source>Front-left tyre</source>
        <translation>Reifen vorne links</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="16"/>
        <source>Front-right tyre</source>
        <translation>Reifen vorne rechts</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="17"/>
        <source>Rear-left tyre</source>
        <translation>Reifen hinten links</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="17"/>
        <source>Rear-right tyre</source>
        <translation>Reifen hinten rechts</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="19"/>
        <source>12 V battery</source>
        <translation>12-V-Batterie</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="20"/>
        <source>High-voltage battery health</source>
        <translation>Zustand Hochvoltakku</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="21"/>
        <source>Service date</source>
        <translation>Servicetermin</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="120"/>
        <source>Predictions appear once the car has recorded a few days of data</source>
        <translation>Prognosen erscheinen, sobald das Auto einige Tage Daten aufgezeichnet hat</translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="28"/>
        <source>Service recommended</source>
        <translation>Service empfohlen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="28"/>
        <source>Service centres nearby</source>
        <translation>Werkstätten in der Nähe</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="43"/>
        <source>Tap a garage to drive there</source>
        <translation>Werkstatt antippen, um hinzufahren</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="44"/>
        <source>Service overdue · Tap a garage to drive there</source>
        <translation>Service überfällig · Werkstatt antippen, um hinzufahren</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="45"/>
        <source>Next service in %1 · Tap a garage to drive there</source>
        <translation>Nächster Service in %1 · Werkstatt antippen, um hinzufahren</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="138"/>
        <source>Service centres are listed once the car&apos;s position is known</source>
        <translation>Werkstätten werden angezeigt, sobald die Position des Autos bekannt ist</translation>
    </message>
</context>
<context>
    <name>HealthStatus</name>
    <message numerus="yes">
        <location filename="../../qml/panels/HealthStatus.qml" line="111"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthStatus.qml" line="126"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthStatus.qml" line="126"/>
        <source>Garages</source>
        <translation>Werkstätten</translation>
    </message>
</context>
<context>
    <name>LinkBanner</name>
    <message>
        <location filename="../../qml/panels/LinkBanner.qml" line="20"/>
        <source>Vehicle link lost — %1</source>
        <comment>banner; %1 is why, e.g. Vehicle agent offline</comment>
        <translation>Fahrzeugverbindung verloren — %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/LinkBanner.qml" line="21"/>
        <source>Vehicle link lost</source>
        <translation>Fahrzeugverbindung verloren</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="16"/>
        <source>HMI</source>
        <translation>HMI</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="22"/>
        <source>Navigate</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="23"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="24"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="25"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="26"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="102"/>
        <source>Version %1 · tap to see what&apos;s new</source>
        <translation>Version %1 · Tippen für Neuerungen</translation>
    </message>
</context>
<context>
    <name>ManeuverBanner</name>
    <message>
        <location filename="../../qml/panels/ManeuverBanner.qml" line="75"/>
        <source>Then: %1</source>
        <comment>the maneuver after the one in the banner; %1 is a whole instruction</comment>
        <translation>Dann: %1</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="59"/>
        <source>Zoom in</source>
        <translation>Vergrössern</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="66"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="73"/>
        <source>Heading up: switch to north up</source>
        <translation>Fahrtrichtung oben: auf Norden oben wechseln</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="73"/>
        <source>North up: switch to heading up</source>
        <translation>Norden oben: auf Fahrtrichtung oben wechseln</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="100"/>
        <source>N</source>
        <comment>compass: north</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="123"/>
        <source>Follow the car</source>
        <translation>Fahrzeug folgen</translation>
    </message>
</context>
<context>
    <name>NavigatePage</name>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="121"/>
        <source>Calculating the range…</source>
        <extracomment>the range legend while the reachable area on the map is worked out</extracomment>
        <translation>Reichweite wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="122"/>
        <source>Range: waiting for position and battery</source>
        <translation>Reichweite: warten auf Position und Ladestand</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="123"/>
        <source>Reachable now · inner area keeps the %1 reserve</source>
        <comment>%1 is a percentage, e.g. 10 %</comment>
        <translation>Jetzt erreichbar · innerer Bereich mit %1 Reserve</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="160"/>
        <source>Offline map</source>
        <translation>Offline-Karte</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="301"/>
        <source>Updating the trip…</source>
        <extracomment>a spinner&apos;s label while a new charging plan is worked out during a trip</extracomment>
        <translation>Fahrt wird neu geplant…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="405"/>
        <source>Planning the route…</source>
        <translation>Route wird geplant…</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../qml/controls/OnScreenKeyboard.qml" line="152"/>
        <location filename="../../qml/controls/OnScreenKeyboard.qml" line="158"/>
        <source>abc</source>
        <comment>keyboard: back to letters</comment>
        <translation>abc</translation>
    </message>
    <message>
        <location filename="../../qml/controls/OnScreenKeyboard.qml" line="152"/>
        <source>123</source>
        <comment>keyboard: digits and symbols</comment>
        <translation>123</translation>
    </message>
    <message>
        <location filename="../../qml/controls/OnScreenKeyboard.qml" line="158"/>
        <source>àé</source>
        <comment>keyboard: accented letters</comment>
        <translation>àé</translation>
    </message>
    <message>
        <location filename="../../qml/controls/OnScreenKeyboard.qml" line="165"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../qml/controls/OnScreenKeyboard.qml" line="179"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>PhoneOfferBanner</name>
    <message>
        <location filename="../../qml/panels/PhoneOfferBanner.qml" line="32"/>
        <source>Navigate to %1?</source>
        <translation>Navigation zu %1?</translation>
    </message>
    <message>
        <location filename="../../qml/panels/PhoneOfferBanner.qml" line="52"/>
        <source>Go</source>
        <translation>Los</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="100"/>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="118"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="87"/>
        <source>Clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="45"/>
        <source>Language and units</source>
        <translation>Sprache und Einheiten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="54"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="62"/>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="66"/>
        <source>km</source>
        <comment>unit symbol: kilometres</comment>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="67"/>
        <source>mi</source>
        <comment>unit symbol: miles</comment>
        <translation>mi</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="70"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="74"/>
        <source>°C</source>
        <comment>unit symbol: degrees Celsius</comment>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="75"/>
        <source>°F</source>
        <comment>unit symbol: degrees Fahrenheit</comment>
        <translation>°F</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="78"/>
        <source>Tyre pressure</source>
        <translation>Reifendruck</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="82"/>
        <source>bar</source>
        <comment>unit symbol: bar</comment>
        <translation>bar</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="83"/>
        <source>kPa</source>
        <comment>unit symbol: kilopascal</comment>
        <translation>kPa</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="84"/>
        <source>psi</source>
        <comment>unit symbol: pounds per square inch</comment>
        <translation>psi</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="91"/>
        <source>24 h</source>
        <comment>24-hour clock</comment>
        <translation>24 h</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="92"/>
        <source>12 h</source>
        <comment>12-hour clock</comment>
        <translation>12 h</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="109"/>
        <source>Text size</source>
        <translation>Schriftgrösse</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="113"/>
        <source>Normal</source>
        <comment>text size</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="114"/>
        <source>Large</source>
        <comment>text size</comment>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="115"/>
        <source>Larger</source>
        <comment>text size</comment>
        <translation>Grösser</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="122"/>
        <source>Day</source>
        <comment>theme</comment>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="123"/>
        <source>Night</source>
        <comment>theme</comment>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="124"/>
        <source>Auto</source>
        <comment>theme: follows the sun</comment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="151"/>
        <source>Vehicle link</source>
        <translation>Fahrzeugverbindung</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="157"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Connecting</source>
        <translation>Wird verbunden</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Vehicle agent</source>
        <translation>Fahrzeug-Agent</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="164"/>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="170"/>
        <source>Software %1</source>
        <translation>Software %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="171"/>
        <source>Map data %1, ODbL</source>
        <translation>Kartendaten %1, ODbL</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../qml/panels/StatusBar.qml" line="49"/>
        <source>No vehicle link</source>
        <translation>Keine Fahrzeugverbindung</translation>
    </message>
    <message>
        <location filename="../../qml/panels/StatusBar.qml" line="49"/>
        <source>Vehicle connected</source>
        <translation>Fahrzeug verbunden</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../qml/panels/TrendChart.qml" line="17"/>
        <source>No data for this period yet</source>
        <translation>Noch keine Daten für diesen Zeitraum</translation>
    </message>
</context>
<context>
    <name>TripBar</name>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="43"/>
        <source>Arrived</source>
        <extracomment>shown instead of the arrival time once the destination is reached</extracomment>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="54"/>
        <source>arrival</source>
        <extracomment>label under the estimated arrival time (noun)</extracomment>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="87"/>
        <source>Save as Home</source>
        <translation>Als Zuhause speichern</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="88"/>
        <source>Save as Work</source>
        <translation>Als Arbeit speichern</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="93"/>
        <location filename="../../qml/panels/TripBar.qml" line="94"/>
        <source>End</source>
        <extracomment>button: end the route guidance (verb)</extracomment>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TripNextStop</name>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="52"/>
        <source>Charge here: %1</source>
        <extracomment>%1: charger name</extracomment>
        <translation>Hier laden: %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="55"/>
        <source>Charge at %1 in %2</source>
        <extracomment>%1: charger name, %2: distance to it (&quot;12 km&quot;) %1: charging station name, %2: distance to it (&quot;in 4.7 km&quot;)</extracomment>
        <translation>Laden bei %1 in %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="70"/>
        <source>%1 to %2</source>
        <extracomment>charging time and the battery level reached: &quot;18 min to 65 %&quot;</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="74"/>
        <source>%1 (estimated)</source>
        <extracomment>%1: charger power and plug (&quot;≈50 kW CHAdeMO&quot;) taken from defaults, not from the data</extracomment>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="96"/>
        <source>Warming the battery for fast charging</source>
        <translation>Akku wird für Schnellladen vorgewärmt</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="97"/>
        <source>Asking the car to warm the battery…</source>
        <translation>Akku-Vorwärmung wird angefordert…</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="98"/>
        <source>Battery warm-up not available: charging may be slower</source>
        <translation>Akku-Vorwärmung nicht verfügbar: Laden evtl. langsamer</translation>
    </message>
</context>
<context>
    <name>TripRangeButton</name>
    <message>
        <location filename="../../qml/panels/TripRangeButton.qml" line="19"/>
        <source>Reachable range</source>
        <translation>Erreichbarer Bereich</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripRangeButton.qml" line="35"/>
        <source>Range</source>
        <extracomment>map button: show the reachable range (noun, keep it short)</extracomment>
        <translation>Radius</translation>
    </message>
</context>
<context>
    <name>TripSettingsCard</name>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="27"/>
        <source>Trip &amp; charging</source>
        <translation>Fahrt &amp; Laden</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="97"/>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="112"/>
        <source>Battery</source>
        <translation>Akku</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="112"/>
        <source>when planning</source>
        <translation>bei der Planung</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="119"/>
        <source>Reserve · never below</source>
        <translation>Reserve · nie unter</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="131"/>
        <source>Arrive with</source>
        <extracomment>label above the battery level to arrive with at the destination</extracomment>
        <translation>Ankunft mit</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="141"/>
        <source>Charge limit at stops</source>
        <translation>Ladelimit bei Stopps</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="150"/>
        <source>Plugs</source>
        <translation>Stecker</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="150"/>
        <source>chargers to use</source>
        <translation>zu nutzende Ladestationen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="165"/>
        <source>Charger power</source>
        <translation>Ladeleistung</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="165"/>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="179"/>
        <source>Any</source>
        <extracomment>charger power filter: no minimum</extracomment>
        <translation>Beliebig</translation>
    </message>
</context>
<context>
    <name>TripStepper</name>
    <message>
        <location filename="../../qml/panels/TripStepper.qml" line="27"/>
        <source>Less</source>
        <extracomment>accessible name of the &quot;−&quot; button: decrease the value</extracomment>
        <translation>Weniger</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripStepper.qml" line="46"/>
        <source>More</source>
        <extracomment>accessible name of the &quot;+&quot; button: increase the value</extracomment>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>TripTimeline</name>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="62"/>
        <source>Arrive with %1</source>
        <extracomment>%1: battery level at the destination (&quot;23 %&quot;)</extracomment>
        <translation>Ankunft mit %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="95"/>
        <source>now</source>
        <extracomment>label under the battery level right now</extracomment>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="183"/>
        <source>%1 to %2</source>
        <extracomment>charging time and the battery level reached: &quot;18 min to 65 %&quot;</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="197"/>
        <source>to %1</source>
        <extracomment>battery level reached by charging: &quot;to 65 %&quot;</extracomment>
        <translation>auf %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="199"/>
        <source>arrival</source>
        <extracomment>label under the battery level at the destination (noun)</extracomment>
        <translation>Ankunft</translation>
    </message>
</context>
<context>
    <name>UpdateInstalledList</name>
    <message>
        <location filename="../../qml/panels/UpdateInstalledList.qml" line="10"/>
        <source>Installed software</source>
        <translation>Installierte Software</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateInstalledList.qml" line="65"/>
        <source>Waiting for the car to report its software…</source>
        <translation>Warten auf den Softwarestand des Autos…</translation>
    </message>
</context>
<context>
    <name>UpdateNotes</name>
    <message>
        <location filename="../../qml/panels/UpdateNotes.qml" line="13"/>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateNotes.qml" line="58"/>
        <source>No release notes were provided with this update.</source>
        <translation>Zu diesem Update gibt es keine Versionshinweise.</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <location filename="../../qml/panels/UpdatePrompt.qml" line="94"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdatePrompt.qml" line="99"/>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
</context>
<context>
    <name>UpdateSchedulePicker</name>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="18"/>
        <source>Schedule the install</source>
        <translation>Installation planen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="29"/>
        <source>Tonight %1</source>
        <comment>install time, e.g. Tonight 02:00</comment>
        <translation>Heute Nacht %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="30"/>
        <source>Today %1</source>
        <comment>install time, e.g. Today 14:00</comment>
        <translation>Heute %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="31"/>
        <source>Tomorrow %1</source>
        <comment>install time, e.g. Tomorrow 09:00</comment>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="43"/>
        <source>The update downloads now and installs at this time if the car is parked with enough charge. Otherwise it waits and tells you why.</source>
        <translation>Das Update wird jetzt heruntergeladen und zu dieser Zeit installiert, wenn das Auto mit genügend Ladestand geparkt ist. Andernfalls wartet es und zeigt Ihnen den Grund an.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="58"/>
        <source>Tonight at %1</source>
        <translation>Heute Nacht um %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="64"/>
        <source>or pick a time:</source>
        <translation>oder Zeit wählen:</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="78"/>
        <source>One hour earlier</source>
        <translation>Eine Stunde früher</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="106"/>
        <source>One hour later</source>
        <translation>Eine Stunde später</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="123"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="130"/>
        <source>Schedule for %1</source>
        <translation>Für %1 planen</translation>
    </message>
</context>
<context>
    <name>UpdateStatus</name>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="113"/>
        <source>Version %1 is now running</source>
        <translation>Version %1 ist jetzt aktiv</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="114"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="130"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="132"/>
        <source>Install time</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="153"/>
        <source>Park the car to restart. The car can&apos;t be driven until the restart has finished.</source>
        <translation>Parken Sie das Auto für den Neustart. Bis der Neustart abgeschlossen ist, kann das Auto nicht gefahren werden.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="154"/>
        <source>The update is installed. Restart to switch to the new version; the car can&apos;t be driven until the restart has finished.</source>
        <translation>Das Update ist installiert. Starten Sie neu, um zur neuen Version zu wechseln; bis der Neustart abgeschlossen ist, kann das Auto nicht gefahren werden.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="175"/>
        <source>Not parked</source>
        <translation>Nicht geparkt</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="175"/>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="177"/>
        <source>Battery unknown</source>
        <translation>Ladestand unbekannt</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="178"/>
        <source>Battery %1 · needs %2</source>
        <translation>Akku %1 · benötigt %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="179"/>
        <source>Battery %1</source>
        <translation>Akku %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="270"/>
        <source>of %1 downloaded</source>
        <translation>von %1 heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="271"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="271"/>
        <source>restarting</source>
        <translation>Neustart läuft</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="287"/>
        <source>You can keep driving while the update downloads.</source>
        <translation>Sie können weiterfahren, während das Update heruntergeladen wird.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="288"/>
        <source>Keep the car parked. The current software keeps running until the restart.</source>
        <translation>Lassen Sie das Auto geparkt. Die aktuelle Software läuft bis zum Neustart weiter.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="289"/>
        <source>The car can&apos;t be driven until the restart has finished.</source>
        <translation>Bis der Neustart abgeschlossen ist, kann das Auto nicht gefahren werden.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="318"/>
        <source>The previous version is running again. Your car works as before.</source>
        <translation>Die vorherige Version läuft wieder. Ihr Auto funktioniert wie zuvor.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="350"/>
        <source>Updates arrive over the air. Nothing is installed without your OK.</source>
        <translation>Updates werden drahtlos übertragen. Ohne Ihre Zustimmung wird nichts installiert.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="351"/>
        <source>Everything is ready. See what&apos;s new on the right.</source>
        <translation>Alles bereit. Die Neuerungen sehen Sie rechts.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="352"/>
        <source>Nothing was installed. Your car keeps running the current version.</source>
        <translation>Es wurde nichts installiert. Ihr Auto nutzt weiterhin die aktuelle Version.</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="84"/>
        <source>What&apos;s new</source>
        <translation>Neuerungen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="84"/>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="110"/>
        <source>Check again</source>
        <extracomment>button: ask the car to report its installed software again</extracomment>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="120"/>
        <source>Install now</source>
        <translation>Jetzt installieren</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="129"/>
        <source>Restart to finish</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="136"/>
        <source>Restore previous version</source>
        <translation>Vorversion wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="143"/>
        <source>Change time</source>
        <translation>Zeit ändern</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="143"/>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="149"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="155"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="163"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="163"/>
        <source>Cancel update</source>
        <translation>Update abbrechen</translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="33"/>
        <source>Drive</source>
        <extracomment>noun: card title for speed and gear</extracomment>
        <translation>Fahrt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="65"/>
        <source>Charging</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="65"/>
        <source>Driving</source>
        <translation>Fährt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="66"/>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="76"/>
        <source>Odometer</source>
        <translation>Gesamtstrecke</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="77"/>
        <source>Outside</source>
        <translation>Aussen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="84"/>
        <location filename="../../qml/pages/VehiclePage.qml" line="257"/>
        <source>Battery</source>
        <translation>Akku</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="105"/>
        <source>Range</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="119"/>
        <source>Charging at %1 · %2 to %3</source>
        <translation>Lädt mit %1 · %2 bis %3</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="120"/>
        <source>Plugged in, not charging</source>
        <translation>Angeschlossen, lädt nicht</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="120"/>
        <source>Not plugged in</source>
        <translation>Nicht angeschlossen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="134"/>
        <location filename="../../qml/pages/VehiclePage.qml" line="175"/>
        <source>Stop</source>
        <extracomment>verbs on a button: stop / start charging
----------
verbs on a button: stop / start warming the battery for fast charging</extracomment>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="134"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="143"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="144"/>
        <source>Battery health</source>
        <translation>Akkuzustand</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="148"/>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="160"/>
        <source>Battery warming for fast charging</source>
        <translation>Akku wird für Schnellladen vorgewärmt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="161"/>
        <source>Battery conditioning for driving</source>
        <translation>Akku wird für die Fahrt temperiert</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="162"/>
        <source>Battery conditioning off</source>
        <translation>Akku-Temperierung aus</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="175"/>
        <source>Warm up</source>
        <translation>Vorwärmen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="185"/>
        <source>Charge limit</source>
        <translation>Ladelimit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="225"/>
        <source>Waiting for the car…</source>
        <translation>Warten auf das Auto…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="237"/>
        <source>Tyres &amp; temperatures</source>
        <translation>Reifen &amp; Temperaturen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="256"/>
        <source>Cabin</source>
        <translation>Innen</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="258"/>
        <source>Motor</source>
        <translation>Motor</translation>
    </message>
</context>
<context>
    <name>dtc</name>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="10"/>
        <source>Mass or Volume Air Flow Circuit Malfunction</source>
        <translation>Luftmassen-/Luftmengenmesser, Stromkreis: Fehlfunktion</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="11"/>
        <source>Mass or Volume Air Flow Circuit Range/Performance Problem</source>
        <translation>Luftmassen-/Luftmengenmesser, Stromkreis: Bereichs-/Funktionsproblem</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="12"/>
        <source>Intake Air Temperature Circuit High Input</source>
        <translation>Ansauglufttemperatur, Stromkreis: Signal zu hoch</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="13"/>
        <source>Engine Coolant Temperature Circuit Low Input</source>
        <translation>Kühlmitteltemperatur, Stromkreis: Signal zu niedrig</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="14"/>
        <source>Coolant Thermostat (Coolant Temperature Below Thermostat Regulating Temperature)</source>
        <translation>Kühlmittelthermostat (Kühlmitteltemperatur unter Regeltemperatur des Thermostats)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="15"/>
        <source>O2 Sensor Heater Circuit Malfunction (Bank 1 Sensor 1)</source>
        <translation>Lambdasonde, Heizkreis: Fehlfunktion (Bank 1 Sonde 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="16"/>
        <source>System Too Lean (Bank 1)</source>
        <translation>Gemisch zu mager (Bank 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="17"/>
        <source>System Too Rich (Bank 1)</source>
        <translation>Gemisch zu fett (Bank 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="18"/>
        <source>Random/Multiple Cylinder Misfire Detected</source>
        <translation>Zufällige/mehrfache Fehlzündungen erkannt</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="19"/>
        <source>Cylinder 1 Misfire Detected</source>
        <translation>Fehlzündung Zylinder 1 erkannt</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="20"/>
        <source>Crankshaft Position Sensor A Circuit Malfunction</source>
        <translation>Kurbelwellensensor A, Stromkreis: Fehlfunktion</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="21"/>
        <source>Camshaft Position Sensor Circuit Malfunction</source>
        <translation>Nockenwellensensor, Stromkreis: Fehlfunktion</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="22"/>
        <source>Exhaust Gas Recirculation Flow Insufficient Detected</source>
        <translation>Abgasrückführung: Durchfluss zu gering</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="23"/>
        <source>Catalyst System Efficiency Below Threshold (Bank 1)</source>
        <translation>Katalysator: Wirkungsgrad unter Schwellwert (Bank 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="24"/>
        <source>Evaporative Emission Control System Malfunction</source>
        <translation>Tankentlüftungssystem: Fehlfunktion</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="25"/>
        <source>Evaporative Emission Control System Leak Detected (small leak)</source>
        <translation>Tankentlüftungssystem: Leck erkannt (kleines Leck)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="26"/>
        <source>Evaporative Emission Control System Leak Detected (gross leak)</source>
        <translation>Tankentlüftungssystem: Leck erkannt (grosses Leck)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="27"/>
        <source>Vehicle Speed Sensor Malfunction</source>
        <translation>Geschwindigkeitssensor: Fehlfunktion</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="28"/>
        <source>System Voltage Malfunction</source>
        <translation>Systemspannung: Fehlfunktion</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="29"/>
        <source>System Voltage Low</source>
        <translation>Systemspannung zu niedrig</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="30"/>
        <source>System Voltage High</source>
        <translation>Systemspannung zu hoch</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="31"/>
        <source>Serial Communication Link Malfunction</source>
        <translation>Serielle Kommunikationsverbindung: Fehlfunktion</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="32"/>
        <source>Internal Control Module Keep Alive Memory (KAM) Error</source>
        <translation>Steuergerät intern: Fehler Dauerspeicher (KAM)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="33"/>
        <source>Internal Control Module Read Only Memory (ROM) Error</source>
        <translation>Steuergerät intern: Fehler Festwertspeicher (ROM)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="34"/>
        <source>Transmission Control System Malfunction</source>
        <translation>Getriebesteuerung: Fehlfunktion</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="35"/>
        <source>High Voltage System Interlock Circuit</source>
        <translation>Hochvoltsystem: Sicherheitskreis (Interlock)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="36"/>
        <source>Engine Failed to Start</source>
        <translation>Antrieb startet nicht</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="37"/>
        <source>Battery Energy Control Module</source>
        <translation>Batteriemanagement-Steuergerät</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="38"/>
        <source>Drive Motor A Temperature Sensor Circuit</source>
        <translation>Antriebsmotor A: Stromkreis Temperatursensor</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="39"/>
        <source>Drive Motor A Over Temperature</source>
        <translation>Antriebsmotor A: Übertemperatur</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="40"/>
        <source>Drive Motor A Position Sensor Circuit</source>
        <translation>Antriebsmotor A: Stromkreis Positionssensor</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="41"/>
        <source>Drive Motor A Inverter Performance</source>
        <translation>Antriebsmotor A: Funktionsproblem Wechselrichter</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="42"/>
        <source>Hybrid/EV Battery Pack Over Temperature</source>
        <translation>Hybrid-/EV-Akku: Übertemperatur</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="43"/>
        <source>Hybrid/EV Battery Pack Deterioration</source>
        <translation>Hybrid-/EV-Akku: Alterung</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="44"/>
        <source>Replace Hybrid/EV Battery Pack</source>
        <translation>Hybrid-/EV-Akku ersetzen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="45"/>
        <source>DC/DC Converter Performance</source>
        <translation>DC/DC-Wandler: Funktionsproblem</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="46"/>
        <source>Hybrid/EV Battery Positive Contactor Circuit Stuck Closed</source>
        <translation>Hybrid-/EV-Akku: Plus-Schütz klemmt geschlossen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="47"/>
        <source>Hybrid/EV Battery Negative Contactor Circuit Stuck Closed</source>
        <translation>Hybrid-/EV-Akku: Minus-Schütz klemmt geschlossen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="48"/>
        <source>Hybrid/EV Battery Voltage System Isolation Fault</source>
        <translation>Hybrid-/EV-Akku: Isolationsfehler Hochvoltsystem</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="49"/>
        <source>Hybrid/EV Battery System Voltage Low</source>
        <translation>Hybrid-/EV-Akku: Systemspannung zu niedrig</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="50"/>
        <source>Left Front Wheel Speed Sensor Circuit</source>
        <translation>Raddrehzahlsensor vorne links: Stromkreis</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="51"/>
        <source>Right Front Wheel Speed Sensor Circuit</source>
        <translation>Raddrehzahlsensor vorne rechts: Stromkreis</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="52"/>
        <source>Left Rear Wheel Speed Sensor Circuit</source>
        <translation>Raddrehzahlsensor hinten links: Stromkreis</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="53"/>
        <source>Right Rear Wheel Speed Sensor Circuit</source>
        <translation>Raddrehzahlsensor hinten rechts: Stromkreis</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="54"/>
        <source>Driver Frontal Stage 1 Deployment Control</source>
        <translation>Fahrer-Frontairbag Stufe 1: Auslösesteuerung</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="55"/>
        <source>High Speed CAN Communication Bus</source>
        <translation>High-Speed-CAN-Kommunikationsbus</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="56"/>
        <source>Control Module Communication Bus A Off</source>
        <translation>Steuergeräte-Kommunikationsbus A aus</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="57"/>
        <source>Lost Communication With ECM/PCM A</source>
        <translation>Keine Kommunikation mit ECM/PCM A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="58"/>
        <source>Lost Communication With TCM</source>
        <translation>Keine Kommunikation mit TCM</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="59"/>
        <source>Lost Communication With Battery Energy Control Module A</source>
        <translation>Keine Kommunikation mit Batteriemanagement-Steuergerät A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="60"/>
        <source>Lost Communication With Anti-Lock Brake System (ABS) Control Module</source>
        <translation>Keine Kommunikation mit ABS-Steuergerät</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="61"/>
        <source>Lost Communication With Body Control Module</source>
        <translation>Keine Kommunikation mit Karosserie-Steuergerät</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="62"/>
        <source>Lost Communication With Instrument Panel Cluster (IPC) Control Module</source>
        <translation>Keine Kommunikation mit Kombiinstrument (IPC)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="63"/>
        <source>Lost Communication With Hybrid Powertrain Control Module</source>
        <translation>Keine Kommunikation mit Hybrid-Antriebssteuergerät</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="64"/>
        <source>Have the vehicle checked at a service centre soon</source>
        <translation>Fahrzeug bald in einer Werkstatt prüfen lassen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="65"/>
        <source>Have the vehicle checked at a service centre</source>
        <translation>Fahrzeug in einer Werkstatt prüfen lassen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="66"/>
        <source>Have the 12 V battery checked soon</source>
        <translation>12-V-Batterie bald prüfen lassen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="67"/>
        <source>Stop safely now. Do not touch high-voltage parts; call for assistance</source>
        <translation>Jetzt sicher anhalten. Keine Hochvoltteile berühren; Pannenhilfe rufen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="68"/>
        <source>Stop safely now and let the motor cool down</source>
        <translation>Jetzt sicher anhalten und den Motor abkühlen lassen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="69"/>
        <source>Stop safely now and call for assistance</source>
        <translation>Jetzt sicher anhalten und Pannenhilfe rufen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="70"/>
        <source>Have the high-voltage battery checked at a service centre</source>
        <translation>Hochvoltakku in einer Werkstatt prüfen lassen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="71"/>
        <source>Have the 12 V supply checked soon; avoid long trips</source>
        <translation>12-V-Bordnetz bald prüfen lassen; lange Fahrten vermeiden</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="72"/>
        <source>ABS may be unavailable: drive with care and have it checked</source>
        <translation>ABS evtl. nicht verfügbar: vorsichtig fahren und prüfen lassen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="73"/>
        <source>Airbag may not deploy: have it checked at a service centre</source>
        <translation>Airbag löst evtl. nicht aus: in einer Werkstatt prüfen lassen</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="73"/>
        <source>Continue onto {street}</source>
        <extracomment>``router(origin, destination, metric, heading) -&gt; Route`` (raises RoutingError): how guidance reroutes</extracomment>
        <translation>Weiter auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="74"/>
        <source>Continue straight</source>
        <translation>Geradeaus weiterfahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="75"/>
        <source>In {distance}, continue onto {street}</source>
        <translation>In {distance} weiter auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="76"/>
        <source>In {distance}, continue straight</source>
        <translation>In {distance} geradeaus weiterfahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="79"/>
        <source>Bear left onto {street}</source>
        <translation>Halb links abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="80"/>
        <source>Bear left</source>
        <translation>Halb links abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="81"/>
        <source>In {distance}, bear left onto {street}</source>
        <translation>In {distance} halb links abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="82"/>
        <source>In {distance}, bear left</source>
        <translation>In {distance} halb links abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="85"/>
        <source>Bear right onto {street}</source>
        <translation>Halb rechts abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="86"/>
        <source>Bear right</source>
        <translation>Halb rechts abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="87"/>
        <source>In {distance}, bear right onto {street}</source>
        <translation>In {distance} halb rechts abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="88"/>
        <source>In {distance}, bear right</source>
        <translation>In {distance} halb rechts abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="91"/>
        <source>Turn left onto {street}</source>
        <translation>Links abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="92"/>
        <source>Turn left</source>
        <translation>Links abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="93"/>
        <source>In {distance}, turn left onto {street}</source>
        <translation>In {distance} links abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="94"/>
        <source>In {distance}, turn left</source>
        <translation>In {distance} links abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="97"/>
        <source>Turn right onto {street}</source>
        <translation>Rechts abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="98"/>
        <source>Turn right</source>
        <translation>Rechts abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="99"/>
        <source>In {distance}, turn right onto {street}</source>
        <translation>In {distance} rechts abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="100"/>
        <source>In {distance}, turn right</source>
        <translation>In {distance} rechts abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="103"/>
        <source>Turn sharp left onto {street}</source>
        <translation>Scharf links abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="104"/>
        <source>Turn sharp left</source>
        <translation>Scharf links abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="105"/>
        <source>In {distance}, turn sharp left onto {street}</source>
        <translation>In {distance} scharf links abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="106"/>
        <source>In {distance}, turn sharp left</source>
        <translation>In {distance} scharf links abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="109"/>
        <source>Turn sharp right onto {street}</source>
        <translation>Scharf rechts abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="110"/>
        <source>Turn sharp right</source>
        <translation>Scharf rechts abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="111"/>
        <source>In {distance}, turn sharp right onto {street}</source>
        <translation>In {distance} scharf rechts abbiegen auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="112"/>
        <source>In {distance}, turn sharp right</source>
        <translation>In {distance} scharf rechts abbiegen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="115"/>
        <source>Make a U-turn onto {street}</source>
        <translation>Wenden auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="116"/>
        <source>Make a U-turn</source>
        <translation>Wenden</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="117"/>
        <source>In {distance}, make a U-turn onto {street}</source>
        <translation>In {distance} wenden auf {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="118"/>
        <source>In {distance}, make a U-turn</source>
        <translation>In {distance} wenden</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="125"/>
        <source>At the roundabout, take the 1st exit onto {street}</source>
        <translation>Im Kreisverkehr die 1. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="126"/>
        <source>At the roundabout, take the 1st exit</source>
        <translation>Im Kreisverkehr die 1. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="127"/>
        <source>In {distance}, at the roundabout, take the 1st exit onto {street}</source>
        <translation>In {distance} im Kreisverkehr die 1. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="128"/>
        <source>In {distance}, at the roundabout, take the 1st exit</source>
        <translation>In {distance} im Kreisverkehr die 1. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="131"/>
        <source>At the roundabout, take the 2nd exit onto {street}</source>
        <translation>Im Kreisverkehr die 2. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="132"/>
        <source>At the roundabout, take the 2nd exit</source>
        <translation>Im Kreisverkehr die 2. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="133"/>
        <source>In {distance}, at the roundabout, take the 2nd exit onto {street}</source>
        <translation>In {distance} im Kreisverkehr die 2. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="134"/>
        <source>In {distance}, at the roundabout, take the 2nd exit</source>
        <translation>In {distance} im Kreisverkehr die 2. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="137"/>
        <source>At the roundabout, take the 3rd exit onto {street}</source>
        <translation>Im Kreisverkehr die 3. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="138"/>
        <source>At the roundabout, take the 3rd exit</source>
        <translation>Im Kreisverkehr die 3. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="139"/>
        <source>In {distance}, at the roundabout, take the 3rd exit onto {street}</source>
        <translation>In {distance} im Kreisverkehr die 3. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="140"/>
        <source>In {distance}, at the roundabout, take the 3rd exit</source>
        <translation>In {distance} im Kreisverkehr die 3. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="143"/>
        <source>At the roundabout, take the 4th exit onto {street}</source>
        <translation>Im Kreisverkehr die 4. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="144"/>
        <source>At the roundabout, take the 4th exit</source>
        <translation>Im Kreisverkehr die 4. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="145"/>
        <source>In {distance}, at the roundabout, take the 4th exit onto {street}</source>
        <translation>In {distance} im Kreisverkehr die 4. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="146"/>
        <source>In {distance}, at the roundabout, take the 4th exit</source>
        <translation>In {distance} im Kreisverkehr die 4. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="149"/>
        <source>At the roundabout, take the 5th exit onto {street}</source>
        <translation>Im Kreisverkehr die 5. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="150"/>
        <source>At the roundabout, take the 5th exit</source>
        <translation>Im Kreisverkehr die 5. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="151"/>
        <source>In {distance}, at the roundabout, take the 5th exit onto {street}</source>
        <translation>In {distance} im Kreisverkehr die 5. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="152"/>
        <source>In {distance}, at the roundabout, take the 5th exit</source>
        <translation>In {distance} im Kreisverkehr die 5. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="155"/>
        <source>At the roundabout, take the 6th exit onto {street}</source>
        <translation>Im Kreisverkehr die 6. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="156"/>
        <source>At the roundabout, take the 6th exit</source>
        <translation>Im Kreisverkehr die 6. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="157"/>
        <source>In {distance}, at the roundabout, take the 6th exit onto {street}</source>
        <translation>In {distance} im Kreisverkehr die 6. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="158"/>
        <source>In {distance}, at the roundabout, take the 6th exit</source>
        <translation>In {distance} im Kreisverkehr die 6. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="161"/>
        <source>At the roundabout, take the 7th exit onto {street}</source>
        <translation>Im Kreisverkehr die 7. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="162"/>
        <source>At the roundabout, take the 7th exit</source>
        <translation>Im Kreisverkehr die 7. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="163"/>
        <source>In {distance}, at the roundabout, take the 7th exit onto {street}</source>
        <translation>In {distance} im Kreisverkehr die 7. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="164"/>
        <source>In {distance}, at the roundabout, take the 7th exit</source>
        <translation>In {distance} im Kreisverkehr die 7. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="167"/>
        <source>At the roundabout, take the 8th exit onto {street}</source>
        <translation>Im Kreisverkehr die 8. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="168"/>
        <source>At the roundabout, take the 8th exit</source>
        <translation>Im Kreisverkehr die 8. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="169"/>
        <source>In {distance}, at the roundabout, take the 8th exit onto {street}</source>
        <translation>In {distance} im Kreisverkehr die 8. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="170"/>
        <source>In {distance}, at the roundabout, take the 8th exit</source>
        <translation>In {distance} im Kreisverkehr die 8. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="174"/>
        <source>At the roundabout, take exit {exit} onto {street}</source>
        <translation>Im Kreisverkehr die {exit}. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="175"/>
        <source>At the roundabout, take exit {exit}</source>
        <translation>Im Kreisverkehr die {exit}. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="176"/>
        <source>In {distance}, at the roundabout, take exit {exit} onto {street}</source>
        <translation>In {distance} im Kreisverkehr die {exit}. Ausfahrt auf {street} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="177"/>
        <source>In {distance}, at the roundabout, take exit {exit}</source>
        <translation>In {distance} im Kreisverkehr die {exit}. Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="183"/>
        <source>Head north on {street}</source>
        <extracomment>Departure, one (named, unnamed) pair per compass direction: &quot;north&quot; is a different word inside each sentence in some languages (&quot;vers le nord&quot; / &quot;vers l&apos;est&quot;), so the direction is part of the sentence.</extracomment>
        <translation>Auf {street} Richtung Norden fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="183"/>
        <source>Head north</source>
        <translation>Richtung Norden fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="185"/>
        <source>Head northeast on {street}</source>
        <translation>Auf {street} Richtung Nordosten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="186"/>
        <source>Head northeast</source>
        <translation>Richtung Nordosten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="188"/>
        <source>Head east on {street}</source>
        <translation>Auf {street} Richtung Osten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="188"/>
        <source>Head east</source>
        <translation>Richtung Osten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="190"/>
        <source>Head southeast on {street}</source>
        <translation>Auf {street} Richtung Südosten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="191"/>
        <source>Head southeast</source>
        <translation>Richtung Südosten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="193"/>
        <source>Head south on {street}</source>
        <translation>Auf {street} Richtung Süden fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="193"/>
        <source>Head south</source>
        <translation>Richtung Süden fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="195"/>
        <source>Head southwest on {street}</source>
        <translation>Auf {street} Richtung Südwesten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="196"/>
        <source>Head southwest</source>
        <translation>Richtung Südwesten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="198"/>
        <source>Head west on {street}</source>
        <translation>Auf {street} Richtung Westen fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="198"/>
        <source>Head west</source>
        <translation>Richtung Westen fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="200"/>
        <source>Head northwest on {street}</source>
        <translation>Auf {street} Richtung Nordwesten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="201"/>
        <source>Head northwest</source>
        <translation>Richtung Nordwesten fahren</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="206"/>
        <source>You have arrived at your destination</source>
        <extracomment>Arrival: reached (banner, &quot;now&quot;), ahead (the maneuver the banner shows before it) and with a distance lead-in.</extracomment>
        <translation>Sie haben Ihr Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="207"/>
        <source>Arrive at your destination</source>
        <translation>Ankunft am Ziel</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="208"/>
        <source>In {distance}, you will arrive at your destination</source>
        <translation>In {distance} erreichen Sie Ihr Ziel</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="213"/>
        <source>Take exit {exit} towards {towards}</source>
        <translation>Ausfahrt {exit} Richtung {towards} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="214"/>
        <source>Take exit {exit}</source>
        <translation>Ausfahrt {exit} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="215"/>
        <source>In {distance}, take exit {exit} towards {towards}</source>
        <translation>In {distance} Ausfahrt {exit} Richtung {towards} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="216"/>
        <source>In {distance}, take exit {exit}</source>
        <translation>In {distance} Ausfahrt {exit} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="219"/>
        <source>Take the exit towards {towards}</source>
        <translation>Ausfahrt Richtung {towards} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="220"/>
        <source>Take the exit</source>
        <translation>Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="221"/>
        <source>In {distance}, take the exit towards {towards}</source>
        <translation>In {distance} Ausfahrt Richtung {towards} nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="222"/>
        <source>In {distance}, take the exit</source>
        <translation>In {distance} Ausfahrt nehmen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="225"/>
        <source>Exit {exit}: {towards}</source>
        <extracomment>The sign panel of a motorway exit: {exit} is the junction number, {towards} the signposted destinations.</extracomment>
        <translation>Ausfahrt {exit}: {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="226"/>
        <source>Exit {exit}</source>
        <translation>Ausfahrt {exit}</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <location filename="../../hmi/health/alerts.py" line="32"/>
        <source>Check tyre pressure at the next stop</source>
        <translation>Reifendruck beim nächsten Halt prüfen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="33"/>
        <source>Stop safely now</source>
        <translation>Jetzt sicher anhalten</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="34"/>
        <location filename="../../hmi/health/dtc.py" line="33"/>
        <source>Have the vehicle checked at a service centre</source>
        <translation>Fahrzeug in einer Werkstatt prüfen lassen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="35"/>
        <source>Book a service: the nearest service centres are listed</source>
        <translation>Service buchen: die nächstgelegenen Werkstätten sind aufgelistet</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="36"/>
        <source>Have the 12 V battery checked; avoid leaving the car unused for long</source>
        <translation>12-V-Batterie prüfen lassen; das Auto nicht lange unbenutzt stehen lassen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="37"/>
        <source>Drive gently to let it cool down</source>
        <translation>Sanft fahren, damit die Temperatur sinkt</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="38"/>
        <source>Have the sensor checked at the next service</source>
        <translation>Sensor beim nächsten Service prüfen lassen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="39"/>
        <source>{label} pressure low ({value})</source>
        <translation>{label}: Druck niedrig ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="40"/>
        <source>{label} pressure very low ({value})</source>
        <translation>{label}: Druck sehr niedrig ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="41"/>
        <source>{label} pressure low (tyre monitor)</source>
        <translation>{label}: Druck niedrig (Reifendruckkontrolle)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="42"/>
        <source>12 V battery voltage low ({value})</source>
        <translation>Spannung 12-V-Batterie niedrig ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="43"/>
        <source>12 V battery voltage very low ({value})</source>
        <translation>Spannung 12-V-Batterie sehr niedrig ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="44"/>
        <source>Motor temperature high ({value})</source>
        <translation>Motortemperatur hoch ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="45"/>
        <source>Motor overheating ({value})</source>
        <translation>Motor überhitzt ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="46"/>
        <source>High-voltage battery hot ({value})</source>
        <translation>Hochvoltakku heiss ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="47"/>
        <source>High-voltage battery overheating ({value})</source>
        <translation>Hochvoltakku überhitzt ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="48"/>
        <source>High-voltage battery capacity reduced ({value})</source>
        <translation>Kapazität Hochvoltakku verringert ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="49"/>
        <source>Service recommended (in {value})</source>
        <translation>Service empfohlen (in {value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="50"/>
        <source>Service overdue by {overdue}</source>
        <translation>Service seit {overdue} überfällig</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="51"/>
        <source>{label} not reporting</source>
        <translation>{label}: keine Daten</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="53"/>
        <source>{text} ({code})</source>
        <extracomment>a trouble code&apos;s alert: the words first, the code after them for the workshop (&quot;… (P0AA6)&quot;)</extracomment>
        <translation>{text} ({code})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="32"/>
        <source>Unknown code {code}</source>
        <translation>Unbekannter Code {code}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="34"/>
        <source>Powertrain</source>
        <translation>Antrieb</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="35"/>
        <source>Chassis</source>
        <translation>Fahrwerk</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="36"/>
        <source>Body</source>
        <translation>Karosserie</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="37"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="56"/>
        <source>{tyre} at {reading}</source>
        <translation>{tyre} bei {reading}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="57"/>
        <source>{subject}, losing ~{rate}/day — below safe pressure {when}</source>
        <translation>{subject} verliert ~{rate}/Tag — {when} unter sicherem Druck</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="58"/>
        <source>{subject}, losing ~{rate}/day — already below safe pressure</source>
        <translation>{subject} verliert ~{rate}/Tag — bereits unter sicherem Druck</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="59"/>
        <source>{subject}, pressure steady</source>
        <translation>{subject}: Druck stabil</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="60"/>
        <source>{subject}, no clear pressure trend yet</source>
        <translation>{subject}: noch kein klarer Drucktrend</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="61"/>
        <source>{cold} at {t_ref}. {basis}</source>
        <translation>{cold} bei {t_ref}. {basis}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="62"/>
        <source>12 V battery resting voltage falling ~{rate:g} V/week — replace soon (below {threshold:.1f} V {when})</source>
        <translation>Ruhespannung 12-V-Batterie sinkt ~{rate:g} V/Woche — bald ersetzen (unter {threshold:.1f} V {when})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="66"/>
        <source>12 V battery resting voltage {level:.2f} V and falling — replace soon</source>
        <translation>Ruhespannung 12-V-Batterie {level:.2f} V und sinkend — bald ersetzen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="69"/>
        <source>12 V battery resting voltage steady at {level:.2f} V</source>
        <translation>Ruhespannung 12-V-Batterie stabil bei {level:.2f} V</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="70"/>
        <source>12 V battery resting voltage {level:.2f} V, no clear trend yet</source>
        <translation>Ruhespannung 12-V-Batterie {level:.2f} V, noch kein klarer Trend</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="71"/>
        <source>High-voltage battery health {level:.0f} % now, about {projected:.0f} % in 12 months</source>
        <translation>Zustand Hochvoltakku jetzt {level:.0f} %, in 12 Monaten etwa {projected:.0f} %</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="74"/>
        <source>High-voltage battery health {level:.0f} % now, {low:.0f}–{high:.0f} % in 12 months</source>
        <translation>Zustand Hochvoltakku jetzt {level:.0f} %, in 12 Monaten {low:.0f}–{high:.0f} %</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="77"/>
        <source>High-voltage battery health steady at {level:.0f} %</source>
        <translation>Zustand Hochvoltakku stabil bei {level:.0f} %</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="78"/>
        <source>High-voltage battery health {level:.0f} %, no clear trend yet</source>
        <translation>Zustand Hochvoltakku {level:.0f} %, noch kein klarer Trend</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="79"/>
        <source>Service due {when} ({distance} at ~{rate}/day)</source>
        <translation>Service fällig {when} ({distance} bei ~{rate}/Tag)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="80"/>
        <source>Service overdue by {distance}</source>
        <translation>Service seit {distance} überfällig</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="81"/>
        <source>Service in {distance}; the car is hardly driven, so no date can be given</source>
        <translation>Service in {distance}; das Auto wird kaum gefahren, daher ist kein Datum möglich</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="84"/>
        <source>Based on {days:.0f} days of data, {n} readings; {confidence} confidence (±{halfwidth}/day)</source>
        <translation>Basierend auf Daten von {days:.0f} Tagen, {n} Messwerte; Zuverlässigkeit {confidence} (±{halfwidth}/Tag)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="87"/>
        <source>Based on {days:.0f} days of data, {n} readings; {confidence} confidence</source>
        <translation>Basierend auf Daten von {days:.0f} Tagen, {n} Messwerte; Zuverlässigkeit {confidence}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="90"/>
        <source>Not enough data yet: {days:.1f} of {need_days:.0f} days, {n} of {need_n} readings</source>
        <translation>Noch zu wenig Daten: {days:.1f} von {need_days:.0f} Tagen, {n} von {need_n} Messwerten</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="93"/>
        <source>Readings too irregular for a prediction (scatter ±{sigma})</source>
        <translation>Messwerte zu unregelmässig für eine Prognose (Streuung ±{sigma})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="94"/>
        <source>Trend too uncertain for a prediction yet (±{halfwidth}/day)</source>
        <translation>Trend noch zu unsicher für eine Prognose (±{halfwidth}/Tag)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="95"/>
        <source>Readings drift too slowly to tell a trend yet</source>
        <translation>Messwerte schwanken zu langsam, um schon einen Trend zu erkennen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="96"/>
        <source>No current reading</source>
        <translation>Kein aktueller Messwert</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="97"/>
        <source>in about a day</source>
        <translation>in etwa einem Tag</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="98"/>
        <source>in about {n} days</source>
        <translation>in etwa {n} Tagen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="99"/>
        <source>within a day</source>
        <translation>innerhalb eines Tages</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="100"/>
        <source>within {n} days</source>
        <translation>innerhalb von {n} Tagen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="101"/>
        <source>in {low}–{high} days</source>
        <translation>in {low}–{high} Tagen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="102"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="103"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="104"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="109"/>
        <source>Front-left tyre</source>
        <translation>Reifen vorne links</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="110"/>
        <source>Front-right tyre</source>
        <translation>Reifen vorne rechts</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="111"/>
        <source>Rear-left tyre</source>
        <translation>Reifen hinten links</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="112"/>
        <source>Rear-right tyre</source>
        <translation>Reifen hinten rechts</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="93"/>
        <source>All systems OK</source>
        <translation>Alle Systeme OK</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="94"/>
        <source>Waiting for vehicle data</source>
        <translation>Warten auf Fahrzeugdaten</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="95"/>
        <source>{tyre} pressure sensor</source>
        <translation>Drucksensor {tyre}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="96"/>
        <source>12 V battery</source>
        <translation>12-V-Batterie</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="30"/>
        <source>Repair shop</source>
        <translation>Werkstatt</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="31"/>
        <source>Car dealer</source>
        <translation>Autohaus</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="32"/>
        <source>Tyre service</source>
        <translation>Reifenservice</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="33"/>
        <source>Unnamed garage</source>
        <translation>Werkstatt ohne Namen</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="34"/>
        <source>{brand} garage</source>
        <translation>Werkstatt {brand}</translation>
    </message>
</context>
<context>
    <name>link</name>
    <message>
        <location filename="../../hmi/link/client.py" line="139"/>
        <source>Broker unreachable — retrying</source>
        <translation>Broker nicht erreichbar — neuer Versuch</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="140"/>
        <source>Connecting to the vehicle</source>
        <translation>Verbindung zum Fahrzeug wird hergestellt</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="141"/>
        <source>Vehicle agent offline</source>
        <translation>Fahrzeug-Agent offline</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="142"/>
        <source>Waiting for the vehicle agent</source>
        <translation>Warten auf den Fahrzeug-Agenten</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="143"/>
        <source>No data from the vehicle</source>
        <translation>Keine Daten vom Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="144"/>
        <source>The car&apos;s clock does not match this screen&apos;s</source>
        <translation>Die Uhr des Autos weicht von der dieses Bildschirms ab</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="145"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="148"/>
        <source>{reason} · {age}</source>
        <extracomment>The banner&apos;s status line and how old the values on screen are: &quot;Vehicle agent offline · last known 3 h ago&quot;.</extracomment>
        <translation>{reason} · {age}</translation>
    </message>
    <message>
        <location filename="../../hmi/link/commands.py" line="16"/>
        <source>No answer from the car</source>
        <translation>Keine Antwort vom Auto</translation>
    </message>
    <message>
        <location filename="../../hmi/link/commands.py" line="17"/>
        <source>Not connected to the car</source>
        <translation>Nicht mit dem Auto verbunden</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="57"/>
        <source>Waiting for current data from the car</source>
        <extracomment>Shown where the HMI refuses to decide (install an update, unlock typing, warm the battery) because the car&apos;s latest values are too old or the car is not connected.</extracomment>
        <translation>Warten auf aktuelle Daten vom Auto</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="62"/>
        <source>last known {age} ago</source>
        <extracomment>How old the values on screen are, after the link&apos;s status: &quot;last known 3 h ago&quot;. {age} is e.g. &quot;3 h&quot;.</extracomment>
        <translation>zuletzt bekannt vor {age}</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="66"/>
        <source>{n} d</source>
        <extracomment>an age in whole days, abbreviated (&quot;2 d&quot;)</extracomment>
        <translation>{n} T.</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="67"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="68"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="69"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="57"/>
        <source>No map loaded</source>
        <extracomment>Texts painted on the map when there is none to draw.</extracomment>
        <translation>Keine Karte geladen</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="58"/>
        <source>Map unavailable</source>
        <translation>Karte nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="59"/>
        <source>Map folder not found: {path}</source>
        <translation>Kartenordner nicht gefunden: {path}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="60"/>
        <source>{path}: cannot read the map ({error})</source>
        <translation>{path}: Karte nicht lesbar ({error})</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../../hmi/nav/session.py" line="33"/>
        <source>The car&apos;s position is outside the offline map ({region})</source>
        <translation>Die Position des Autos liegt ausserhalb der Offline-Karte ({region})</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="34"/>
        <source>The destination is outside the offline map ({region})</source>
        <translation>Das Ziel liegt ausserhalb der Offline-Karte ({region})</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="35"/>
        <source>The car is too far from a road on the offline map</source>
        <translation>Das Auto ist zu weit von einer Strasse der Offline-Karte entfernt</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="36"/>
        <source>The destination is too far from a road on the offline map</source>
        <translation>Das Ziel ist zu weit von einer Strasse der Offline-Karte entfernt</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="37"/>
        <source>The destination cannot be reached by road from here: it is not connected to the start</source>
        <translation>Das Ziel ist von hier aus nicht auf der Strasse erreichbar: keine Verbindung zum Start</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="40"/>
        <source>No drivable route between start and destination</source>
        <translation>Keine befahrbare Route zwischen Start und Ziel</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="41"/>
        <source>The position is not valid</source>
        <translation>Die Position ist ungültig</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="42"/>
        <location filename="../../hmi/ui/nav_model.py" line="72"/>
        <source>The route could not be planned</source>
        <translation>Die Route konnte nicht geplant werden</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="44"/>
        <source>Rerouting failed: {reason}</source>
        <translation>Neuberechnung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="54"/>
        <source>No offline map is installed. Build one with: {command}</source>
        <extracomment>Guidance runs at most this often (the position arrives at 10 Hz). hmi/navigation/active is refreshed this often while guiding (ETA drifts). Screen messages of the Navigate page (context &quot;nav&quot;; route instructions are in ``hmi.nav.guidance``).</extracomment>
        <translation>Keine Offline-Karte installiert. Erstellen mit: {command}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="55"/>
        <source>No offline map is installed at {path}. Build one with: {command}</source>
        <translation>Keine Offline-Karte unter {path} installiert. Erstellen mit: {command}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="56"/>
        <source>Loading the offline map…</source>
        <translation>Offline-Karte wird geladen…</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="57"/>
        <source>The offline map cannot be used: {reason}</source>
        <translation>Die Offline-Karte kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="58"/>
        <source>Route recalculated</source>
        <translation>Route neu berechnet</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="59"/>
        <source>You have arrived at {name}</source>
        <translation>Sie haben {name} erreicht</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="60"/>
        <source>Search is locked while driving: pick a recent or favourite destination</source>
        <translation>Suche während der Fahrt gesperrt: ein letztes Ziel oder einen Favoriten wählen</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="61"/>
        <source>Saved as Home</source>
        <translation>Als Zuhause gespeichert</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="62"/>
        <source>Saved as Work</source>
        <translation>Als Arbeit gespeichert</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="64"/>
        <source>To set Home: search for it, start the route, then tap the house on the trip bar</source>
        <extracomment>after a tap on &quot;Set home&quot; (no Home saved yet): how to save one</extracomment>
        <translation>Zuhause festlegen: danach suchen, die Route starten und dann auf das Haus in der Routenleiste tippen</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="67"/>
        <source>To set Work: search for it, start the route, then tap the briefcase on the trip bar</source>
        <translation>Arbeit festlegen: danach suchen, die Route starten und dann auf die Aktentasche in der Routenleiste tippen</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="70"/>
        <source>The car&apos;s position is not known yet</source>
        <translation>Die Position des Autos ist noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="71"/>
        <source>Planning the route to {name}…</source>
        <translation>Route zu {name} wird geplant…</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="73"/>
        <source>No feasible trip</source>
        <translation>Keine machbare Fahrt</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="74"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>ota</name>
    <message>
        <location filename="../../hmi/updates/texts.py" line="25"/>
        <source>Checking the car&apos;s software</source>
        <extracomment>Idle headline until ``selfupdate/currentstate`` has told us what is installed.</extracomment>
        <translation>Software des Autos wird geprüft</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="27"/>
        <source>Last checked {day} {time}</source>
        <extracomment>When the car last reported its software (its current state), e.g. &quot;Last checked Monday 14:05&quot;.</extracomment>
        <translation>Zuletzt geprüft am {day} um {time}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="29"/>
        <source>Not checked yet: waiting for the car to report its software</source>
        <extracomment>Before the car has reported its software at all.</extracomment>
        <translation>Noch nicht geprüft: Warten, bis das Auto seine Software meldet</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="32"/>
        <source>Your software is up to date</source>
        <extracomment>Short headline per machine state (``State.value``), for the page title and the status bar.</extracomment>
        <translation>Ihre Software ist aktuell</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="33"/>
        <location filename="../../hmi/updates/texts.py" line="34"/>
        <source>Software update available</source>
        <translation>Software-Update verfügbar</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="35"/>
        <source>Downloading update</source>
        <translation>Update wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="36"/>
        <source>Update ready to install</source>
        <translation>Update bereit zur Installation</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="37"/>
        <source>Update scheduled</source>
        <translation>Update geplant</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="38"/>
        <source>Update waiting</source>
        <translation>Update wartet</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="39"/>
        <source>Installing update</source>
        <translation>Update wird installiert</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="40"/>
        <source>Restart to finish the update</source>
        <translation>Neustart zum Abschliessen des Updates</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="41"/>
        <source>Restarting</source>
        <translation>Neustart läuft</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="42"/>
        <source>Update installed</source>
        <translation>Update installiert</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="43"/>
        <source>Update failed</source>
        <translation>Update fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="44"/>
        <source>Update declined</source>
        <translation>Update abgelehnt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="48"/>
        <source>As published by the car&apos;s maker, not translated</source>
        <extracomment>Under the release notes in a language other than English: the agent&apos;s notes are shown as it sent them.</extracomment>
        <translation>Wie vom Hersteller veröffentlicht, nicht übersetzt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="52"/>
        <source>vehicle data is not available</source>
        <translation>keine Fahrzeugdaten verfügbar</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="54"/>
        <source>there is no current data from the car</source>
        <extracomment>a reason, after &quot;Can&apos;t restart now: …&quot;: the car&apos;s latest values are too old or the car is not connected</extracomment>
        <translation>es liegen keine aktuellen Daten vom Auto vor</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="55"/>
        <source>the car is moving</source>
        <translation>das Auto fährt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="56"/>
        <source>the car is not in Park</source>
        <translation>das Auto ist nicht in Parkstellung</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="57"/>
        <source>the battery is below {soc}</source>
        <translation>der Ladestand liegt unter {soc}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="59"/>
        <source>{first} and {rest}</source>
        <extracomment>Joins the last two reasons (&quot;the car is moving and the battery is below 30 %&quot;).</extracomment>
        <translation>{first} und {rest}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="61"/>
        <source>{first}, {rest}</source>
        <extracomment>Joins a reason to the rest of a list of three or more (&quot;A, B and C&quot;).</extracomment>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="62"/>
        <source>Waiting: {reasons}</source>
        <translation>Wartet: {reasons}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="63"/>
        <source>Can&apos;t restart now: {reasons}</source>
        <translation>Neustart jetzt nicht möglich: {reasons}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="64"/>
        <source>Can&apos;t restore the previous version now: {reasons}</source>
        <translation>Vorherige Version jetzt nicht wiederherstellbar: {reasons}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="65"/>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="66"/>
        <source>the battery reached {soc}</source>
        <translation>Ladestand {soc} erreicht</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="67"/>
        <source>vehicle data arrived</source>
        <translation>Fahrzeugdaten empfangen</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="68"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="69"/>
        <source>Waited until {conditions}, installing now</source>
        <translation>Bedingungen erfüllt ({conditions}), Installation startet jetzt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="72"/>
        <source>Software update {version} is available</source>
        <translation>Software-Update {version} ist verfügbar</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="73"/>
        <source>Software update {version} is ready to install</source>
        <translation>Software-Update {version} ist bereit zur Installation</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="74"/>
        <source>No news from the update service; checking its state</source>
        <translation>Keine Rückmeldung vom Update-Dienst; Status wird geprüft</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="75"/>
        <source>Pick a time within the next 14 days</source>
        <translation>Wählen Sie eine Zeit innerhalb der nächsten 14 Tage</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="76"/>
        <source>Update scheduled for {day} {time}</source>
        <translation>Update geplant für {day}, {time}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="77"/>
        <source>We&apos;ll remind you at the end of your next drive</source>
        <translation>Wir erinnern Sie am Ende Ihrer nächsten Fahrt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="78"/>
        <source>Update {version} declined</source>
        <translation>Update {version} abgelehnt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="79"/>
        <source>Restarting as soon as the update manager is ready</source>
        <translation>Neustart, sobald der Update-Manager bereit ist</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="80"/>
        <source>Restoring the previous version…</source>
        <translation>Vorherige Version wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="81"/>
        <source>Your car is back on version {version}</source>
        <translation>Ihr Auto nutzt wieder Version {version}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="82"/>
        <source>Update {version} installed. See what&apos;s new</source>
        <translation>Update {version} installiert. Neuerungen ansehen</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="83"/>
        <source>Restart to finish the update (takes about a minute, the car can&apos;t be driven)</source>
        <translation>Neustart zum Abschliessen des Updates (dauert etwa eine Minute, das Auto kann nicht gefahren werden)</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="86"/>
        <source>Not connected to the car: nothing was sent. Try again when the connection is back.</source>
        <translation>Keine Verbindung zum Auto: Es wurde nichts gesendet. Versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="92"/>
        <source>The update could not be prepared. Nothing was changed in your car.</source>
        <translation>Das Update konnte nicht vorbereitet werden. An Ihrem Auto wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="93"/>
        <source>The download failed. Nothing was changed in your car.</source>
        <translation>Der Download ist fehlgeschlagen. An Ihrem Auto wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="94"/>
        <source>The update could not be installed. Your car keeps running the current version.</source>
        <translation>Das Update konnte nicht installiert werden. Ihr Auto nutzt weiterhin die aktuelle Version.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="97"/>
        <source>The new software did not start. Your car returns to the previous version.</source>
        <translation>Die neue Software ist nicht gestartet. Ihr Auto kehrt zur vorherigen Version zurück.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="99"/>
        <source>The update did not complete.</source>
        <translation>Das Update wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="101"/>
        <source>{failure} ({detail})</source>
        <extracomment>A failure sentence with the agent&apos;s own (untranslated) detail after it.</extracomment>
        <translation>{failure} ({detail})</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="102"/>
        <source>{failure} Your car is running version {version}.</source>
        <translation>{failure} Ihr Auto nutzt Version {version}.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="105"/>
        <source>Installs {day} {time}</source>
        <translation>Installation am {day} um {time}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="106"/>
        <source>Park the car with at least {soc} battery. The car can&apos;t be driven while the update installs.</source>
        <translation>Parken Sie das Auto mit mindestens {soc} Ladestand. Während der Installation kann das Auto nicht gefahren werden.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="109"/>
        <source>about {duration}</source>
        <translation>etwa {duration}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="111"/>
        <source>{size:.0f} B</source>
        <translation>{size:.0f} B</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="112"/>
        <source>{size:.1f} kB</source>
        <translation>{size:.1f} kB</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="113"/>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="114"/>
        <source>{size:.1f} GB</source>
        <translation>{size:.1f} GB</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="118"/>
        <source>Mon</source>
        <extracomment>Abbreviated weekday names, Monday first (``time.struct_time.tm_wday``), for &quot;Installs Tue 02:00&quot;.</extracomment>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="119"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="120"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="121"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="122"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="123"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="124"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>trip</name>
    <message>
        <location filename="../../hmi/nav/ev/chargers.py" line="34"/>
        <source>Charging station</source>
        <extracomment>the name shown for a charging station that has none in the map data</extracomment>
        <translation>Ladestation</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="59"/>
        <source>Start</source>
        <extracomment>the trip&apos;s starting point (a place name)</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="60"/>
        <location filename="../../hmi/ui/trip_model.py" line="76"/>
        <source>Destination</source>
        <extracomment>the name of a destination that has none</extracomment>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="62"/>
        <source>charger</source>
        <extracomment>stands for a charging station&apos;s name in a sentence when it has none</extracomment>
        <translation>Ladestation</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="63"/>
        <source>Starting below the {reserve} reserve</source>
        <translation>Start unter der Reserve von {reserve}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="65"/>
        <source>The way to the first charger uses part of the {reserve} reserve</source>
        <extracomment>a low start: the way to the first charger dips into the driver&apos;s reserve</extracomment>
        <translation>Der Weg zur ersten Ladestation nutzt einen Teil der Reserve von {reserve}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="66"/>
        <source>the destination cannot be reached by road from the start (not connected)</source>
        <translation>das Ziel ist vom Start aus nicht auf der Strasse erreichbar (keine Verbindung)</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="69"/>
        <source>no feasible sequence of charging stops</source>
        <translation>keine machbare Folge von Ladestopps</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="71"/>
        <source>{plugs}, ≥ {power}</source>
        <extracomment>charger filter: {plugs} plug names (&quot;CHAdeMO/Type 2&quot;), {power} the driver&apos;s minimum charger power</extracomment>
        <translation>{plugs}, ≥ {power}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="72"/>
        <source>destination out of range and no compatible charger ({filter}) on the map</source>
        <translation>Ziel ausser Reichweite und keine passende Ladestation ({filter}) auf der Karte</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="75"/>
        <source>the trip needs {need} and the battery has {soc}; no compatible charger ({filter}) on the map</source>
        <translation>die Fahrt braucht {need}, der Akku hat {soc}; keine passende Ladestation ({filter}) auf der Karte</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="78"/>
        <source>the trip cannot be driven on one charge and the battery has {soc}; no compatible charger ({filter}) on the map</source>
        <translation>die Fahrt ist mit einer Akkuladung nicht machbar, der Akku hat {soc}; keine passende Ladestation ({filter}) auf der Karte</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="83"/>
        <source>no compatible charger ({filter}) within a full battery&apos;s range of the start</source>
        <translation>keine passende Ladestation ({filter}) innerhalb der Reichweite eines vollen Akkus ab Start</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="86"/>
        <source>nearest compatible charger {distance} away, reachable {reachable}</source>
        <translation>nächste passende Ladestation {distance} entfernt, Reichweite nur {reachable}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="87"/>
        <source>destination cannot be reached from any reachable compatible charger</source>
        <translation>das Ziel ist von keiner erreichbaren passenden Ladestation aus erreichbar</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="90"/>
        <source>from {charger} the destination needs {need}, above the {limit} charge limit</source>
        <translation>ab {charger} sind bis zum Ziel {need} nötig, mehr als das Ladelimit von {limit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="93"/>
        <source>no sequence of compatible chargers reaches the destination with ≥ {arrival} (reserve {reserve})</source>
        <translation>keine Folge passender Ladestationen erreicht das Ziel mit ≥ {arrival} (Reserve {reserve})</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="97"/>
        <source>searched the {count} chargers nearest the route ({left_out} others not): a faster trip may exist</source>
        <extracomment>{count} chargers were searched, {left_out} more on the map were not</extracomment>
        <translation>die {count} Ladestationen am nächsten zur Route durchsucht ({left_out} weitere nicht): eine schnellere Fahrt ist nicht ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="101"/>
        <source>a slower road</source>
        <extracomment>stands for a road&apos;s name when the slower road the plan takes has none</extracomment>
        <translation>eine langsamere Straße</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="103"/>
        <source>via {road}: {slower} slower, saves a charging stop</source>
        <extracomment>why a leg is not on the fastest road: {road} its name, {slower} the extra driving time</extracomment>
        <translation>über {road}: {slower} langsamer, spart einen Ladestopp</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="105"/>
        <source>via {road}: {slower} slower, saves {count} charging stops</source>
        <extracomment>why a leg is not on the fastest road; {count} ≥ 2 charging stops saved</extracomment>
        <translation>über {road}: {slower} langsamer, spart {count} Ladestopps</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="106"/>
        <source>via {road}: {slower} slower, makes the trip possible</source>
        <translation>über {road}: {slower} langsamer, macht die Fahrt erst möglich</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="108"/>
        <source>via {road}: {slower} slower to drive, {saved} faster in all</source>
        <extracomment>{saved} is the time the whole trip saves (less charging) despite the slower road</extracomment>
        <translation>über {road}: {slower} längere Fahrzeit, insgesamt {saved} schneller</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="46"/>
        <source>+{duration}</source>
        <extracomment>after a replan: the trip now takes longer by {duration} (&quot;+14 min&quot;)</extracomment>
        <translation>+{duration}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="48"/>
        <source>−{duration}</source>
        <extracomment>after a replan: the trip is now shorter by {duration} (&quot;−3 min&quot;)</extracomment>
        <translation>−{duration}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="50"/>
        <source>same arrival time</source>
        <extracomment>after a replan: the arrival time did not change</extracomment>
        <translation>gleiche Ankunftszeit</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="52"/>
        <source>{first} and {second}</source>
        <extracomment>two charging station names</extracomment>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="53"/>
        <source>Added a charging stop at {names}, {delta}</source>
        <translation>Ladestopp bei {names} hinzugefügt, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="54"/>
        <source>Charging stop at {names} no longer needed, {delta}</source>
        <translation>Ladestopp bei {names} nicht mehr nötig, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="55"/>
        <source>Charging stop changed to {name}, {delta}</source>
        <translation>Ladestopp jetzt bei {name}, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="56"/>
        <source>Longer charge at {name} (to {soc}), {delta}</source>
        <translation>Längeres Laden bei {name} (auf {soc}), {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="57"/>
        <source>Shorter charge at {name} (to {soc}), {delta}</source>
        <translation>Kürzeres Laden bei {name} (auf {soc}), {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="58"/>
        <source>Route updated for the battery level, {delta}</source>
        <translation>Route an Ladestand angepasst, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="60"/>
        <source>Cannot reach {target} on this charge: {reason}</source>
        <extracomment>{target}: the next stop or the destination; {reason}: why no trip works (a sentence starting lower-case)</extracomment>
        <translation>{target} mit dieser Ladung nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="62"/>
        <source>Cannot reach the destination on this charge: {reason}</source>
        <extracomment>the destination has no name (a point picked on the map); {reason}: why no trip works (lower-case start)</extracomment>
        <translation>Ziel mit dieser Ladung nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="64"/>
        <source>no answer from the vehicle</source>
        <extracomment>battery preconditioning failed because</extracomment>
        <translation>keine Antwort vom Fahrzeug</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="66"/>
        <source>refused by the vehicle</source>
        <extracomment>battery preconditioning failed because</extracomment>
        <translation>vom Fahrzeug abgelehnt</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="74"/>
        <source>Current position</source>
        <extracomment>A wait shorter than this shows no spinner (most plans answer sooner; a flash of a spinner is noise). How long closing the model waits for a job that is past its last checkpoint. the trip&apos;s starting point: where the car is now</extracomment>
        <translation>Aktuelle Position</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="78"/>
        <source>invalid destination</source>
        <extracomment>why no trip could be planned (starts lower-case; shown after other text or capitalised)</extracomment>
        <translation>ungültiges Ziel</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="79"/>
        <source>no map loaded</source>
        <translation>keine Karte geladen</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="80"/>
        <source>waiting for the car&apos;s position and battery level</source>
        <translation>warten auf Position und Ladestand des Autos</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="81"/>
        <source>trip planning failed</source>
        <translation>Fahrtplanung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="83"/>
        <source>Route updated for your new charging settings</source>
        <extracomment>the EV settings changed during a trip and the route was planned again with them</extracomment>
        <translation>Route an Ihre neuen Ladeeinstellungen angepasst</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="85"/>
        <source>Your new charging settings cannot be met on this trip ({reason}): keeping the current route</source>
        <extracomment>the EV settings changed during a trip but no route satisfies them; {reason} starts lower-case</extracomment>
        <translation>Ihre neuen Ladeeinstellungen sind auf dieser Fahrt nicht umsetzbar ({reason}): aktuelle Route bleibt</translation>
    </message>
</context>
</TS>
