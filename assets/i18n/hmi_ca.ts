<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca">
<context>
    <name>AlertList</name>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="12"/>
        <source>No active alerts</source>
        <translation>Cap alerta activa</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="19"/>
        <source>Critical</source>
        <translation>Crític</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="19"/>
        <source>Warning</source>
        <translation>Avís</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="19"/>
        <source>Info</source>
        <translation>Informació</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="55"/>
        <source>%1 · seen</source>
        <comment>alert severity, acknowledged</comment>
        <translation>%1 · vista</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="107"/>
        <source>OK</source>
        <translation>D&apos;acord</translation>
    </message>
</context>
<context>
    <name>AlertOverlay</name>
    <message>
        <location filename="../../qml/panels/AlertOverlay.qml" line="109"/>
        <source>Details</source>
        <translation>Detalls</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertOverlay.qml" line="117"/>
        <source>OK</source>
        <translation>D&apos;acord</translation>
    </message>
</context>
<context>
    <name>ChargerCard</name>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="49"/>
        <source>estimated</source>
        <extracomment>tag next to a value taken from defaults because the charger data had none (adjective)</extracomment>
        <translation>estimat</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="95"/>
        <source>Charging station</source>
        <translation>Punt de recàrrega</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="18"/>
        <source>Fits your car: %1</source>
        <extracomment>%1: the charger&apos;s plugs the car can use (&quot;CHAdeMO · Type 2&quot;)</extracomment>
        <translation>Compatible amb el vostre cotxe: %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="20"/>
        <source>Private: not used for trip planning</source>
        <translation>Privat: no s&apos;utilitza per planificar viatges</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="21"/>
        <source>Below your minimum charger power</source>
        <translation>Per sota de la potència mínima que heu triat</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="22"/>
        <source>No plug for your car</source>
        <translation>Cap connector per al vostre cotxe</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="24"/>
        <source>The charger data has no power or plug information; the value shown is a typical one for its plug type.</source>
        <translation>Les dades del punt de recàrrega no inclouen informació de potència ni de connectors; el valor que es mostra és el típic del seu tipus de connector.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="26"/>
        <source>The charger data has no power rating; the value shown is a typical one for its plug type.</source>
        <translation>Les dades del punt de recàrrega no inclouen la potència nominal; el valor que es mostra és el típic del seu tipus de connector.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="27"/>
        <source>The charger data has no plug information; the value shown is a typical one for its plug type.</source>
        <translation>Les dades del punt de recàrrega no inclouen informació dels connectors; el valor que es mostra és el típic del seu tipus de connector.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="131"/>
        <source>%1 away</source>
        <extracomment>%1: straight-line distance from the car (&quot;3.2 km&quot;)</extracomment>
        <translation>a %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/panels/ChargerCard.qml" line="172"/>
        <source>%n points</source>
        <extracomment>%n: number of charging points at the station</extracomment>
        <translation>
            <numerusform>%n punt de càrrega</numerusform>
            <numerusform>%n punts de càrrega</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="114"/>
        <source>Go</source>
        <extracomment>button: start navigating to this charger (verb)</extracomment>
        <translation>Vés-hi</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="148"/>
        <source>Power</source>
        <extracomment>the charger&apos;s power (noun)</extracomment>
        <translation>Potència</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="170"/>
        <source>Plugs</source>
        <translation>Connectors</translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="56"/>
        <source>Search is locked while driving</source>
        <translation>Cerca bloquejada en marxa</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="57"/>
        <source>Where to?</source>
        <translation>On voleu anar?</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="87"/>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="87"/>
        <source>Set home</source>
        <translation>Defineix casa</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="88"/>
        <source>Work</source>
        <translation>Feina</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="88"/>
        <source>Set work</source>
        <translation>Defineix feina</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="101"/>
        <source>Searching…</source>
        <translation>S&apos;està cercant…</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="101"/>
        <source>No places found</source>
        <translation>No s&apos;ha trobat cap lloc</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="101"/>
        <source>Results</source>
        <translation>Resultats</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="102"/>
        <source>Recent</source>
        <translation>Recents</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="102"/>
        <source>No recent destinations yet</source>
        <translation>Encara no hi ha destinacions recents</translation>
    </message>
</context>
<context>
    <name>HealthDtcList</name>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Critical</source>
        <translation>Crític</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Warning</source>
        <translation>Avís</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Info</source>
        <translation>Informació</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="24"/>
        <source>No trouble codes</source>
        <translation>Cap codi d&apos;avaria</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/panels/HealthDtcList.qml" line="85"/>
        <source>+%n more (see Alerts)</source>
        <translation>
            <numerusform>+%n més (vegeu Alertes)</numerusform>
            <numerusform>+%n més (vegeu Alertes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="24"/>
        <source>Front-left tyre</source>
        <translation>Pneumàtic davanter esquerre</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="24"/>
        <location filename="../../qml/pages/HealthPage.qml" line="25"/>
        <location filename="../../qml/pages/HealthPage.qml" line="26"/>
        <location filename="../../qml/pages/HealthPage.qml" line="27"/>
        <source>Safe minimum</source>
        <translation>Mínim segur</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="22"/>
        <source>parked, at %1</source>
        <translation>aparcat, a %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="25"/>
        <source>Front-right tyre</source>
        <translation>Pneumàtic davanter dret</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="26"/>
        <source>Rear-left tyre</source>
        <translation>Pneumàtic posterior esquerre</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="27"/>
        <source>Rear-right tyre</source>
        <translation>Pneumàtic posterior dret</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="28"/>
        <source>12 V battery at rest</source>
        <translation>Bateria de 12 V en repòs</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="28"/>
        <source>Replace below</source>
        <translation>Llindar de substitució</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="28"/>
        <source>parked, not charging</source>
        <translation>aparcat, sense carregar</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="29"/>
        <location filename="../../qml/pages/HealthPage.qml" line="164"/>
        <source>Battery health</source>
        <translation>Estat bateria</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="29"/>
        <source>Reduced capacity</source>
        <translation>Capacitat reduïda</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="30"/>
        <source>Battery temperature</source>
        <translation>Temperatura de la bateria</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="30"/>
        <location filename="../../qml/pages/HealthPage.qml" line="31"/>
        <source>Hot</source>
        <translation>Temperatura alta</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="31"/>
        <source>Motor temperature</source>
        <translation>Temperatura del motor</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="133"/>
        <source>Tyres &amp; systems</source>
        <translation>Pneumàtics i sistemes</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="163"/>
        <source>Charge</source>
        <translation>Càrrega</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="165"/>
        <source>Battery temp.</source>
        <translation>Temp. bateria</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="166"/>
        <source>12 V battery</source>
        <translation>Bateria 12 V</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="167"/>
        <source>Motor</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="172"/>
        <source>Service overdue</source>
        <translation>Revisió endarrerida</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="172"/>
        <source>Service in</source>
        <translation>Propera revisió</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="200"/>
        <source>Predictions</source>
        <translation>Previsions</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="201"/>
        <source>Trends</source>
        <translation>Tendències</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="202"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="203"/>
        <source>Service</source>
        <translation>Revisió</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="297"/>
        <source>7 days</source>
        <translation>7 dies</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="297"/>
        <source>30 days</source>
        <translation>30 dies</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="312"/>
        <source>No data for this period yet</source>
        <translation>Encara no hi ha dades d&apos;aquest període</translation>
    </message>
</context>
<context>
    <name>HealthPredictions</name>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="16"/>
        <source>Front-left tyre</source>
        <translation>Pneumàtic davanter esquerre</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="16"/>
        <source>Front-right tyre</source>
        <translation>Pneumàtic davanter dret</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="17"/>
        <source>Rear-left tyre</source>
        <translation>Pneumàtic posterior esquerre</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="17"/>
        <source>Rear-right tyre</source>
        <translation>Pneumàtic posterior dret</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="19"/>
        <source>12 V battery</source>
        <translation>Bateria de 12 V</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="20"/>
        <source>High-voltage battery health</source>
        <translation>Estat de la bateria d&apos;alta tensió</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="21"/>
        <source>Service date</source>
        <translation>Data de la revisió</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="120"/>
        <source>Predictions appear once the car has recorded a few days of data</source>
        <translation>Les previsions apareixeran quan el cotxe hagi enregistrat dades d&apos;uns quants dies</translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="28"/>
        <source>Service recommended</source>
        <translation>Revisió recomanada</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="28"/>
        <source>Service centres nearby</source>
        <translation>Tallers propers</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="43"/>
        <source>Tap a garage to drive there</source>
        <translation>Toqueu un taller per anar-hi</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="44"/>
        <source>Service overdue · Tap a garage to drive there</source>
        <translation>Revisió endarrerida · Toqueu un taller per anar-hi</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="45"/>
        <source>Next service in %1 · Tap a garage to drive there</source>
        <translation>Propera revisió d&apos;aquí a %1 · Toqueu un taller per anar-hi</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="138"/>
        <source>Service centres are listed once the car&apos;s position is known</source>
        <translation>Els tallers es mostraran quan es conegui la posició del cotxe</translation>
    </message>
</context>
<context>
    <name>HealthStatus</name>
    <message numerus="yes">
        <location filename="../../qml/panels/HealthStatus.qml" line="111"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n més</numerusform>
            <numerusform>+%n més</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthStatus.qml" line="126"/>
        <source>Service</source>
        <translation>Revisió</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthStatus.qml" line="126"/>
        <source>Garages</source>
        <translation>Tallers</translation>
    </message>
</context>
<context>
    <name>LinkBanner</name>
    <message>
        <location filename="../../qml/panels/LinkBanner.qml" line="20"/>
        <source>Vehicle link lost — %1</source>
        <comment>banner; %1 is why, e.g. Vehicle agent offline</comment>
        <translation>S&apos;ha perdut la connexió amb el vehicle — %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/LinkBanner.qml" line="21"/>
        <source>Vehicle link lost</source>
        <translation>S&apos;ha perdut la connexió amb el vehicle</translation>
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
        <translation>Navegació</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="23"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="24"/>
        <source>Health</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="25"/>
        <source>Updates</source>
        <translation>Actualitzacions</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="26"/>
        <source>Settings</source>
        <translation>Configuració</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="102"/>
        <source>Version %1 · tap to see what&apos;s new</source>
        <translation>Versió %1 · toqueu per veure&apos;n les novetats</translation>
    </message>
</context>
<context>
    <name>ManeuverBanner</name>
    <message>
        <location filename="../../qml/panels/ManeuverBanner.qml" line="75"/>
        <source>Then: %1</source>
        <comment>the maneuver after the one in the banner; %1 is a whole instruction</comment>
        <translation>Després: %1</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="59"/>
        <source>Zoom in</source>
        <translation>Amplia</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="66"/>
        <source>Zoom out</source>
        <translation>Redueix</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="73"/>
        <source>Heading up: switch to north up</source>
        <translation>Mapa segons la marxa: canvia a nord amunt</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="73"/>
        <source>North up: switch to heading up</source>
        <translation>Nord amunt: canvia a mapa segons la marxa</translation>
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
        <translation>Segueix el cotxe</translation>
    </message>
</context>
<context>
    <name>NavigatePage</name>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="121"/>
        <source>Calculating the range…</source>
        <extracomment>the range legend while the reachable area on the map is worked out</extracomment>
        <translation>S’està calculant l’autonomia…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="122"/>
        <source>Range: waiting for position and battery</source>
        <translation>Autonomia: s&apos;espera la posició i el nivell de càrrega</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="123"/>
        <source>Reachable now · inner area keeps the %1 reserve</source>
        <comment>%1 is a percentage, e.g. 10 %</comment>
        <translation>Abast actual · la zona interior manté la reserva del %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="160"/>
        <source>Offline map</source>
        <translation>Mapa fora de línia</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="301"/>
        <source>Updating the trip…</source>
        <extracomment>a spinner&apos;s label while a new charging plan is worked out during a trip</extracomment>
        <translation>S’està actualitzant el viatge…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="405"/>
        <source>Planning the route…</source>
        <translation>S&apos;està calculant la ruta…</translation>
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
        <translation>àç</translation>
    </message>
    <message>
        <location filename="../../qml/controls/OnScreenKeyboard.qml" line="165"/>
        <source>Space</source>
        <translation>Espai</translation>
    </message>
    <message>
        <location filename="../../qml/controls/OnScreenKeyboard.qml" line="179"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
</context>
<context>
    <name>PhoneOfferBanner</name>
    <message>
        <location filename="../../qml/panels/PhoneOfferBanner.qml" line="32"/>
        <source>Navigate to %1?</source>
        <translation>Voleu anar a %1?</translation>
    </message>
    <message>
        <location filename="../../qml/panels/PhoneOfferBanner.qml" line="52"/>
        <source>Go</source>
        <translation>Vés-hi</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="100"/>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="118"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="87"/>
        <source>Clock</source>
        <translation>Rellotge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="45"/>
        <source>Language and units</source>
        <translation>Idioma i unitats</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="54"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="62"/>
        <source>Distance</source>
        <translation>Distància</translation>
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
        <translation>Temperatura</translation>
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
        <translation>Pressió dels pneumàtics</translation>
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
        <translation>Mida del text</translation>
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
        <translation>Gran</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="115"/>
        <source>Larger</source>
        <comment>text size</comment>
        <translation>Més gran</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="122"/>
        <source>Day</source>
        <comment>theme</comment>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="123"/>
        <source>Night</source>
        <comment>theme</comment>
        <translation>Nit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="124"/>
        <source>Auto</source>
        <comment>theme: follows the sun</comment>
        <translation>Automàtic</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="151"/>
        <source>Vehicle link</source>
        <translation>Connexió amb el vehicle</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="157"/>
        <source>Broker</source>
        <translation>Intermediari MQTT</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Connection</source>
        <translation>Connexió</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Connected</source>
        <translation>Establerta</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Connecting</source>
        <translation>S&apos;està connectant</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Unreachable</source>
        <translation>Inaccessible</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Vehicle agent</source>
        <translation>Agent del vehicle</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Online</source>
        <translation>En línia</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Offline</source>
        <translation>Fora de línia</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Unknown</source>
        <translation>Desconegut</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="164"/>
        <source>About</source>
        <translation>Quant a</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="170"/>
        <source>Software %1</source>
        <translation>Programari %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="171"/>
        <source>Map data %1, ODbL</source>
        <translation>Dades del mapa %1, ODbL</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../qml/panels/StatusBar.qml" line="49"/>
        <source>No vehicle link</source>
        <translation>Sense connexió amb el vehicle</translation>
    </message>
    <message>
        <location filename="../../qml/panels/StatusBar.qml" line="49"/>
        <source>Vehicle connected</source>
        <translation>Vehicle connectat</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../qml/panels/TrendChart.qml" line="17"/>
        <source>No data for this period yet</source>
        <translation>Encara no hi ha dades d&apos;aquest període</translation>
    </message>
</context>
<context>
    <name>TripBar</name>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="43"/>
        <source>Arrived</source>
        <extracomment>shown instead of the arrival time once the destination is reached</extracomment>
        <translation>Heu arribat</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="54"/>
        <source>arrival</source>
        <extracomment>label under the estimated arrival time (noun)</extracomment>
        <translation>arribada</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="87"/>
        <source>Save as Home</source>
        <translation>Desa com a casa</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="88"/>
        <source>Save as Work</source>
        <translation>Desa com a feina</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="93"/>
        <location filename="../../qml/panels/TripBar.qml" line="94"/>
        <source>End</source>
        <extracomment>button: end the route guidance (verb)</extracomment>
        <translation>Finalitza</translation>
    </message>
</context>
<context>
    <name>TripNextStop</name>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="52"/>
        <source>Charge here: %1</source>
        <extracomment>%1: charger name</extracomment>
        <translation>Carregueu aquí: %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="55"/>
        <source>Charge at %1 in %2</source>
        <extracomment>%1: charger name, %2: distance to it (&quot;12 km&quot;) %1: charging station name, %2: distance to it (&quot;in 4.7 km&quot;)</extracomment>
        <translation>Carregueu a %1 d&apos;aquí a %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="70"/>
        <source>%1 to %2</source>
        <extracomment>charging time and the battery level reached: &quot;18 min to 65 %&quot;</extracomment>
        <translation>%1 fins al %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="74"/>
        <source>%1 (estimated)</source>
        <extracomment>%1: charger power and plug (&quot;≈50 kW CHAdeMO&quot;) taken from defaults, not from the data</extracomment>
        <translation>%1 (estimació)</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="96"/>
        <source>Warming the battery for fast charging</source>
        <translation>S&apos;està escalfant la bateria per a la càrrega ràpida</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="97"/>
        <source>Asking the car to warm the battery…</source>
        <translation>S&apos;està demanant al cotxe que escalfi la bateria…</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="98"/>
        <source>Battery warm-up not available: charging may be slower</source>
        <translation>L&apos;escalfament de la bateria no està disponible: la càrrega pot ser més lenta</translation>
    </message>
</context>
<context>
    <name>TripRangeButton</name>
    <message>
        <location filename="../../qml/panels/TripRangeButton.qml" line="19"/>
        <source>Reachable range</source>
        <translation>Zona a l&apos;abast</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripRangeButton.qml" line="35"/>
        <source>Range</source>
        <extracomment>map button: show the reachable range (noun, keep it short)</extracomment>
        <translation>Abast</translation>
    </message>
</context>
<context>
    <name>TripSettingsCard</name>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="27"/>
        <source>Trip &amp; charging</source>
        <translation>Viatge i recàrrega</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="97"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="112"/>
        <source>Battery</source>
        <translation>Bateria</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="112"/>
        <source>when planning</source>
        <translation>en planificar</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="119"/>
        <source>Reserve · never below</source>
        <translation>Reserva · mai per sota de</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="131"/>
        <source>Arrive with</source>
        <extracomment>label above the battery level to arrive with at the destination</extracomment>
        <translation>Arribada amb</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="141"/>
        <source>Charge limit at stops</source>
        <translation>Límit de càrrega a les parades</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="150"/>
        <source>Plugs</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="150"/>
        <source>chargers to use</source>
        <translation>punts de recàrrega utilitzables</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="165"/>
        <source>Charger power</source>
        <translation>Potència del carregador</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="165"/>
        <source>at least</source>
        <translation>com a mínim</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="179"/>
        <source>Any</source>
        <extracomment>charger power filter: no minimum</extracomment>
        <translation>Qualsevol</translation>
    </message>
</context>
<context>
    <name>TripStepper</name>
    <message>
        <location filename="../../qml/panels/TripStepper.qml" line="27"/>
        <source>Less</source>
        <extracomment>accessible name of the &quot;−&quot; button: decrease the value</extracomment>
        <translation>Menys</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripStepper.qml" line="46"/>
        <source>More</source>
        <extracomment>accessible name of the &quot;+&quot; button: increase the value</extracomment>
        <translation>Més</translation>
    </message>
</context>
<context>
    <name>TripTimeline</name>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="62"/>
        <source>Arrive with %1</source>
        <extracomment>%1: battery level at the destination (&quot;23 %&quot;)</extracomment>
        <translation>Arribada amb el %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="95"/>
        <source>now</source>
        <extracomment>label under the battery level right now</extracomment>
        <translation>ara</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="183"/>
        <source>%1 to %2</source>
        <extracomment>charging time and the battery level reached: &quot;18 min to 65 %&quot;</extracomment>
        <translation>%1 fins al %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="197"/>
        <source>to %1</source>
        <extracomment>battery level reached by charging: &quot;to 65 %&quot;</extracomment>
        <translation>fins al %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="199"/>
        <source>arrival</source>
        <extracomment>label under the battery level at the destination (noun)</extracomment>
        <translation>arribada</translation>
    </message>
</context>
<context>
    <name>UpdateInstalledList</name>
    <message>
        <location filename="../../qml/panels/UpdateInstalledList.qml" line="10"/>
        <source>Installed software</source>
        <translation>Programari instal·lat</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateInstalledList.qml" line="65"/>
        <source>Waiting for the car to report its software…</source>
        <translation>S&apos;està esperant que el cotxe informi del seu programari…</translation>
    </message>
</context>
<context>
    <name>UpdateNotes</name>
    <message>
        <location filename="../../qml/panels/UpdateNotes.qml" line="13"/>
        <source>Release notes</source>
        <translation>Notes de la versió</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateNotes.qml" line="58"/>
        <source>No release notes were provided with this update.</source>
        <translation>Aquesta actualització no inclou notes de la versió.</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <location filename="../../qml/panels/UpdatePrompt.qml" line="94"/>
        <source>Later</source>
        <translation>Més tard</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdatePrompt.qml" line="99"/>
        <source>View</source>
        <translation>Mostra</translation>
    </message>
</context>
<context>
    <name>UpdateSchedulePicker</name>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="18"/>
        <source>Schedule the install</source>
        <translation>Programa la instal·lació</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="29"/>
        <source>Tonight %1</source>
        <comment>install time, e.g. Tonight 02:00</comment>
        <translation>Aquesta nit, %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="30"/>
        <source>Today %1</source>
        <comment>install time, e.g. Today 14:00</comment>
        <translation>Avui, %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="31"/>
        <source>Tomorrow %1</source>
        <comment>install time, e.g. Tomorrow 09:00</comment>
        <translation>Demà, %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="43"/>
        <source>The update downloads now and installs at this time if the car is parked with enough charge. Otherwise it waits and tells you why.</source>
        <translation>L&apos;actualització es baixa ara i s&apos;instal·la a aquesta hora si el cotxe està aparcat i té prou càrrega. Si no, s&apos;espera i us n&apos;indica el motiu.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="58"/>
        <source>Tonight at %1</source>
        <translation>Aquesta nit a les %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="64"/>
        <source>or pick a time:</source>
        <translation>o trieu una hora:</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="78"/>
        <source>One hour earlier</source>
        <translation>Una hora abans</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="106"/>
        <source>One hour later</source>
        <translation>Una hora després</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="123"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="130"/>
        <source>Schedule for %1</source>
        <translation>Programa: %1</translation>
    </message>
</context>
<context>
    <name>UpdateStatus</name>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="113"/>
        <source>Version %1 is now running</source>
        <translation>Ara funciona la versió %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="114"/>
        <source>Version %1</source>
        <translation>Versió %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="130"/>
        <source>Download</source>
        <translation>Baixada</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="132"/>
        <source>Install time</source>
        <translation>Temps d&apos;instal·lació</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="153"/>
        <source>Park the car to restart. The car can&apos;t be driven until the restart has finished.</source>
        <translation>Aparqueu el cotxe per reiniciar. No podreu conduir fins que no acabi el reinici.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="154"/>
        <source>The update is installed. Restart to switch to the new version; the car can&apos;t be driven until the restart has finished.</source>
        <translation>L&apos;actualització està instal·lada. Reinicieu per passar a la versió nova; no podreu conduir fins que no acabi el reinici.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="175"/>
        <source>Not parked</source>
        <translation>No aparcat</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="175"/>
        <source>Parked</source>
        <translation>Aparcat</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="177"/>
        <source>Battery unknown</source>
        <translation>Nivell de càrrega desconegut</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="178"/>
        <source>Battery %1 · needs %2</source>
        <translation>Bateria %1 · cal el %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="179"/>
        <source>Battery %1</source>
        <translation>Bateria %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="270"/>
        <source>of %1 downloaded</source>
        <translation>de %1 baixat</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="271"/>
        <source>installed</source>
        <translation>instal·lat</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="271"/>
        <source>restarting</source>
        <translation>del reinici</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="287"/>
        <source>You can keep driving while the update downloads.</source>
        <translation>Podeu continuar conduint mentre es baixa l&apos;actualització.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="288"/>
        <source>Keep the car parked. The current software keeps running until the restart.</source>
        <translation>Mantingueu el cotxe aparcat. El programari actual continua funcionant fins al reinici.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="289"/>
        <source>The car can&apos;t be driven until the restart has finished.</source>
        <translation>No podreu conduir fins que no acabi el reinici.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="318"/>
        <source>The previous version is running again. Your car works as before.</source>
        <translation>Torna a funcionar la versió anterior. El cotxe funciona com abans.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="350"/>
        <source>Updates arrive over the air. Nothing is installed without your OK.</source>
        <translation>Les actualitzacions arriben per connexió sense fil. No s&apos;instal·la res sense la vostra aprovació.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="351"/>
        <source>Everything is ready. See what&apos;s new on the right.</source>
        <translation>Tot és a punt. Vegeu les novetats a la dreta.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="352"/>
        <source>Nothing was installed. Your car keeps running the current version.</source>
        <translation>No s&apos;ha instal·lat res. El cotxe continua amb la versió actual.</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="84"/>
        <source>What&apos;s new</source>
        <translation>Novetats</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="84"/>
        <source>Release notes</source>
        <translation>Notes de la versió</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="110"/>
        <source>Check again</source>
        <extracomment>button: ask the car to report its installed software again</extracomment>
        <translation>Torna a comprovar</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="120"/>
        <source>Install now</source>
        <translation>Instal·la ara</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="129"/>
        <source>Restart to finish</source>
        <translation>Reinicia per acabar</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="136"/>
        <source>Restore previous version</source>
        <translation>Restaura la versió anterior</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="143"/>
        <source>Change time</source>
        <translation>Canvia l&apos;hora</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="143"/>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="149"/>
        <source>Later</source>
        <translation>Més tard</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="155"/>
        <source>Done</source>
        <translation>Fet</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="163"/>
        <source>Decline</source>
        <translation>Rebutja</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="163"/>
        <source>Cancel update</source>
        <translation>Cancel·la l&apos;actualització</translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="33"/>
        <source>Drive</source>
        <extracomment>noun: card title for speed and gear</extracomment>
        <translation>Conducció</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="65"/>
        <source>Charging</source>
        <translation>En càrrega</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="65"/>
        <source>Driving</source>
        <translation>En marxa</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="66"/>
        <source>Parked</source>
        <translation>Aparcat</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="76"/>
        <source>Odometer</source>
        <translation>Quilometratge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="77"/>
        <source>Outside</source>
        <translation>Exterior</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="84"/>
        <location filename="../../qml/pages/VehiclePage.qml" line="257"/>
        <source>Battery</source>
        <translation>Bateria</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="105"/>
        <source>Range</source>
        <translation>Autonomia</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="119"/>
        <source>Charging at %1 · %2 to %3</source>
        <translation>En càrrega a %1 · %2 fins al %3</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="120"/>
        <source>Plugged in, not charging</source>
        <translation>Connectat, sense carregar</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="120"/>
        <source>Not plugged in</source>
        <translation>No connectat</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="134"/>
        <location filename="../../qml/pages/VehiclePage.qml" line="175"/>
        <source>Stop</source>
        <extracomment>verbs on a button: stop / start charging
----------
verbs on a button: stop / start warming the battery for fast charging</extracomment>
        <translation>Atura</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="134"/>
        <source>Start</source>
        <translation>Inicia</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="143"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="144"/>
        <source>Battery health</source>
        <translation>Estat bateria</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="148"/>
        <source>Power</source>
        <translation>Potència</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="160"/>
        <source>Battery warming for fast charging</source>
        <translation>S&apos;està escalfant la bateria per a la càrrega ràpida</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="161"/>
        <source>Battery conditioning for driving</source>
        <translation>Condicionament de la bateria per a la conducció</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="162"/>
        <source>Battery conditioning off</source>
        <translation>Condicionament de la bateria desactivat</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="175"/>
        <source>Warm up</source>
        <translation>Escalfa</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="185"/>
        <source>Charge limit</source>
        <translation>Càrrega màx.</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="225"/>
        <source>Waiting for the car…</source>
        <translation>S&apos;està esperant el cotxe…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="237"/>
        <source>Tyres &amp; temperatures</source>
        <translation>Pneumàtics i temperatures</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="256"/>
        <source>Cabin</source>
        <translation>Habitacle</translation>
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
        <translation>Mal funcionament del circuit del cabal d&apos;aire (massa o volum)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="11"/>
        <source>Mass or Volume Air Flow Circuit Range/Performance Problem</source>
        <translation>Problema de rang/rendiment del circuit del cabal d&apos;aire (massa o volum)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="12"/>
        <source>Intake Air Temperature Circuit High Input</source>
        <translation>Senyal alt al circuit de temperatura de l&apos;aire d&apos;admissió</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="13"/>
        <source>Engine Coolant Temperature Circuit Low Input</source>
        <translation>Senyal baix al circuit de temperatura del refrigerant del motor</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="14"/>
        <source>Coolant Thermostat (Coolant Temperature Below Thermostat Regulating Temperature)</source>
        <translation>Termòstat del refrigerant (temperatura del refrigerant per sota de la de regulació del termòstat)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="15"/>
        <source>O2 Sensor Heater Circuit Malfunction (Bank 1 Sensor 1)</source>
        <translation>Mal funcionament del circuit de l&apos;escalfador del sensor d&apos;O2 (banc 1, sensor 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="16"/>
        <source>System Too Lean (Bank 1)</source>
        <translation>Mescla massa pobra (banc 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="17"/>
        <source>System Too Rich (Bank 1)</source>
        <translation>Mescla massa rica (banc 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="18"/>
        <source>Random/Multiple Cylinder Misfire Detected</source>
        <translation>S&apos;han detectat fallades d&apos;encesa aleatòries o en diversos cilindres</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="19"/>
        <source>Cylinder 1 Misfire Detected</source>
        <translation>S&apos;ha detectat una fallada d&apos;encesa al cilindre 1</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="20"/>
        <source>Crankshaft Position Sensor A Circuit Malfunction</source>
        <translation>Mal funcionament del circuit del sensor A de posició del cigonyal</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="21"/>
        <source>Camshaft Position Sensor Circuit Malfunction</source>
        <translation>Mal funcionament del circuit del sensor de posició de l&apos;arbre de lleves</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="22"/>
        <source>Exhaust Gas Recirculation Flow Insufficient Detected</source>
        <translation>S&apos;ha detectat un cabal insuficient de recirculació dels gasos d&apos;escapament (EGR)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="23"/>
        <source>Catalyst System Efficiency Below Threshold (Bank 1)</source>
        <translation>Eficiència del catalitzador per sota del llindar (banc 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="24"/>
        <source>Evaporative Emission Control System Malfunction</source>
        <translation>Mal funcionament del sistema de control d&apos;emissions evaporatives</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="25"/>
        <source>Evaporative Emission Control System Leak Detected (small leak)</source>
        <translation>S&apos;ha detectat una fuita al sistema de control d&apos;emissions evaporatives (fuita petita)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="26"/>
        <source>Evaporative Emission Control System Leak Detected (gross leak)</source>
        <translation>S&apos;ha detectat una fuita al sistema de control d&apos;emissions evaporatives (fuita gran)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="27"/>
        <source>Vehicle Speed Sensor Malfunction</source>
        <translation>Mal funcionament del sensor de velocitat del vehicle</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="28"/>
        <source>System Voltage Malfunction</source>
        <translation>Mal funcionament de la tensió del sistema</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="29"/>
        <source>System Voltage Low</source>
        <translation>Tensió del sistema baixa</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="30"/>
        <source>System Voltage High</source>
        <translation>Tensió del sistema alta</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="31"/>
        <source>Serial Communication Link Malfunction</source>
        <translation>Mal funcionament de l&apos;enllaç de comunicació sèrie</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="32"/>
        <source>Internal Control Module Keep Alive Memory (KAM) Error</source>
        <translation>Error de la memòria de manteniment (KAM) del mòdul de control intern</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="33"/>
        <source>Internal Control Module Read Only Memory (ROM) Error</source>
        <translation>Error de la memòria només de lectura (ROM) del mòdul de control intern</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="34"/>
        <source>Transmission Control System Malfunction</source>
        <translation>Mal funcionament del sistema de control de la transmissió</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="35"/>
        <source>High Voltage System Interlock Circuit</source>
        <translation>Circuit d&apos;interbloqueig del sistema d&apos;alta tensió</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="36"/>
        <source>Engine Failed to Start</source>
        <translation>El motor no s&apos;ha pogut engegar</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="37"/>
        <source>Battery Energy Control Module</source>
        <translation>Mòdul de control d&apos;energia de la bateria</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="38"/>
        <source>Drive Motor A Temperature Sensor Circuit</source>
        <translation>Circuit del sensor de temperatura del motor de tracció A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="39"/>
        <source>Drive Motor A Over Temperature</source>
        <translation>Sobreescalfament del motor de tracció A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="40"/>
        <source>Drive Motor A Position Sensor Circuit</source>
        <translation>Circuit del sensor de posició del motor de tracció A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="41"/>
        <source>Drive Motor A Inverter Performance</source>
        <translation>Rendiment de l&apos;inversor del motor de tracció A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="42"/>
        <source>Hybrid/EV Battery Pack Over Temperature</source>
        <translation>Sobreescalfament del paquet de bateries (híbrid/VE)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="43"/>
        <source>Hybrid/EV Battery Pack Deterioration</source>
        <translation>Deteriorament del paquet de bateries (híbrid/VE)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="44"/>
        <source>Replace Hybrid/EV Battery Pack</source>
        <translation>Cal substituir el paquet de bateries (híbrid/VE)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="45"/>
        <source>DC/DC Converter Performance</source>
        <translation>Rendiment del convertidor CC/CC</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="46"/>
        <source>Hybrid/EV Battery Positive Contactor Circuit Stuck Closed</source>
        <translation>Circuit del contactor positiu de la bateria (híbrid/VE) encallat en posició tancada</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="47"/>
        <source>Hybrid/EV Battery Negative Contactor Circuit Stuck Closed</source>
        <translation>Circuit del contactor negatiu de la bateria (híbrid/VE) encallat en posició tancada</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="48"/>
        <source>Hybrid/EV Battery Voltage System Isolation Fault</source>
        <translation>Fallada d&apos;aïllament del sistema de tensió de la bateria (híbrid/VE)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="49"/>
        <source>Hybrid/EV Battery System Voltage Low</source>
        <translation>Tensió baixa del sistema de la bateria (híbrid/VE)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="50"/>
        <source>Left Front Wheel Speed Sensor Circuit</source>
        <translation>Circuit del sensor de velocitat de la roda davantera esquerra</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="51"/>
        <source>Right Front Wheel Speed Sensor Circuit</source>
        <translation>Circuit del sensor de velocitat de la roda davantera dreta</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="52"/>
        <source>Left Rear Wheel Speed Sensor Circuit</source>
        <translation>Circuit del sensor de velocitat de la roda posterior esquerra</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="53"/>
        <source>Right Rear Wheel Speed Sensor Circuit</source>
        <translation>Circuit del sensor de velocitat de la roda posterior dreta</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="54"/>
        <source>Driver Frontal Stage 1 Deployment Control</source>
        <translation>Control de desplegament de la fase 1 de l&apos;airbag frontal del conductor</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="55"/>
        <source>High Speed CAN Communication Bus</source>
        <translation>Bus de comunicació CAN d&apos;alta velocitat</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="56"/>
        <source>Control Module Communication Bus A Off</source>
        <translation>Bus de comunicació A dels mòduls de control desactivat</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="57"/>
        <source>Lost Communication With ECM/PCM A</source>
        <translation>S&apos;ha perdut la comunicació amb l&apos;ECM/PCM A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="58"/>
        <source>Lost Communication With TCM</source>
        <translation>S&apos;ha perdut la comunicació amb el TCM</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="59"/>
        <source>Lost Communication With Battery Energy Control Module A</source>
        <translation>S&apos;ha perdut la comunicació amb el mòdul A de control d&apos;energia de la bateria</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="60"/>
        <source>Lost Communication With Anti-Lock Brake System (ABS) Control Module</source>
        <translation>S&apos;ha perdut la comunicació amb el mòdul de control de l&apos;ABS</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="61"/>
        <source>Lost Communication With Body Control Module</source>
        <translation>S&apos;ha perdut la comunicació amb el mòdul de control de la carrosseria</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="62"/>
        <source>Lost Communication With Instrument Panel Cluster (IPC) Control Module</source>
        <translation>S&apos;ha perdut la comunicació amb el mòdul de control del quadre d&apos;instruments (IPC)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="63"/>
        <source>Lost Communication With Hybrid Powertrain Control Module</source>
        <translation>S&apos;ha perdut la comunicació amb el mòdul de control del grup motopropulsor híbrid</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="64"/>
        <source>Have the vehicle checked at a service centre soon</source>
        <translation>Feu revisar el vehicle aviat en un taller</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="65"/>
        <source>Have the vehicle checked at a service centre</source>
        <translation>Feu revisar el vehicle en un taller</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="66"/>
        <source>Have the 12 V battery checked soon</source>
        <translation>Feu revisar aviat la bateria de 12 V</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="67"/>
        <source>Stop safely now. Do not touch high-voltage parts; call for assistance</source>
        <translation>Atureu-vos ara en un lloc segur. No toqueu cap component d&apos;alta tensió; truqueu a l&apos;assistència</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="68"/>
        <source>Stop safely now and let the motor cool down</source>
        <translation>Atureu-vos ara en un lloc segur i deixeu que el motor es refredi</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="69"/>
        <source>Stop safely now and call for assistance</source>
        <translation>Atureu-vos ara en un lloc segur i truqueu a l&apos;assistència</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="70"/>
        <source>Have the high-voltage battery checked at a service centre</source>
        <translation>Feu revisar la bateria d&apos;alta tensió en un taller</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="71"/>
        <source>Have the 12 V supply checked soon; avoid long trips</source>
        <translation>Feu revisar aviat l&apos;alimentació de 12 V; eviteu els viatges llargs</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="72"/>
        <source>ABS may be unavailable: drive with care and have it checked</source>
        <translation>És possible que l&apos;ABS no funcioni: conduïu amb precaució i feu-lo revisar</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="73"/>
        <source>Airbag may not deploy: have it checked at a service centre</source>
        <translation>És possible que l&apos;airbag no es desplegui: feu-lo revisar en un taller</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="73"/>
        <source>Continue onto {street}</source>
        <extracomment>``router(origin, destination, metric, heading) -&gt; Route`` (raises RoutingError): how guidance reroutes</extracomment>
        <translation>Continueu per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="74"/>
        <source>Continue straight</source>
        <translation>Continueu recte</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="75"/>
        <source>In {distance}, continue onto {street}</source>
        <translation>D&apos;aquí a {distance}, continueu per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="76"/>
        <source>In {distance}, continue straight</source>
        <translation>D&apos;aquí a {distance}, continueu recte</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="79"/>
        <source>Bear left onto {street}</source>
        <translation>Manteniu-vos a l&apos;esquerra cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="80"/>
        <source>Bear left</source>
        <translation>Manteniu-vos a l&apos;esquerra</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="81"/>
        <source>In {distance}, bear left onto {street}</source>
        <translation>D&apos;aquí a {distance}, manteniu-vos a l&apos;esquerra cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="82"/>
        <source>In {distance}, bear left</source>
        <translation>D&apos;aquí a {distance}, manteniu-vos a l&apos;esquerra</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="85"/>
        <source>Bear right onto {street}</source>
        <translation>Manteniu-vos a la dreta cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="86"/>
        <source>Bear right</source>
        <translation>Manteniu-vos a la dreta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="87"/>
        <source>In {distance}, bear right onto {street}</source>
        <translation>D&apos;aquí a {distance}, manteniu-vos a la dreta cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="88"/>
        <source>In {distance}, bear right</source>
        <translation>D&apos;aquí a {distance}, manteniu-vos a la dreta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="91"/>
        <source>Turn left onto {street}</source>
        <translation>Gireu a l&apos;esquerra cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="92"/>
        <source>Turn left</source>
        <translation>Gireu a l&apos;esquerra</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="93"/>
        <source>In {distance}, turn left onto {street}</source>
        <translation>D&apos;aquí a {distance}, gireu a l&apos;esquerra cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="94"/>
        <source>In {distance}, turn left</source>
        <translation>D&apos;aquí a {distance}, gireu a l&apos;esquerra</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="97"/>
        <source>Turn right onto {street}</source>
        <translation>Gireu a la dreta cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="98"/>
        <source>Turn right</source>
        <translation>Gireu a la dreta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="99"/>
        <source>In {distance}, turn right onto {street}</source>
        <translation>D&apos;aquí a {distance}, gireu a la dreta cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="100"/>
        <source>In {distance}, turn right</source>
        <translation>D&apos;aquí a {distance}, gireu a la dreta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="103"/>
        <source>Turn sharp left onto {street}</source>
        <translation>Gireu bruscament a l&apos;esquerra cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="104"/>
        <source>Turn sharp left</source>
        <translation>Gireu bruscament a l&apos;esquerra</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="105"/>
        <source>In {distance}, turn sharp left onto {street}</source>
        <translation>D&apos;aquí a {distance}, gireu bruscament a l&apos;esquerra cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="106"/>
        <source>In {distance}, turn sharp left</source>
        <translation>D&apos;aquí a {distance}, gireu bruscament a l&apos;esquerra</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="109"/>
        <source>Turn sharp right onto {street}</source>
        <translation>Gireu bruscament a la dreta cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="110"/>
        <source>Turn sharp right</source>
        <translation>Gireu bruscament a la dreta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="111"/>
        <source>In {distance}, turn sharp right onto {street}</source>
        <translation>D&apos;aquí a {distance}, gireu bruscament a la dreta cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="112"/>
        <source>In {distance}, turn sharp right</source>
        <translation>D&apos;aquí a {distance}, gireu bruscament a la dreta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="115"/>
        <source>Make a U-turn onto {street}</source>
        <translation>Feu mitja volta cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="116"/>
        <source>Make a U-turn</source>
        <translation>Feu mitja volta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="117"/>
        <source>In {distance}, make a U-turn onto {street}</source>
        <translation>D&apos;aquí a {distance}, feu mitja volta cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="118"/>
        <source>In {distance}, make a U-turn</source>
        <translation>D&apos;aquí a {distance}, feu mitja volta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="125"/>
        <source>At the roundabout, take the 1st exit onto {street}</source>
        <translation>A la rotonda, agafeu la 1a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="126"/>
        <source>At the roundabout, take the 1st exit</source>
        <translation>A la rotonda, agafeu la 1a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="127"/>
        <source>In {distance}, at the roundabout, take the 1st exit onto {street}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 1a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="128"/>
        <source>In {distance}, at the roundabout, take the 1st exit</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 1a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="131"/>
        <source>At the roundabout, take the 2nd exit onto {street}</source>
        <translation>A la rotonda, agafeu la 2a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="132"/>
        <source>At the roundabout, take the 2nd exit</source>
        <translation>A la rotonda, agafeu la 2a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="133"/>
        <source>In {distance}, at the roundabout, take the 2nd exit onto {street}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 2a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="134"/>
        <source>In {distance}, at the roundabout, take the 2nd exit</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 2a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="137"/>
        <source>At the roundabout, take the 3rd exit onto {street}</source>
        <translation>A la rotonda, agafeu la 3a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="138"/>
        <source>At the roundabout, take the 3rd exit</source>
        <translation>A la rotonda, agafeu la 3a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="139"/>
        <source>In {distance}, at the roundabout, take the 3rd exit onto {street}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 3a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="140"/>
        <source>In {distance}, at the roundabout, take the 3rd exit</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 3a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="143"/>
        <source>At the roundabout, take the 4th exit onto {street}</source>
        <translation>A la rotonda, agafeu la 4a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="144"/>
        <source>At the roundabout, take the 4th exit</source>
        <translation>A la rotonda, agafeu la 4a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="145"/>
        <source>In {distance}, at the roundabout, take the 4th exit onto {street}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 4a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="146"/>
        <source>In {distance}, at the roundabout, take the 4th exit</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 4a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="149"/>
        <source>At the roundabout, take the 5th exit onto {street}</source>
        <translation>A la rotonda, agafeu la 5a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="150"/>
        <source>At the roundabout, take the 5th exit</source>
        <translation>A la rotonda, agafeu la 5a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="151"/>
        <source>In {distance}, at the roundabout, take the 5th exit onto {street}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 5a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="152"/>
        <source>In {distance}, at the roundabout, take the 5th exit</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 5a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="155"/>
        <source>At the roundabout, take the 6th exit onto {street}</source>
        <translation>A la rotonda, agafeu la 6a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="156"/>
        <source>At the roundabout, take the 6th exit</source>
        <translation>A la rotonda, agafeu la 6a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="157"/>
        <source>In {distance}, at the roundabout, take the 6th exit onto {street}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 6a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="158"/>
        <source>In {distance}, at the roundabout, take the 6th exit</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 6a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="161"/>
        <source>At the roundabout, take the 7th exit onto {street}</source>
        <translation>A la rotonda, agafeu la 7a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="162"/>
        <source>At the roundabout, take the 7th exit</source>
        <translation>A la rotonda, agafeu la 7a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="163"/>
        <source>In {distance}, at the roundabout, take the 7th exit onto {street}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 7a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="164"/>
        <source>In {distance}, at the roundabout, take the 7th exit</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 7a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="167"/>
        <source>At the roundabout, take the 8th exit onto {street}</source>
        <translation>A la rotonda, agafeu la 8a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="168"/>
        <source>At the roundabout, take the 8th exit</source>
        <translation>A la rotonda, agafeu la 8a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="169"/>
        <source>In {distance}, at the roundabout, take the 8th exit onto {street}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 8a sortida cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="170"/>
        <source>In {distance}, at the roundabout, take the 8th exit</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la 8a sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="174"/>
        <source>At the roundabout, take exit {exit} onto {street}</source>
        <translation>A la rotonda, agafeu la sortida {exit} cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="175"/>
        <source>At the roundabout, take exit {exit}</source>
        <translation>A la rotonda, agafeu la sortida {exit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="176"/>
        <source>In {distance}, at the roundabout, take exit {exit} onto {street}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la sortida {exit} cap a {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="177"/>
        <source>In {distance}, at the roundabout, take exit {exit}</source>
        <translation>D&apos;aquí a {distance}, a la rotonda, agafeu la sortida {exit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="183"/>
        <source>Head north on {street}</source>
        <extracomment>Departure, one (named, unnamed) pair per compass direction: &quot;north&quot; is a different word inside each sentence in some languages (&quot;vers le nord&quot; / &quot;vers l&apos;est&quot;), so the direction is part of the sentence.</extracomment>
        <translation>Sortiu en direcció nord per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="183"/>
        <source>Head north</source>
        <translation>Sortiu en direcció nord</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="185"/>
        <source>Head northeast on {street}</source>
        <translation>Sortiu en direcció nord-est per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="186"/>
        <source>Head northeast</source>
        <translation>Sortiu en direcció nord-est</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="188"/>
        <source>Head east on {street}</source>
        <translation>Sortiu en direcció est per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="188"/>
        <source>Head east</source>
        <translation>Sortiu en direcció est</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="190"/>
        <source>Head southeast on {street}</source>
        <translation>Sortiu en direcció sud-est per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="191"/>
        <source>Head southeast</source>
        <translation>Sortiu en direcció sud-est</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="193"/>
        <source>Head south on {street}</source>
        <translation>Sortiu en direcció sud per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="193"/>
        <source>Head south</source>
        <translation>Sortiu en direcció sud</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="195"/>
        <source>Head southwest on {street}</source>
        <translation>Sortiu en direcció sud-oest per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="196"/>
        <source>Head southwest</source>
        <translation>Sortiu en direcció sud-oest</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="198"/>
        <source>Head west on {street}</source>
        <translation>Sortiu en direcció oest per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="198"/>
        <source>Head west</source>
        <translation>Sortiu en direcció oest</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="200"/>
        <source>Head northwest on {street}</source>
        <translation>Sortiu en direcció nord-oest per {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="201"/>
        <source>Head northwest</source>
        <translation>Sortiu en direcció nord-oest</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="206"/>
        <source>You have arrived at your destination</source>
        <extracomment>Arrival: reached (banner, &quot;now&quot;), ahead (the maneuver the banner shows before it) and with a distance lead-in.</extracomment>
        <translation>Heu arribat a la destinació</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="207"/>
        <source>Arrive at your destination</source>
        <translation>Arribada a la destinació</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="208"/>
        <source>In {distance}, you will arrive at your destination</source>
        <translation>D&apos;aquí a {distance}, arribareu a la destinació</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="213"/>
        <source>Take exit {exit} towards {towards}</source>
        <translation>Agafeu la sortida {exit} en direcció a {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="214"/>
        <source>Take exit {exit}</source>
        <translation>Agafeu la sortida {exit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="215"/>
        <source>In {distance}, take exit {exit} towards {towards}</source>
        <translation>D&apos;aquí a {distance}, agafeu la sortida {exit} en direcció a {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="216"/>
        <source>In {distance}, take exit {exit}</source>
        <translation>D&apos;aquí a {distance}, agafeu la sortida {exit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="219"/>
        <source>Take the exit towards {towards}</source>
        <translation>Agafeu la sortida en direcció a {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="220"/>
        <source>Take the exit</source>
        <translation>Agafeu la sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="221"/>
        <source>In {distance}, take the exit towards {towards}</source>
        <translation>D&apos;aquí a {distance}, agafeu la sortida en direcció a {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="222"/>
        <source>In {distance}, take the exit</source>
        <translation>D&apos;aquí a {distance}, agafeu la sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="225"/>
        <source>Exit {exit}: {towards}</source>
        <extracomment>The sign panel of a motorway exit: {exit} is the junction number, {towards} the signposted destinations.</extracomment>
        <translation>Sortida {exit}: {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="226"/>
        <source>Exit {exit}</source>
        <translation>Sortida {exit}</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <location filename="../../hmi/health/alerts.py" line="32"/>
        <source>Check tyre pressure at the next stop</source>
        <translation>Comproveu la pressió dels pneumàtics a la propera parada</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="33"/>
        <source>Stop safely now</source>
        <translation>Atureu-vos ara en un lloc segur</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="34"/>
        <location filename="../../hmi/health/dtc.py" line="33"/>
        <source>Have the vehicle checked at a service centre</source>
        <translation>Feu revisar el vehicle en un taller</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="35"/>
        <source>Book a service: the nearest service centres are listed</source>
        <translation>Demaneu hora per a una revisió: es mostren els tallers més propers</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="36"/>
        <source>Have the 12 V battery checked; avoid leaving the car unused for long</source>
        <translation>Feu revisar la bateria de 12 V; eviteu deixar el cotxe gaire temps sense fer-lo servir</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="37"/>
        <source>Drive gently to let it cool down</source>
        <translation>Conduïu suaument perquè es refredi</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="38"/>
        <source>Have the sensor checked at the next service</source>
        <translation>Feu revisar el sensor a la propera revisió</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="39"/>
        <source>{label} pressure low ({value})</source>
        <translation>{label}: pressió baixa ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="40"/>
        <source>{label} pressure very low ({value})</source>
        <translation>{label}: pressió molt baixa ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="41"/>
        <source>{label} pressure low (tyre monitor)</source>
        <translation>{label}: pressió baixa (avís del control de pressió)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="42"/>
        <source>12 V battery voltage low ({value})</source>
        <translation>Tensió baixa de la bateria de 12 V ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="43"/>
        <source>12 V battery voltage very low ({value})</source>
        <translation>Tensió molt baixa de la bateria de 12 V ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="44"/>
        <source>Motor temperature high ({value})</source>
        <translation>Temperatura alta del motor ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="45"/>
        <source>Motor overheating ({value})</source>
        <translation>Sobreescalfament del motor ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="46"/>
        <source>High-voltage battery hot ({value})</source>
        <translation>Bateria d&apos;alta tensió calenta ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="47"/>
        <source>High-voltage battery overheating ({value})</source>
        <translation>Sobreescalfament de la bateria d&apos;alta tensió ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="48"/>
        <source>High-voltage battery capacity reduced ({value})</source>
        <translation>Capacitat reduïda de la bateria d&apos;alta tensió ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="49"/>
        <source>Service recommended (in {value})</source>
        <translation>Revisió recomanada (d&apos;aquí a {value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="50"/>
        <source>Service overdue by {overdue}</source>
        <translation>Revisió endarrerida: {overdue} de més</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="51"/>
        <source>{label} not reporting</source>
        <translation>{label}: no envia dades</translation>
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
        <translation>Codi desconegut {code}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="34"/>
        <source>Powertrain</source>
        <translation>Grup motopropulsor</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="35"/>
        <source>Chassis</source>
        <translation>Xassís</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="36"/>
        <source>Body</source>
        <translation>Carrosseria</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="37"/>
        <source>Network</source>
        <translation>Xarxa</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="56"/>
        <source>{tyre} at {reading}</source>
        <translation>{tyre} a {reading}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="57"/>
        <source>{subject}, losing ~{rate}/day — below safe pressure {when}</source>
        <translation>{subject}: perd ~{rate}/dia; estarà per sota de la pressió segura {when}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="58"/>
        <source>{subject}, losing ~{rate}/day — already below safe pressure</source>
        <translation>{subject}: perd ~{rate}/dia; ja és per sota de la pressió segura</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="59"/>
        <source>{subject}, pressure steady</source>
        <translation>{subject}: pressió estable</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="60"/>
        <source>{subject}, no clear pressure trend yet</source>
        <translation>{subject}: encara no hi ha una tendència clara de la pressió</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="61"/>
        <source>{cold} at {t_ref}. {basis}</source>
        <translation>{cold} a {t_ref}. {basis}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="62"/>
        <source>12 V battery resting voltage falling ~{rate:g} V/week — replace soon (below {threshold:.1f} V {when})</source>
        <translation>La tensió en repòs de la bateria de 12 V baixa ~{rate:g} V/setmana: canvieu-la aviat (per sota de {threshold:.1f} V {when})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="66"/>
        <source>12 V battery resting voltage {level:.2f} V and falling — replace soon</source>
        <translation>Tensió en repòs de la bateria de 12 V: {level:.2f} V i baixant; canvieu-la aviat</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="69"/>
        <source>12 V battery resting voltage steady at {level:.2f} V</source>
        <translation>Tensió en repòs de la bateria de 12 V estable a {level:.2f} V</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="70"/>
        <source>12 V battery resting voltage {level:.2f} V, no clear trend yet</source>
        <translation>Tensió en repòs de la bateria de 12 V: {level:.2f} V, encara sense tendència clara</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="71"/>
        <source>High-voltage battery health {level:.0f} % now, about {projected:.0f} % in 12 months</source>
        <translation>Estat de la bateria d&apos;alta tensió: {level:.0f} % ara, aproximadament {projected:.0f} % d&apos;aquí a 12 mesos</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="74"/>
        <source>High-voltage battery health {level:.0f} % now, {low:.0f}–{high:.0f} % in 12 months</source>
        <translation>Estat de la bateria d&apos;alta tensió: {level:.0f} % ara, {low:.0f}–{high:.0f} % d&apos;aquí a 12 mesos</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="77"/>
        <source>High-voltage battery health steady at {level:.0f} %</source>
        <translation>Estat de la bateria d&apos;alta tensió estable a {level:.0f} %</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="78"/>
        <source>High-voltage battery health {level:.0f} %, no clear trend yet</source>
        <translation>Estat de la bateria d&apos;alta tensió: {level:.0f} %, encara sense tendència clara</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="79"/>
        <source>Service due {when} ({distance} at ~{rate}/day)</source>
        <translation>Revisió prevista {when} ({distance} a ~{rate}/dia)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="80"/>
        <source>Service overdue by {distance}</source>
        <translation>Revisió endarrerida: {distance} de més</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="81"/>
        <source>Service in {distance}; the car is hardly driven, so no date can be given</source>
        <translation>Revisió d&apos;aquí a {distance}; el cotxe gairebé no s&apos;utilitza i no es pot preveure cap data</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="84"/>
        <source>Based on {days:.0f} days of data, {n} readings; {confidence} confidence (±{halfwidth}/day)</source>
        <translation>Basat en {days:.0f} dies de dades i {n} lectures; fiabilitat {confidence} (±{halfwidth}/dia)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="87"/>
        <source>Based on {days:.0f} days of data, {n} readings; {confidence} confidence</source>
        <translation>Basat en {days:.0f} dies de dades i {n} lectures; fiabilitat {confidence}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="90"/>
        <source>Not enough data yet: {days:.1f} of {need_days:.0f} days, {n} of {need_n} readings</source>
        <translation>Encara no hi ha prou dades: {days:.1f} de {need_days:.0f} dies, {n} de {need_n} lectures</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="93"/>
        <source>Readings too irregular for a prediction (scatter ±{sigma})</source>
        <translation>Lectures massa irregulars per fer una previsió (dispersió ±{sigma})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="94"/>
        <source>Trend too uncertain for a prediction yet (±{halfwidth}/day)</source>
        <translation>Tendència encara massa incerta per fer una previsió (±{halfwidth}/dia)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="95"/>
        <source>Readings drift too slowly to tell a trend yet</source>
        <translation>Les lectures varien massa lentament per veure-hi encara una tendència</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="96"/>
        <source>No current reading</source>
        <translation>Cap lectura actual</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="97"/>
        <source>in about a day</source>
        <translation>d&apos;aquí a un dia aproximadament</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="98"/>
        <source>in about {n} days</source>
        <translation>d&apos;aquí a uns {n} dies</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="99"/>
        <source>within a day</source>
        <translation>en menys d&apos;un dia</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="100"/>
        <source>within {n} days</source>
        <translation>en menys de {n} dies</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="101"/>
        <source>in {low}–{high} days</source>
        <translation>d&apos;aquí a {low}–{high} dies</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="102"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="103"/>
        <source>medium</source>
        <translation>mitjana</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="104"/>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="109"/>
        <source>Front-left tyre</source>
        <translation>Pneumàtic davanter esquerre</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="110"/>
        <source>Front-right tyre</source>
        <translation>Pneumàtic davanter dret</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="111"/>
        <source>Rear-left tyre</source>
        <translation>Pneumàtic posterior esquerre</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="112"/>
        <source>Rear-right tyre</source>
        <translation>Pneumàtic posterior dret</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="93"/>
        <source>All systems OK</source>
        <translation>Tots els sistemes funcionen bé</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="94"/>
        <source>Waiting for vehicle data</source>
        <translation>S&apos;esperen dades del vehicle</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="95"/>
        <source>{tyre} pressure sensor</source>
        <translation>{tyre} (sensor de pressió)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="96"/>
        <source>12 V battery</source>
        <translation>Bateria de 12 V</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="30"/>
        <source>Repair shop</source>
        <translation>Taller de reparació</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="31"/>
        <source>Car dealer</source>
        <translation>Concessionari</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="32"/>
        <source>Tyre service</source>
        <translation>Servei de pneumàtics</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="33"/>
        <source>Unnamed garage</source>
        <translation>Taller sense nom</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="34"/>
        <source>{brand} garage</source>
        <translation>Taller {brand}</translation>
    </message>
</context>
<context>
    <name>link</name>
    <message>
        <location filename="../../hmi/link/client.py" line="139"/>
        <source>Broker unreachable — retrying</source>
        <translation>Intermediari MQTT inaccessible — es torna a provar</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="140"/>
        <source>Connecting to the vehicle</source>
        <translation>S&apos;està connectant amb el vehicle</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="141"/>
        <source>Vehicle agent offline</source>
        <translation>Agent del vehicle fora de línia</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="142"/>
        <source>Waiting for the vehicle agent</source>
        <translation>S&apos;està esperant l&apos;agent del vehicle</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="143"/>
        <source>No data from the vehicle</source>
        <translation>No arriben dades del vehicle</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="144"/>
        <source>The car&apos;s clock does not match this screen&apos;s</source>
        <translation>El rellotge del cotxe no coincideix amb el d&apos;aquesta pantalla</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="145"/>
        <source>Connected</source>
        <translation>Connectat</translation>
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
        <translation>El cotxe no respon</translation>
    </message>
    <message>
        <location filename="../../hmi/link/commands.py" line="17"/>
        <source>Not connected to the car</source>
        <translation>No hi ha connexió amb el cotxe</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="57"/>
        <source>Waiting for current data from the car</source>
        <extracomment>Shown where the HMI refuses to decide (install an update, unlock typing, warm the battery) because the car&apos;s latest values are too old or the car is not connected.</extracomment>
        <translation>Esperant dades actuals del cotxe</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="62"/>
        <source>last known {age} ago</source>
        <extracomment>How old the values on screen are, after the link&apos;s status: &quot;last known 3 h ago&quot;. {age} is e.g. &quot;3 h&quot;.</extracomment>
        <translation>últim valor conegut fa {age}</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="66"/>
        <source>{n} d</source>
        <extracomment>an age in whole days, abbreviated (&quot;2 d&quot;)</extracomment>
        <translation>{n} d</translation>
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
        <translation>No hi ha cap mapa carregat</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="58"/>
        <source>Map unavailable</source>
        <translation>Mapa no disponible</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="59"/>
        <source>Map folder not found: {path}</source>
        <translation>No s&apos;ha trobat la carpeta del mapa: {path}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="60"/>
        <source>{path}: cannot read the map ({error})</source>
        <translation>{path}: no es pot llegir el mapa ({error})</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../../hmi/nav/session.py" line="33"/>
        <source>The car&apos;s position is outside the offline map ({region})</source>
        <translation>La posició del cotxe no és dins del mapa fora de línia ({region})</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="34"/>
        <source>The destination is outside the offline map ({region})</source>
        <translation>La destinació no és dins del mapa fora de línia ({region})</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="35"/>
        <source>The car is too far from a road on the offline map</source>
        <translation>El cotxe és massa lluny de qualsevol carretera del mapa fora de línia</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="36"/>
        <source>The destination is too far from a road on the offline map</source>
        <translation>La destinació és massa lluny de qualsevol carretera del mapa fora de línia</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="37"/>
        <source>The destination cannot be reached by road from here: it is not connected to the start</source>
        <translation>No es pot arribar a la destinació per carretera des d&apos;aquí: no està connectada amb el punt de sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="40"/>
        <source>No drivable route between start and destination</source>
        <translation>No hi ha cap ruta transitable entre el punt de sortida i la destinació</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="41"/>
        <source>The position is not valid</source>
        <translation>La posició no és vàlida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="42"/>
        <location filename="../../hmi/ui/nav_model.py" line="72"/>
        <source>The route could not be planned</source>
        <translation>No s&apos;ha pogut calcular la ruta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="44"/>
        <source>Rerouting failed: {reason}</source>
        <translation>No s&apos;ha pogut recalcular la ruta: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="54"/>
        <source>No offline map is installed. Build one with: {command}</source>
        <extracomment>Guidance runs at most this often (the position arrives at 10 Hz). hmi/navigation/active is refreshed this often while guiding (ETA drifts). Screen messages of the Navigate page (context &quot;nav&quot;; route instructions are in ``hmi.nav.guidance``).</extracomment>
        <translation>No hi ha cap mapa fora de línia instal·lat. Genereu-ne un amb: {command}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="55"/>
        <source>No offline map is installed at {path}. Build one with: {command}</source>
        <translation>No hi ha cap mapa fora de línia instal·lat a {path}. Genereu-ne un amb: {command}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="56"/>
        <source>Loading the offline map…</source>
        <translation>S&apos;està carregant el mapa fora de línia…</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="57"/>
        <source>The offline map cannot be used: {reason}</source>
        <translation>No es pot utilitzar el mapa fora de línia: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="58"/>
        <source>Route recalculated</source>
        <translation>S&apos;ha recalculat la ruta</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="59"/>
        <source>You have arrived at {name}</source>
        <translation>Heu arribat a {name}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="60"/>
        <source>Search is locked while driving: pick a recent or favourite destination</source>
        <translation>La cerca està bloquejada mentre conduïu: trieu una destinació recent o preferida</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="61"/>
        <source>Saved as Home</source>
        <translation>S&apos;ha desat com a Casa</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="62"/>
        <source>Saved as Work</source>
        <translation>S&apos;ha desat com a Feina</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="64"/>
        <source>To set Home: search for it, start the route, then tap the house on the trip bar</source>
        <extracomment>after a tap on &quot;Set home&quot; (no Home saved yet): how to save one</extracomment>
        <translation>Per definir casa: cerca-la, inicia la ruta i després toca la casa a la barra del trajecte</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="67"/>
        <source>To set Work: search for it, start the route, then tap the briefcase on the trip bar</source>
        <translation>Per definir la feina: cerca-la, inicia la ruta i després toca la cartera a la barra del trajecte</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="70"/>
        <source>The car&apos;s position is not known yet</source>
        <translation>Encara no es coneix la posició del cotxe</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="71"/>
        <source>Planning the route to {name}…</source>
        <translation>S&apos;està calculant la ruta a {name}…</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="73"/>
        <source>No feasible trip</source>
        <translation>No hi ha cap viatge viable</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="74"/>
        <source>Destination</source>
        <translation>Destinació</translation>
    </message>
</context>
<context>
    <name>ota</name>
    <message>
        <location filename="../../hmi/updates/texts.py" line="25"/>
        <source>Checking the car&apos;s software</source>
        <extracomment>Idle headline until ``selfupdate/currentstate`` has told us what is installed.</extracomment>
        <translation>S&apos;està comprovant el programari del cotxe</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="27"/>
        <source>Last checked {day} {time}</source>
        <extracomment>When the car last reported its software (its current state), e.g. &quot;Last checked Monday 14:05&quot;.</extracomment>
        <translation>Última comprovació: {day} a les {time}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="29"/>
        <source>Not checked yet: waiting for the car to report its software</source>
        <extracomment>Before the car has reported its software at all.</extracomment>
        <translation>Encara no s&apos;ha comprovat: esperant que el cotxe informi del seu programari</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="32"/>
        <source>Your software is up to date</source>
        <extracomment>Short headline per machine state (``State.value``), for the page title and the status bar.</extracomment>
        <translation>El programari està actualitzat</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="33"/>
        <location filename="../../hmi/updates/texts.py" line="34"/>
        <source>Software update available</source>
        <translation>Actualització de programari disponible</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="35"/>
        <source>Downloading update</source>
        <translation>S&apos;està baixant l&apos;actualització</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="36"/>
        <source>Update ready to install</source>
        <translation>Actualització a punt per instal·lar</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="37"/>
        <source>Update scheduled</source>
        <translation>Actualització programada</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="38"/>
        <source>Update waiting</source>
        <translation>Actualització en espera</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="39"/>
        <source>Installing update</source>
        <translation>S&apos;està instal·lant l&apos;actualització</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="40"/>
        <source>Restart to finish the update</source>
        <translation>Reinicieu per acabar l&apos;actualització</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="41"/>
        <source>Restarting</source>
        <translation>S&apos;està reiniciant</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="42"/>
        <source>Update installed</source>
        <translation>Actualització instal·lada</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="43"/>
        <source>Update failed</source>
        <translation>L&apos;actualització ha fallat</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="44"/>
        <source>Update declined</source>
        <translation>Actualització rebutjada</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="48"/>
        <source>As published by the car&apos;s maker, not translated</source>
        <extracomment>Under the release notes in a language other than English: the agent&apos;s notes are shown as it sent them.</extracomment>
        <translation>Tal com les publica el fabricant, sense traduir</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="52"/>
        <source>vehicle data is not available</source>
        <translation>les dades del vehicle no estan disponibles</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="54"/>
        <source>there is no current data from the car</source>
        <extracomment>a reason, after &quot;Can&apos;t restart now: …&quot;: the car&apos;s latest values are too old or the car is not connected</extracomment>
        <translation>no hi ha dades actuals del cotxe</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="55"/>
        <source>the car is moving</source>
        <translation>el cotxe està en marxa</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="56"/>
        <source>the car is not in Park</source>
        <translation>el canvi no és en posició P</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="57"/>
        <source>the battery is below {soc}</source>
        <translation>la bateria és per sota del {soc}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="59"/>
        <source>{first} and {rest}</source>
        <extracomment>Joins the last two reasons (&quot;the car is moving and the battery is below 30 %&quot;).</extracomment>
        <translation>{first} i {rest}</translation>
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
        <translation>En espera: {reasons}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="63"/>
        <source>Can&apos;t restart now: {reasons}</source>
        <translation>Ara no es pot reiniciar: {reasons}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="64"/>
        <source>Can&apos;t restore the previous version now: {reasons}</source>
        <translation>Ara no es pot restaurar la versió anterior: {reasons}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="65"/>
        <source>parked</source>
        <translation>cotxe aparcat</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="66"/>
        <source>the battery reached {soc}</source>
        <translation>bateria al {soc}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="67"/>
        <source>vehicle data arrived</source>
        <translation>dades del vehicle rebudes</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="68"/>
        <source>ready</source>
        <translation>tot a punt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="69"/>
        <source>Waited until {conditions}, installing now</source>
        <translation>Condicions complertes ({conditions}): s&apos;està instal·lant</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="72"/>
        <source>Software update {version} is available</source>
        <translation>Hi ha disponible l&apos;actualització de programari {version}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="73"/>
        <source>Software update {version} is ready to install</source>
        <translation>L&apos;actualització de programari {version} està a punt per instal·lar</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="74"/>
        <source>No news from the update service; checking its state</source>
        <translation>No hi ha notícies del servei d&apos;actualitzacions; se n&apos;està comprovant l&apos;estat</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="75"/>
        <source>Pick a time within the next 14 days</source>
        <translation>Trieu una hora dins dels pròxims 14 dies</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="76"/>
        <source>Update scheduled for {day} {time}</source>
        <translation>Actualització programada: {day} {time}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="77"/>
        <source>We&apos;ll remind you at the end of your next drive</source>
        <translation>Us ho recordarem en acabar el proper trajecte</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="78"/>
        <source>Update {version} declined</source>
        <translation>S&apos;ha rebutjat l&apos;actualització {version}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="79"/>
        <source>Restarting as soon as the update manager is ready</source>
        <translation>Es reiniciarà tan aviat com el gestor d&apos;actualitzacions estigui a punt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="80"/>
        <source>Restoring the previous version…</source>
        <translation>S&apos;està restaurant la versió anterior…</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="81"/>
        <source>Your car is back on version {version}</source>
        <translation>El cotxe torna a tenir la versió {version}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="82"/>
        <source>Update {version} installed. See what&apos;s new</source>
        <translation>S&apos;ha instal·lat l&apos;actualització {version}. Vegeu-ne les novetats</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="83"/>
        <source>Restart to finish the update (takes about a minute, the car can&apos;t be driven)</source>
        <translation>Reinicieu per acabar l&apos;actualització (dura un minut aproximadament i no es pot conduir)</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="86"/>
        <source>Not connected to the car: nothing was sent. Try again when the connection is back.</source>
        <translation>No hi ha connexió amb el cotxe: no s&apos;ha enviat res. Torneu-ho a provar quan es recuperi la connexió.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="92"/>
        <source>The update could not be prepared. Nothing was changed in your car.</source>
        <translation>No s&apos;ha pogut preparar l&apos;actualització. No s&apos;ha canviat res del cotxe.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="93"/>
        <source>The download failed. Nothing was changed in your car.</source>
        <translation>La baixada ha fallat. No s&apos;ha canviat res del cotxe.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="94"/>
        <source>The update could not be installed. Your car keeps running the current version.</source>
        <translation>No s&apos;ha pogut instal·lar l&apos;actualització. El cotxe continua amb la versió actual.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="97"/>
        <source>The new software did not start. Your car returns to the previous version.</source>
        <translation>El programari nou no s&apos;ha iniciat. El cotxe torna a la versió anterior.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="99"/>
        <source>The update did not complete.</source>
        <translation>L&apos;actualització no s&apos;ha completat.</translation>
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
        <translation>{failure} El cotxe funciona amb la versió {version}.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="105"/>
        <source>Installs {day} {time}</source>
        <translation>Instal·lació: {day} {time}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="106"/>
        <source>Park the car with at least {soc} battery. The car can&apos;t be driven while the update installs.</source>
        <translation>Aparqueu el cotxe amb un nivell de càrrega mínim del {soc}. No es pot conduir mentre s&apos;instal·la l&apos;actualització.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="109"/>
        <source>about {duration}</source>
        <translation>aprox. {duration}</translation>
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
        <translation>dl.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="119"/>
        <source>Tue</source>
        <translation>dt.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="120"/>
        <source>Wed</source>
        <translation>dc.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="121"/>
        <source>Thu</source>
        <translation>dj.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="122"/>
        <source>Fri</source>
        <translation>dv.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="123"/>
        <source>Sat</source>
        <translation>ds.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="124"/>
        <source>Sun</source>
        <translation>dg.</translation>
    </message>
</context>
<context>
    <name>trip</name>
    <message>
        <location filename="../../hmi/nav/ev/chargers.py" line="34"/>
        <source>Charging station</source>
        <extracomment>the name shown for a charging station that has none in the map data</extracomment>
        <translation>Punt de recàrrega</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="59"/>
        <source>Start</source>
        <extracomment>the trip&apos;s starting point (a place name)</extracomment>
        <translation>Sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="60"/>
        <location filename="../../hmi/ui/trip_model.py" line="76"/>
        <source>Destination</source>
        <extracomment>the name of a destination that has none</extracomment>
        <translation>Destinació</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="62"/>
        <source>charger</source>
        <extracomment>stands for a charging station&apos;s name in a sentence when it has none</extracomment>
        <translation>sense nom</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="63"/>
        <source>Starting below the {reserve} reserve</source>
        <translation>Sortida per sota de la reserva del {reserve}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="65"/>
        <source>The way to the first charger uses part of the {reserve} reserve</source>
        <extracomment>a low start: the way to the first charger dips into the driver&apos;s reserve</extracomment>
        <translation>El camí fins al primer carregador fa servir part de la reserva del {reserve}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="66"/>
        <source>the destination cannot be reached by road from the start (not connected)</source>
        <translation>no es pot arribar a la destinació per carretera des del punt de sortida (no hi ha connexió)</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="69"/>
        <source>no feasible sequence of charging stops</source>
        <translation>no hi ha cap combinació viable de parades de recàrrega</translation>
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
        <translation>la destinació és fora de l&apos;autonomia i no hi ha cap punt de recàrrega compatible ({filter}) al mapa</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="75"/>
        <source>the trip needs {need} and the battery has {soc}; no compatible charger ({filter}) on the map</source>
        <translation>el viatge necessita {need} i la bateria té {soc}; no hi ha cap punt de recàrrega compatible ({filter}) al mapa</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="78"/>
        <source>the trip cannot be driven on one charge and the battery has {soc}; no compatible charger ({filter}) on the map</source>
        <translation>el viatge no es pot fer amb una sola càrrega i la bateria té {soc}; no hi ha cap punt de recàrrega compatible ({filter}) al mapa</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="83"/>
        <source>no compatible charger ({filter}) within a full battery&apos;s range of the start</source>
        <translation>no hi ha cap punt de recàrrega compatible ({filter}) dins l&apos;autonomia d&apos;una bateria plena des del punt de sortida</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="86"/>
        <source>nearest compatible charger {distance} away, reachable {reachable}</source>
        <translation>el punt de recàrrega compatible més proper és a {distance}; abast: {reachable}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="87"/>
        <source>destination cannot be reached from any reachable compatible charger</source>
        <translation>no es pot arribar a la destinació des de cap punt de recàrrega compatible a l&apos;abast</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="90"/>
        <source>from {charger} the destination needs {need}, above the {limit} charge limit</source>
        <translation>des del punt de recàrrega {charger}, la destinació necessita {need}, per sobre del límit de càrrega del {limit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="93"/>
        <source>no sequence of compatible chargers reaches the destination with ≥ {arrival} (reserve {reserve})</source>
        <translation>cap combinació de punts de recàrrega compatibles arriba a la destinació amb ≥ {arrival} (reserva {reserve})</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="97"/>
        <source>searched the {count} chargers nearest the route ({left_out} others not): a faster trip may exist</source>
        <extracomment>{count} chargers were searched, {left_out} more on the map were not</extracomment>
        <translation>s’han cercat els {count} carregadors més propers a la ruta ({left_out} altres no): pot existir un viatge més ràpid</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="101"/>
        <source>a slower road</source>
        <extracomment>stands for a road&apos;s name when the slower road the plan takes has none</extracomment>
        <translation>una carretera més lenta</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="103"/>
        <source>via {road}: {slower} slower, saves a charging stop</source>
        <extracomment>why a leg is not on the fastest road: {road} its name, {slower} the extra driving time</extracomment>
        <translation>per {road}: {slower} més lent, estalvia una parada de càrrega</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="105"/>
        <source>via {road}: {slower} slower, saves {count} charging stops</source>
        <extracomment>why a leg is not on the fastest road; {count} ≥ 2 charging stops saved</extracomment>
        <translation>per {road}: {slower} més lent, estalvia {count} parades de càrrega</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="106"/>
        <source>via {road}: {slower} slower, makes the trip possible</source>
        <translation>per {road}: {slower} més lent, fa possible el viatge</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="108"/>
        <source>via {road}: {slower} slower to drive, {saved} faster in all</source>
        <extracomment>{saved} is the time the whole trip saves (less charging) despite the slower road</extracomment>
        <translation>per {road}: {slower} més de conducció, {saved} menys en total</translation>
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
        <translation>mateixa hora d&apos;arribada</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="52"/>
        <source>{first} and {second}</source>
        <extracomment>two charging station names</extracomment>
        <translation>{first} i {second}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="53"/>
        <source>Added a charging stop at {names}, {delta}</source>
        <translation>S&apos;ha afegit una parada de recàrrega a {names}, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="54"/>
        <source>Charging stop at {names} no longer needed, {delta}</source>
        <translation>La parada de recàrrega a {names} ja no cal, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="55"/>
        <source>Charging stop changed to {name}, {delta}</source>
        <translation>La parada de recàrrega passa a {name}, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="56"/>
        <source>Longer charge at {name} (to {soc}), {delta}</source>
        <translation>Càrrega més llarga a {name} (fins al {soc}), {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="57"/>
        <source>Shorter charge at {name} (to {soc}), {delta}</source>
        <translation>Càrrega més curta a {name} (fins al {soc}), {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="58"/>
        <source>Route updated for the battery level, {delta}</source>
        <translation>Ruta actualitzada segons el nivell de càrrega, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="60"/>
        <source>Cannot reach {target} on this charge: {reason}</source>
        <extracomment>{target}: the next stop or the destination; {reason}: why no trip works (a sentence starting lower-case)</extracomment>
        <translation>No es pot arribar a {target} amb aquesta càrrega: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="62"/>
        <source>Cannot reach the destination on this charge: {reason}</source>
        <extracomment>the destination has no name (a point picked on the map); {reason}: why no trip works (lower-case start)</extracomment>
        <translation>No es pot arribar a la destinació amb aquesta càrrega: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="64"/>
        <source>no answer from the vehicle</source>
        <extracomment>battery preconditioning failed because</extracomment>
        <translation>el vehicle no respon</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="66"/>
        <source>refused by the vehicle</source>
        <extracomment>battery preconditioning failed because</extracomment>
        <translation>el vehicle ho ha rebutjat</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="74"/>
        <source>Current position</source>
        <extracomment>A wait shorter than this shows no spinner (most plans answer sooner; a flash of a spinner is noise). How long closing the model waits for a job that is past its last checkpoint. the trip&apos;s starting point: where the car is now</extracomment>
        <translation>Posició actual</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="78"/>
        <source>invalid destination</source>
        <extracomment>why no trip could be planned (starts lower-case; shown after other text or capitalised)</extracomment>
        <translation>destinació no vàlida</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="79"/>
        <source>no map loaded</source>
        <translation>no hi ha cap mapa carregat</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="80"/>
        <source>waiting for the car&apos;s position and battery level</source>
        <translation>s&apos;espera la posició i el nivell de càrrega del cotxe</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="81"/>
        <source>trip planning failed</source>
        <translation>la planificació del viatge ha fallat</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="83"/>
        <source>Route updated for your new charging settings</source>
        <extracomment>the EV settings changed during a trip and the route was planned again with them</extracomment>
        <translation>Ruta actualitzada amb la nova configuració de recàrrega</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="85"/>
        <source>Your new charging settings cannot be met on this trip ({reason}): keeping the current route</source>
        <extracomment>the EV settings changed during a trip but no route satisfies them; {reason} starts lower-case</extracomment>
        <translation>La nova configuració de recàrrega no es pot complir en aquest viatge ({reason}): es manté la ruta actual</translation>
    </message>
</context>
</TS>
