<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertList</name>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="12"/>
        <source>No active alerts</source>
        <translation>Aucune alerte active</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="19"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../qml/panels/AlertList.qml" line="19"/>
        <source>Warning</source>
        <translation>Attention</translation>
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
        <translation>%1 · vue</translation>
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
        <translation>Détails</translation>
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
        <translation>estimation</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="95"/>
        <source>Charging station</source>
        <translation>Borne de recharge</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="18"/>
        <source>Fits your car: %1</source>
        <extracomment>%1: the charger&apos;s plugs the car can use (&quot;CHAdeMO · Type 2&quot;)</extracomment>
        <translation>Compatible avec votre voiture&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="20"/>
        <source>Private: not used for trip planning</source>
        <translation>Privée&#xa0;: non utilisée pour planifier le trajet</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="21"/>
        <source>Below your minimum charger power</source>
        <translation>Puissance inférieure à votre minimum</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="22"/>
        <source>No plug for your car</source>
        <translation>Aucune prise pour votre voiture</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="24"/>
        <source>The charger data has no power or plug information; the value shown is a typical one for its plug type.</source>
        <translation>Les données de cette borne n&apos;indiquent ni la puissance ni les prises&#xa0;; la valeur affichée est typique de son type de prise.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="26"/>
        <source>The charger data has no power rating; the value shown is a typical one for its plug type.</source>
        <translation>Les données de cette borne n&apos;indiquent pas la puissance&#xa0;; la valeur affichée est typique de son type de prise.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="27"/>
        <source>The charger data has no plug information; the value shown is a typical one for its plug type.</source>
        <translation>Les données de cette borne n&apos;indiquent pas les prises&#xa0;; la valeur affichée est typique de son type de prise.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="131"/>
        <source>%1 away</source>
        <extracomment>%1: straight-line distance from the car (&quot;3.2 km&quot;)</extracomment>
        <translation>à %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/panels/ChargerCard.qml" line="172"/>
        <source>%n points</source>
        <extracomment>%n: number of charging points at the station</extracomment>
        <translation>
            <numerusform>%n point de charge</numerusform>
            <numerusform>%n points de charge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="114"/>
        <source>Go</source>
        <extracomment>button: start navigating to this charger (verb)</extracomment>
        <translation>Y aller</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="148"/>
        <source>Power</source>
        <extracomment>the charger&apos;s power (noun)</extracomment>
        <translation>Puissance</translation>
    </message>
    <message>
        <location filename="../../qml/panels/ChargerCard.qml" line="170"/>
        <source>Plugs</source>
        <translation>Prises</translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="56"/>
        <source>Search is locked while driving</source>
        <translation>Recherche bloquée en roulant</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="57"/>
        <source>Where to?</source>
        <translation>Où allez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="87"/>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="87"/>
        <source>Set home</source>
        <translation>Définir domicile</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="88"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="88"/>
        <source>Set work</source>
        <translation>Définir travail</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="101"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="101"/>
        <source>No places found</source>
        <translation>Aucun lieu trouvé</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="101"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="102"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../../qml/panels/DestinationPanel.qml" line="102"/>
        <source>No recent destinations yet</source>
        <translation>Aucune destination récente</translation>
    </message>
</context>
<context>
    <name>HealthDtcList</name>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="16"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthDtcList.qml" line="24"/>
        <source>No trouble codes</source>
        <translation>Aucun code défaut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/panels/HealthDtcList.qml" line="85"/>
        <source>+%n more (see Alerts)</source>
        <translation>
            <numerusform>+%n autre (voir Alertes)</numerusform>
            <numerusform>+%n autres (voir Alertes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="24"/>
        <source>Front-left tyre</source>
        <translation>Pneu avant gauche</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="24"/>
        <location filename="../../qml/pages/HealthPage.qml" line="25"/>
        <location filename="../../qml/pages/HealthPage.qml" line="26"/>
        <location filename="../../qml/pages/HealthPage.qml" line="27"/>
        <source>Safe minimum</source>
        <translation>Minimum de sécurité</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="22"/>
        <source>parked, at %1</source>
        <translation>à l&apos;arrêt, à %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="25"/>
        <source>Front-right tyre</source>
        <translation>Pneu avant droit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="26"/>
        <source>Rear-left tyre</source>
        <translation>Pneu arrière gauche</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="27"/>
        <source>Rear-right tyre</source>
        <translation>Pneu arrière droit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="28"/>
        <source>12 V battery at rest</source>
        <translation>Batterie 12 V au repos</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="28"/>
        <source>Replace below</source>
        <translation>À remplacer sous</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="28"/>
        <source>parked, not charging</source>
        <translation>à l&apos;arrêt, hors charge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="29"/>
        <location filename="../../qml/pages/HealthPage.qml" line="164"/>
        <source>Battery health</source>
        <translation>Santé batterie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="29"/>
        <source>Reduced capacity</source>
        <translation>Capacité réduite</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="30"/>
        <source>Battery temperature</source>
        <translation>Température de la batterie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="30"/>
        <location filename="../../qml/pages/HealthPage.qml" line="31"/>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="31"/>
        <source>Motor temperature</source>
        <translation>Température du moteur</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="133"/>
        <source>Tyres &amp; systems</source>
        <translation>Pneus et systèmes</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="163"/>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="165"/>
        <source>Battery temp.</source>
        <translation>Temp. batterie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="166"/>
        <source>12 V battery</source>
        <translation>Batterie 12 V</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="167"/>
        <source>Motor</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="172"/>
        <source>Service overdue</source>
        <translation>Entretien en retard</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="172"/>
        <source>Service in</source>
        <translation>Entretien dans</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="200"/>
        <source>Predictions</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="201"/>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="202"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="203"/>
        <source>Service</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="297"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="297"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location filename="../../qml/pages/HealthPage.qml" line="312"/>
        <source>No data for this period yet</source>
        <translation>Pas encore de données pour cette période</translation>
    </message>
</context>
<context>
    <name>HealthPredictions</name>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="16"/>
        <source>Front-left tyre</source>
        <translation>Pneu avant gauche</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="16"/>
        <source>Front-right tyre</source>
        <translation>Pneu avant droit</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="17"/>
        <source>Rear-left tyre</source>
        <translation>Pneu arrière gauche</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="17"/>
        <source>Rear-right tyre</source>
        <translation>Pneu arrière droit</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="19"/>
        <source>12 V battery</source>
        <translation>Batterie 12 V</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="20"/>
        <source>High-voltage battery health</source>
        <translation>Santé de la batterie haute tension</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="21"/>
        <source>Service date</source>
        <translation>Date d&apos;entretien</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthPredictions.qml" line="120"/>
        <source>Predictions appear once the car has recorded a few days of data</source>
        <translation>Les prévisions s&apos;affichent une fois que la voiture a enregistré quelques jours de données</translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="28"/>
        <source>Service recommended</source>
        <translation>Entretien recommandé</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="28"/>
        <source>Service centres nearby</source>
        <translation>Garages à proximité</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="43"/>
        <source>Tap a garage to drive there</source>
        <translation>Touchez un garage pour vous y rendre</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="44"/>
        <source>Service overdue · Tap a garage to drive there</source>
        <translation>Entretien en retard · Touchez un garage pour vous y rendre</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="45"/>
        <source>Next service in %1 · Tap a garage to drive there</source>
        <translation>Prochain entretien dans %1 · Touchez un garage pour vous y rendre</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthService.qml" line="138"/>
        <source>Service centres are listed once the car&apos;s position is known</source>
        <translation>Les garages s&apos;affichent dès que la position de la voiture est connue</translation>
    </message>
</context>
<context>
    <name>HealthStatus</name>
    <message numerus="yes">
        <location filename="../../qml/panels/HealthStatus.qml" line="111"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthStatus.qml" line="126"/>
        <source>Service</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../qml/panels/HealthStatus.qml" line="126"/>
        <source>Garages</source>
        <translation>Garages</translation>
    </message>
</context>
<context>
    <name>LinkBanner</name>
    <message>
        <location filename="../../qml/panels/LinkBanner.qml" line="20"/>
        <source>Vehicle link lost — %1</source>
        <comment>banner; %1 is why, e.g. Vehicle agent offline</comment>
        <translation>Liaison avec le véhicule perdue — %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/LinkBanner.qml" line="21"/>
        <source>Vehicle link lost</source>
        <translation>Liaison avec le véhicule perdue</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="16"/>
        <source>HMI</source>
        <translation>IHM</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="22"/>
        <source>Navigate</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="23"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="24"/>
        <source>Health</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="25"/>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="26"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../qml/Main.qml" line="102"/>
        <source>Version %1 · tap to see what&apos;s new</source>
        <translation>Version %1 · touchez pour voir les nouveautés</translation>
    </message>
</context>
<context>
    <name>ManeuverBanner</name>
    <message>
        <location filename="../../qml/panels/ManeuverBanner.qml" line="75"/>
        <source>Then: %1</source>
        <comment>the maneuver after the one in the banner; %1 is a whole instruction</comment>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="59"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="66"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="73"/>
        <source>Heading up: switch to north up</source>
        <translation>Cap en haut&#xa0;: passer au nord en haut</translation>
    </message>
    <message>
        <location filename="../../qml/controls/MapControls.qml" line="73"/>
        <source>North up: switch to heading up</source>
        <translation>Nord en haut&#xa0;: passer au cap en haut</translation>
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
        <translation>Suivre la voiture</translation>
    </message>
</context>
<context>
    <name>NavigatePage</name>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="121"/>
        <source>Calculating the range…</source>
        <extracomment>the range legend while the reachable area on the map is worked out</extracomment>
        <translation>Calcul de l’autonomie…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="122"/>
        <source>Range: waiting for position and battery</source>
        <translation>Autonomie&#xa0;: en attente de la position et de la batterie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="123"/>
        <source>Reachable now · inner area keeps the %1 reserve</source>
        <comment>%1 is a percentage, e.g. 10 %</comment>
        <translation>Accessible maintenant · la zone intérieure préserve la réserve de %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="160"/>
        <source>Offline map</source>
        <translation>Carte hors ligne</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="301"/>
        <source>Updating the trip…</source>
        <extracomment>a spinner&apos;s label while a new charging plan is worked out during a trip</extracomment>
        <translation>Mise à jour du trajet…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/NavigatePage.qml" line="405"/>
        <source>Planning the route…</source>
        <translation>Calcul de l&apos;itinéraire…</translation>
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
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../qml/controls/OnScreenKeyboard.qml" line="179"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>PhoneOfferBanner</name>
    <message>
        <location filename="../../qml/panels/PhoneOfferBanner.qml" line="32"/>
        <source>Navigate to %1?</source>
        <translation>Naviguer vers %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../qml/panels/PhoneOfferBanner.qml" line="52"/>
        <source>Go</source>
        <translation>Y aller</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="100"/>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="118"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="87"/>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="45"/>
        <source>Language and units</source>
        <translation>Langue et unités</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="54"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="62"/>
        <source>Distance</source>
        <translation>Distance</translation>
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
        <translation>Température</translation>
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
        <translation>Pression des pneus</translation>
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
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="113"/>
        <source>Normal</source>
        <comment>text size</comment>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="114"/>
        <source>Large</source>
        <comment>text size</comment>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="115"/>
        <source>Larger</source>
        <comment>text size</comment>
        <translation>Plus grande</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="122"/>
        <source>Day</source>
        <comment>theme</comment>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="123"/>
        <source>Night</source>
        <comment>theme</comment>
        <translation>Nuit</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="124"/>
        <source>Auto</source>
        <comment>theme: follows the sun</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="151"/>
        <source>Vehicle link</source>
        <translation>Liaison véhicule</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="157"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Connecting</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="158"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Vehicle agent</source>
        <translation>Agent du véhicule</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="159"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="164"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="170"/>
        <source>Software %1</source>
        <translation>Logiciel %1</translation>
    </message>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="171"/>
        <source>Map data %1, ODbL</source>
        <translation>Données cartographiques %1, ODbL</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../qml/panels/StatusBar.qml" line="49"/>
        <source>No vehicle link</source>
        <translation>Pas de liaison véhicule</translation>
    </message>
    <message>
        <location filename="../../qml/panels/StatusBar.qml" line="49"/>
        <source>Vehicle connected</source>
        <translation>Véhicule connecté</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../qml/panels/TrendChart.qml" line="17"/>
        <source>No data for this period yet</source>
        <translation>Pas encore de données pour cette période</translation>
    </message>
</context>
<context>
    <name>TripBar</name>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="43"/>
        <source>Arrived</source>
        <extracomment>shown instead of the arrival time once the destination is reached</extracomment>
        <translation>À destination</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="54"/>
        <source>arrival</source>
        <extracomment>label under the estimated arrival time (noun)</extracomment>
        <translation>arrivée</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="87"/>
        <source>Save as Home</source>
        <translation>Enregistrer comme domicile</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="88"/>
        <source>Save as Work</source>
        <translation>Enregistrer comme travail</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripBar.qml" line="93"/>
        <location filename="../../qml/panels/TripBar.qml" line="94"/>
        <source>End</source>
        <extracomment>button: end the route guidance (verb)</extracomment>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>TripNextStop</name>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="52"/>
        <source>Charge here: %1</source>
        <extracomment>%1: charger name</extracomment>
        <translation>Recharger ici&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="55"/>
        <source>Charge at %1 in %2</source>
        <extracomment>%1: charger name, %2: distance to it (&quot;12 km&quot;) %1: charging station name, %2: distance to it (&quot;in 4.7 km&quot;)</extracomment>
        <translation>Recharge à %1 dans %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="70"/>
        <source>%1 to %2</source>
        <extracomment>charging time and the battery level reached: &quot;18 min to 65 %&quot;</extracomment>
        <translation>%1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="74"/>
        <source>%1 (estimated)</source>
        <extracomment>%1: charger power and plug (&quot;≈50 kW CHAdeMO&quot;) taken from defaults, not from the data</extracomment>
        <translation>%1 (estimation)</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="96"/>
        <source>Warming the battery for fast charging</source>
        <translation>Préchauffage de la batterie pour la charge rapide</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="97"/>
        <source>Asking the car to warm the battery…</source>
        <translation>Demande de préchauffage de la batterie…</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripNextStop.qml" line="98"/>
        <source>Battery warm-up not available: charging may be slower</source>
        <translation>Préchauffage de la batterie indisponible&#xa0;: la recharge peut être plus lente</translation>
    </message>
</context>
<context>
    <name>TripRangeButton</name>
    <message>
        <location filename="../../qml/panels/TripRangeButton.qml" line="19"/>
        <source>Reachable range</source>
        <translation>Zone accessible</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripRangeButton.qml" line="35"/>
        <source>Range</source>
        <extracomment>map button: show the reachable range (noun, keep it short)</extracomment>
        <translation>Portée</translation>
    </message>
</context>
<context>
    <name>TripSettingsCard</name>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="27"/>
        <source>Trip &amp; charging</source>
        <translation>Trajet et recharge</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="97"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="112"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="112"/>
        <source>when planning</source>
        <translation>pour la planification</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="119"/>
        <source>Reserve · never below</source>
        <translation>Réserve · jamais en dessous</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="131"/>
        <source>Arrive with</source>
        <extracomment>label above the battery level to arrive with at the destination</extracomment>
        <translation>À l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="141"/>
        <source>Charge limit at stops</source>
        <translation>Limite de charge aux arrêts</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="150"/>
        <source>Plugs</source>
        <translation>Prises</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="150"/>
        <source>chargers to use</source>
        <translation>bornes à utiliser</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="165"/>
        <source>Charger power</source>
        <translation>Puissance de borne</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="165"/>
        <source>at least</source>
        <translation>au minimum</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripSettingsCard.qml" line="179"/>
        <source>Any</source>
        <extracomment>charger power filter: no minimum</extracomment>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>TripStepper</name>
    <message>
        <location filename="../../qml/panels/TripStepper.qml" line="27"/>
        <source>Less</source>
        <extracomment>accessible name of the &quot;−&quot; button: decrease the value</extracomment>
        <translation>Moins</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripStepper.qml" line="46"/>
        <source>More</source>
        <extracomment>accessible name of the &quot;+&quot; button: increase the value</extracomment>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>TripTimeline</name>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="62"/>
        <source>Arrive with %1</source>
        <extracomment>%1: battery level at the destination (&quot;23 %&quot;)</extracomment>
        <translation>Arrivée avec %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="95"/>
        <source>now</source>
        <extracomment>label under the battery level right now</extracomment>
        <translation>actuel</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="183"/>
        <source>%1 to %2</source>
        <extracomment>charging time and the battery level reached: &quot;18 min to 65 %&quot;</extracomment>
        <translation>%1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="197"/>
        <source>to %1</source>
        <extracomment>battery level reached by charging: &quot;to 65 %&quot;</extracomment>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/TripTimeline.qml" line="199"/>
        <source>arrival</source>
        <extracomment>label under the battery level at the destination (noun)</extracomment>
        <translation>arrivée</translation>
    </message>
</context>
<context>
    <name>UpdateInstalledList</name>
    <message>
        <location filename="../../qml/panels/UpdateInstalledList.qml" line="10"/>
        <source>Installed software</source>
        <translation>Logiciels installés</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateInstalledList.qml" line="65"/>
        <source>Waiting for the car to report its software…</source>
        <translation>En attente des versions logicielles de la voiture…</translation>
    </message>
</context>
<context>
    <name>UpdateNotes</name>
    <message>
        <location filename="../../qml/panels/UpdateNotes.qml" line="13"/>
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateNotes.qml" line="58"/>
        <source>No release notes were provided with this update.</source>
        <translation>Aucune note de version n&apos;accompagne cette mise à jour.</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <location filename="../../qml/panels/UpdatePrompt.qml" line="94"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdatePrompt.qml" line="99"/>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>UpdateSchedulePicker</name>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="18"/>
        <source>Schedule the install</source>
        <translation>Planifier l&apos;installation</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="29"/>
        <source>Tonight %1</source>
        <comment>install time, e.g. Tonight 02:00</comment>
        <translation>Cette nuit à %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="30"/>
        <source>Today %1</source>
        <comment>install time, e.g. Today 14:00</comment>
        <translation>Aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="31"/>
        <source>Tomorrow %1</source>
        <comment>install time, e.g. Tomorrow 09:00</comment>
        <translation>Demain à %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="43"/>
        <source>The update downloads now and installs at this time if the car is parked with enough charge. Otherwise it waits and tells you why.</source>
        <translation>La mise à jour se télécharge maintenant et s&apos;installe à l&apos;heure choisie si la voiture est garée avec une charge suffisante. Sinon, elle attend et vous indique pourquoi.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="58"/>
        <source>Tonight at %1</source>
        <translation>Cette nuit à %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="64"/>
        <source>or pick a time:</source>
        <translation>ou choisissez une heure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="78"/>
        <source>One hour earlier</source>
        <translation>Une heure plus tôt</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="106"/>
        <source>One hour later</source>
        <translation>Une heure plus tard</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="123"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateSchedulePicker.qml" line="130"/>
        <source>Schedule for %1</source>
        <translation>Planifier pour %1</translation>
    </message>
</context>
<context>
    <name>UpdateStatus</name>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="113"/>
        <source>Version %1 is now running</source>
        <translation>La version %1 est maintenant active</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="114"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="130"/>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="132"/>
        <source>Install time</source>
        <translation>Durée d&apos;installation</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="153"/>
        <source>Park the car to restart. The car can&apos;t be driven until the restart has finished.</source>
        <translation>Garez la voiture pour redémarrer. La voiture ne peut pas rouler avant la fin du redémarrage.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="154"/>
        <source>The update is installed. Restart to switch to the new version; the car can&apos;t be driven until the restart has finished.</source>
        <translation>La mise à jour est installée. Redémarrez pour passer à la nouvelle version&#xa0;; la voiture ne peut pas rouler avant la fin du redémarrage.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="175"/>
        <source>Not parked</source>
        <translation>Voiture non garée</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="175"/>
        <source>Parked</source>
        <translation>Voiture garée</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="177"/>
        <source>Battery unknown</source>
        <translation>Niveau de charge inconnu</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="178"/>
        <source>Battery %1 · needs %2</source>
        <translation>Batterie %1 · %2 requis</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="179"/>
        <source>Battery %1</source>
        <translation>Batterie %1</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="270"/>
        <source>of %1 downloaded</source>
        <translation>de %1 téléchargés</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="271"/>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="271"/>
        <source>restarting</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="287"/>
        <source>You can keep driving while the update downloads.</source>
        <translation>Vous pouvez continuer à rouler pendant le téléchargement.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="288"/>
        <source>Keep the car parked. The current software keeps running until the restart.</source>
        <translation>Laissez la voiture garée. Le logiciel actuel reste actif jusqu&apos;au redémarrage.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="289"/>
        <source>The car can&apos;t be driven until the restart has finished.</source>
        <translation>La voiture ne peut pas rouler avant la fin du redémarrage.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="318"/>
        <source>The previous version is running again. Your car works as before.</source>
        <translation>La version précédente est de nouveau active. Votre voiture fonctionne comme avant.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="350"/>
        <source>Updates arrive over the air. Nothing is installed without your OK.</source>
        <translation>Les mises à jour arrivent à distance. Rien n&apos;est installé sans votre accord.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="351"/>
        <source>Everything is ready. See what&apos;s new on the right.</source>
        <translation>Tout est prêt. Découvrez les nouveautés à droite.</translation>
    </message>
    <message>
        <location filename="../../qml/panels/UpdateStatus.qml" line="352"/>
        <source>Nothing was installed. Your car keeps running the current version.</source>
        <translation>Rien n&apos;a été installé. Votre voiture conserve la version actuelle.</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="84"/>
        <source>What&apos;s new</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="84"/>
        <source>Release notes</source>
        <translation>Notes de version</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="110"/>
        <source>Check again</source>
        <extracomment>button: ask the car to report its installed software again</extracomment>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="120"/>
        <source>Install now</source>
        <translation>Installer maintenant</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="129"/>
        <source>Restart to finish</source>
        <translation>Redémarrer pour terminer</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="136"/>
        <source>Restore previous version</source>
        <translation>Restaurer la version précédente</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="143"/>
        <source>Change time</source>
        <translation>Changer l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="143"/>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="149"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="155"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="163"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../qml/pages/UpdatesPage.qml" line="163"/>
        <source>Cancel update</source>
        <translation>Annuler la mise à jour</translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="33"/>
        <source>Drive</source>
        <extracomment>noun: card title for speed and gear</extracomment>
        <translation>Conduite</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="65"/>
        <source>Charging</source>
        <translation>En charge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="65"/>
        <source>Driving</source>
        <translation>En route</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="66"/>
        <source>Parked</source>
        <translation>À l&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="76"/>
        <source>Odometer</source>
        <translation>Kilométrage</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="77"/>
        <source>Outside</source>
        <translation>Extérieur</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="84"/>
        <location filename="../../qml/pages/VehiclePage.qml" line="257"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="105"/>
        <source>Range</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="119"/>
        <source>Charging at %1 · %2 to %3</source>
        <translation>En charge à %1 · %2 jusqu&apos;à %3</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="120"/>
        <source>Plugged in, not charging</source>
        <translation>Branché, pas en charge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="120"/>
        <source>Not plugged in</source>
        <translation>Non branché</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="134"/>
        <location filename="../../qml/pages/VehiclePage.qml" line="175"/>
        <source>Stop</source>
        <extracomment>verbs on a button: stop / start charging
----------
verbs on a button: stop / start warming the battery for fast charging</extracomment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="134"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="143"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="144"/>
        <source>Battery health</source>
        <translation>Santé batterie</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="148"/>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="160"/>
        <source>Battery warming for fast charging</source>
        <translation>Préchauffage pour la charge rapide</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="161"/>
        <source>Battery conditioning for driving</source>
        <translation>Conditionnement pour la conduite</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="162"/>
        <source>Battery conditioning off</source>
        <translation>Conditionnement désactivé</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="175"/>
        <source>Warm up</source>
        <translation>Préchauffer</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="185"/>
        <source>Charge limit</source>
        <translation>Limite de charge</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="225"/>
        <source>Waiting for the car…</source>
        <translation>En attente de la voiture…</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="237"/>
        <source>Tyres &amp; temperatures</source>
        <translation>Pneus et températures</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="256"/>
        <source>Cabin</source>
        <translation>Habitacle</translation>
    </message>
    <message>
        <location filename="../../qml/pages/VehiclePage.qml" line="258"/>
        <source>Motor</source>
        <translation>Moteur</translation>
    </message>
</context>
<context>
    <name>dtc</name>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="10"/>
        <source>Mass or Volume Air Flow Circuit Malfunction</source>
        <translation>Dysfonctionnement du circuit du débitmètre d&apos;air</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="11"/>
        <source>Mass or Volume Air Flow Circuit Range/Performance Problem</source>
        <translation>Circuit du débitmètre d&apos;air&#xa0;: problème de plage/performance</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="12"/>
        <source>Intake Air Temperature Circuit High Input</source>
        <translation>Circuit de température d&apos;air d&apos;admission&#xa0;: signal haut</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="13"/>
        <source>Engine Coolant Temperature Circuit Low Input</source>
        <translation>Circuit de température du liquide de refroidissement&#xa0;: signal bas</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="14"/>
        <source>Coolant Thermostat (Coolant Temperature Below Thermostat Regulating Temperature)</source>
        <translation>Thermostat (température du liquide de refroidissement inférieure à la température de régulation)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="15"/>
        <source>O2 Sensor Heater Circuit Malfunction (Bank 1 Sensor 1)</source>
        <translation>Dysfonctionnement du circuit de chauffage de la sonde O2 (rangée 1, sonde 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="16"/>
        <source>System Too Lean (Bank 1)</source>
        <translation>Mélange trop pauvre (rangée 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="17"/>
        <source>System Too Rich (Bank 1)</source>
        <translation>Mélange trop riche (rangée 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="18"/>
        <source>Random/Multiple Cylinder Misfire Detected</source>
        <translation>Ratés d&apos;allumage aléatoires/multiples détectés</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="19"/>
        <source>Cylinder 1 Misfire Detected</source>
        <translation>Ratés d&apos;allumage détectés sur le cylindre 1</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="20"/>
        <source>Crankshaft Position Sensor A Circuit Malfunction</source>
        <translation>Dysfonctionnement du circuit du capteur de position de vilebrequin A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="21"/>
        <source>Camshaft Position Sensor Circuit Malfunction</source>
        <translation>Dysfonctionnement du circuit du capteur de position d&apos;arbre à cames</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="22"/>
        <source>Exhaust Gas Recirculation Flow Insufficient Detected</source>
        <translation>Débit de recirculation des gaz d&apos;échappement (EGR) insuffisant</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="23"/>
        <source>Catalyst System Efficiency Below Threshold (Bank 1)</source>
        <translation>Efficacité du catalyseur sous le seuil (rangée 1)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="24"/>
        <source>Evaporative Emission Control System Malfunction</source>
        <translation>Dysfonctionnement du système de contrôle des vapeurs de carburant (EVAP)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="25"/>
        <source>Evaporative Emission Control System Leak Detected (small leak)</source>
        <translation>Fuite détectée dans le système de contrôle des vapeurs de carburant (petite fuite)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="26"/>
        <source>Evaporative Emission Control System Leak Detected (gross leak)</source>
        <translation>Fuite détectée dans le système de contrôle des vapeurs de carburant (fuite importante)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="27"/>
        <source>Vehicle Speed Sensor Malfunction</source>
        <translation>Dysfonctionnement du capteur de vitesse du véhicule</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="28"/>
        <source>System Voltage Malfunction</source>
        <translation>Dysfonctionnement de la tension du système</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="29"/>
        <source>System Voltage Low</source>
        <translation>Tension du système basse</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="30"/>
        <source>System Voltage High</source>
        <translation>Tension du système élevée</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="31"/>
        <source>Serial Communication Link Malfunction</source>
        <translation>Dysfonctionnement de la liaison de communication série</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="32"/>
        <source>Internal Control Module Keep Alive Memory (KAM) Error</source>
        <translation>Erreur de mémoire permanente (KAM) du module de commande interne</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="33"/>
        <source>Internal Control Module Read Only Memory (ROM) Error</source>
        <translation>Erreur de mémoire morte (ROM) du module de commande interne</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="34"/>
        <source>Transmission Control System Malfunction</source>
        <translation>Dysfonctionnement du système de commande de la transmission</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="35"/>
        <source>High Voltage System Interlock Circuit</source>
        <translation>Circuit de verrouillage du système haute tension</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="36"/>
        <source>Engine Failed to Start</source>
        <translation>Échec du démarrage du moteur</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="37"/>
        <source>Battery Energy Control Module</source>
        <translation>Module de gestion de l&apos;énergie de la batterie</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="38"/>
        <source>Drive Motor A Temperature Sensor Circuit</source>
        <translation>Circuit du capteur de température du moteur de traction A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="39"/>
        <source>Drive Motor A Over Temperature</source>
        <translation>Surchauffe du moteur de traction A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="40"/>
        <source>Drive Motor A Position Sensor Circuit</source>
        <translation>Circuit du capteur de position du moteur de traction A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="41"/>
        <source>Drive Motor A Inverter Performance</source>
        <translation>Performance de l&apos;onduleur du moteur de traction A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="42"/>
        <source>Hybrid/EV Battery Pack Over Temperature</source>
        <translation>Surchauffe de la batterie de traction</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="43"/>
        <source>Hybrid/EV Battery Pack Deterioration</source>
        <translation>Détérioration de la batterie de traction</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="44"/>
        <source>Replace Hybrid/EV Battery Pack</source>
        <translation>Remplacer la batterie de traction</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="45"/>
        <source>DC/DC Converter Performance</source>
        <translation>Performance du convertisseur CC/CC</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="46"/>
        <source>Hybrid/EV Battery Positive Contactor Circuit Stuck Closed</source>
        <translation>Contacteur positif de la batterie de traction bloqué en position fermée</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="47"/>
        <source>Hybrid/EV Battery Negative Contactor Circuit Stuck Closed</source>
        <translation>Contacteur négatif de la batterie de traction bloqué en position fermée</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="48"/>
        <source>Hybrid/EV Battery Voltage System Isolation Fault</source>
        <translation>Défaut d&apos;isolement haute tension de la batterie de traction</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="49"/>
        <source>Hybrid/EV Battery System Voltage Low</source>
        <translation>Tension du système de batterie de traction basse</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="50"/>
        <source>Left Front Wheel Speed Sensor Circuit</source>
        <translation>Circuit du capteur de vitesse de la roue avant gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="51"/>
        <source>Right Front Wheel Speed Sensor Circuit</source>
        <translation>Circuit du capteur de vitesse de la roue avant droite</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="52"/>
        <source>Left Rear Wheel Speed Sensor Circuit</source>
        <translation>Circuit du capteur de vitesse de la roue arrière gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="53"/>
        <source>Right Rear Wheel Speed Sensor Circuit</source>
        <translation>Circuit du capteur de vitesse de la roue arrière droite</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="54"/>
        <source>Driver Frontal Stage 1 Deployment Control</source>
        <translation>Commande de déclenchement de l&apos;airbag frontal conducteur, étage 1</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="55"/>
        <source>High Speed CAN Communication Bus</source>
        <translation>Bus de communication CAN haute vitesse</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="56"/>
        <source>Control Module Communication Bus A Off</source>
        <translation>Bus de communication A des modules de commande hors service</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="57"/>
        <source>Lost Communication With ECM/PCM A</source>
        <translation>Communication perdue avec l&apos;ECM/PCM A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="58"/>
        <source>Lost Communication With TCM</source>
        <translation>Communication perdue avec le TCM</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="59"/>
        <source>Lost Communication With Battery Energy Control Module A</source>
        <translation>Communication perdue avec le module de gestion de l&apos;énergie de la batterie A</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="60"/>
        <source>Lost Communication With Anti-Lock Brake System (ABS) Control Module</source>
        <translation>Communication perdue avec le module de commande de l&apos;ABS</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="61"/>
        <source>Lost Communication With Body Control Module</source>
        <translation>Communication perdue avec le module de commande de carrosserie</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="62"/>
        <source>Lost Communication With Instrument Panel Cluster (IPC) Control Module</source>
        <translation>Communication perdue avec le module du combiné d&apos;instruments (IPC)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="63"/>
        <source>Lost Communication With Hybrid Powertrain Control Module</source>
        <translation>Communication perdue avec le module de commande du groupe motopropulseur hybride</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="64"/>
        <source>Have the vehicle checked at a service centre soon</source>
        <translation>Faites contrôler prochainement le véhicule dans un garage</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="65"/>
        <source>Have the vehicle checked at a service centre</source>
        <translation>Faites contrôler le véhicule dans un garage</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="66"/>
        <source>Have the 12 V battery checked soon</source>
        <translation>Faites contrôler prochainement la batterie 12 V</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="67"/>
        <source>Stop safely now. Do not touch high-voltage parts; call for assistance</source>
        <translation>Arrêtez-vous en lieu sûr. Ne touchez pas aux pièces haute tension&#xa0;; appelez l&apos;assistance</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="68"/>
        <source>Stop safely now and let the motor cool down</source>
        <translation>Arrêtez-vous en lieu sûr et laissez refroidir le moteur</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="69"/>
        <source>Stop safely now and call for assistance</source>
        <translation>Arrêtez-vous en lieu sûr et appelez l&apos;assistance</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="70"/>
        <source>Have the high-voltage battery checked at a service centre</source>
        <translation>Faites contrôler la batterie haute tension dans un garage</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="71"/>
        <source>Have the 12 V supply checked soon; avoid long trips</source>
        <translation>Faites contrôler prochainement l&apos;alimentation 12 V&#xa0;; évitez les longs trajets</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="72"/>
        <source>ABS may be unavailable: drive with care and have it checked</source>
        <translation>ABS peut-être indisponible&#xa0;: conduisez prudemment et faites-le contrôler</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc_texts.py" line="73"/>
        <source>Airbag may not deploy: have it checked at a service centre</source>
        <translation>L&apos;airbag risque de ne pas se déclencher&#xa0;: faites-le contrôler dans un garage</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="73"/>
        <source>Continue onto {street}</source>
        <extracomment>``router(origin, destination, metric, heading) -&gt; Route`` (raises RoutingError): how guidance reroutes</extracomment>
        <translation>Continuez sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="74"/>
        <source>Continue straight</source>
        <translation>Continuez tout droit</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="75"/>
        <source>In {distance}, continue onto {street}</source>
        <translation>Dans {distance}, continuez sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="76"/>
        <source>In {distance}, continue straight</source>
        <translation>Dans {distance}, continuez tout droit</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="79"/>
        <source>Bear left onto {street}</source>
        <translation>Tournez légèrement à gauche sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="80"/>
        <source>Bear left</source>
        <translation>Tournez légèrement à gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="81"/>
        <source>In {distance}, bear left onto {street}</source>
        <translation>Dans {distance}, tournez légèrement à gauche sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="82"/>
        <source>In {distance}, bear left</source>
        <translation>Dans {distance}, tournez légèrement à gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="85"/>
        <source>Bear right onto {street}</source>
        <translation>Tournez légèrement à droite sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="86"/>
        <source>Bear right</source>
        <translation>Tournez légèrement à droite</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="87"/>
        <source>In {distance}, bear right onto {street}</source>
        <translation>Dans {distance}, tournez légèrement à droite sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="88"/>
        <source>In {distance}, bear right</source>
        <translation>Dans {distance}, tournez légèrement à droite</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="91"/>
        <source>Turn left onto {street}</source>
        <translation>Tournez à gauche sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="92"/>
        <source>Turn left</source>
        <translation>Tournez à gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="93"/>
        <source>In {distance}, turn left onto {street}</source>
        <translation>Dans {distance}, tournez à gauche sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="94"/>
        <source>In {distance}, turn left</source>
        <translation>Dans {distance}, tournez à gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="97"/>
        <source>Turn right onto {street}</source>
        <translation>Tournez à droite sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="98"/>
        <source>Turn right</source>
        <translation>Tournez à droite</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="99"/>
        <source>In {distance}, turn right onto {street}</source>
        <translation>Dans {distance}, tournez à droite sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="100"/>
        <source>In {distance}, turn right</source>
        <translation>Dans {distance}, tournez à droite</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="103"/>
        <source>Turn sharp left onto {street}</source>
        <translation>Tournez franchement à gauche sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="104"/>
        <source>Turn sharp left</source>
        <translation>Tournez franchement à gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="105"/>
        <source>In {distance}, turn sharp left onto {street}</source>
        <translation>Dans {distance}, tournez franchement à gauche sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="106"/>
        <source>In {distance}, turn sharp left</source>
        <translation>Dans {distance}, tournez franchement à gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="109"/>
        <source>Turn sharp right onto {street}</source>
        <translation>Tournez franchement à droite sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="110"/>
        <source>Turn sharp right</source>
        <translation>Tournez franchement à droite</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="111"/>
        <source>In {distance}, turn sharp right onto {street}</source>
        <translation>Dans {distance}, tournez franchement à droite sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="112"/>
        <source>In {distance}, turn sharp right</source>
        <translation>Dans {distance}, tournez franchement à droite</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="115"/>
        <source>Make a U-turn onto {street}</source>
        <translation>Faites demi-tour sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="116"/>
        <source>Make a U-turn</source>
        <translation>Faites demi-tour</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="117"/>
        <source>In {distance}, make a U-turn onto {street}</source>
        <translation>Dans {distance}, faites demi-tour sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="118"/>
        <source>In {distance}, make a U-turn</source>
        <translation>Dans {distance}, faites demi-tour</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="125"/>
        <source>At the roundabout, take the 1st exit onto {street}</source>
        <translation>Au rond-point, prenez la 1re sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="126"/>
        <source>At the roundabout, take the 1st exit</source>
        <translation>Au rond-point, prenez la 1re sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="127"/>
        <source>In {distance}, at the roundabout, take the 1st exit onto {street}</source>
        <translation>Dans {distance}, au rond-point, prenez la 1re sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="128"/>
        <source>In {distance}, at the roundabout, take the 1st exit</source>
        <translation>Dans {distance}, au rond-point, prenez la 1re sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="131"/>
        <source>At the roundabout, take the 2nd exit onto {street}</source>
        <translation>Au rond-point, prenez la 2e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="132"/>
        <source>At the roundabout, take the 2nd exit</source>
        <translation>Au rond-point, prenez la 2e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="133"/>
        <source>In {distance}, at the roundabout, take the 2nd exit onto {street}</source>
        <translation>Dans {distance}, au rond-point, prenez la 2e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="134"/>
        <source>In {distance}, at the roundabout, take the 2nd exit</source>
        <translation>Dans {distance}, au rond-point, prenez la 2e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="137"/>
        <source>At the roundabout, take the 3rd exit onto {street}</source>
        <translation>Au rond-point, prenez la 3e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="138"/>
        <source>At the roundabout, take the 3rd exit</source>
        <translation>Au rond-point, prenez la 3e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="139"/>
        <source>In {distance}, at the roundabout, take the 3rd exit onto {street}</source>
        <translation>Dans {distance}, au rond-point, prenez la 3e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="140"/>
        <source>In {distance}, at the roundabout, take the 3rd exit</source>
        <translation>Dans {distance}, au rond-point, prenez la 3e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="143"/>
        <source>At the roundabout, take the 4th exit onto {street}</source>
        <translation>Au rond-point, prenez la 4e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="144"/>
        <source>At the roundabout, take the 4th exit</source>
        <translation>Au rond-point, prenez la 4e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="145"/>
        <source>In {distance}, at the roundabout, take the 4th exit onto {street}</source>
        <translation>Dans {distance}, au rond-point, prenez la 4e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="146"/>
        <source>In {distance}, at the roundabout, take the 4th exit</source>
        <translation>Dans {distance}, au rond-point, prenez la 4e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="149"/>
        <source>At the roundabout, take the 5th exit onto {street}</source>
        <translation>Au rond-point, prenez la 5e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="150"/>
        <source>At the roundabout, take the 5th exit</source>
        <translation>Au rond-point, prenez la 5e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="151"/>
        <source>In {distance}, at the roundabout, take the 5th exit onto {street}</source>
        <translation>Dans {distance}, au rond-point, prenez la 5e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="152"/>
        <source>In {distance}, at the roundabout, take the 5th exit</source>
        <translation>Dans {distance}, au rond-point, prenez la 5e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="155"/>
        <source>At the roundabout, take the 6th exit onto {street}</source>
        <translation>Au rond-point, prenez la 6e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="156"/>
        <source>At the roundabout, take the 6th exit</source>
        <translation>Au rond-point, prenez la 6e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="157"/>
        <source>In {distance}, at the roundabout, take the 6th exit onto {street}</source>
        <translation>Dans {distance}, au rond-point, prenez la 6e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="158"/>
        <source>In {distance}, at the roundabout, take the 6th exit</source>
        <translation>Dans {distance}, au rond-point, prenez la 6e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="161"/>
        <source>At the roundabout, take the 7th exit onto {street}</source>
        <translation>Au rond-point, prenez la 7e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="162"/>
        <source>At the roundabout, take the 7th exit</source>
        <translation>Au rond-point, prenez la 7e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="163"/>
        <source>In {distance}, at the roundabout, take the 7th exit onto {street}</source>
        <translation>Dans {distance}, au rond-point, prenez la 7e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="164"/>
        <source>In {distance}, at the roundabout, take the 7th exit</source>
        <translation>Dans {distance}, au rond-point, prenez la 7e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="167"/>
        <source>At the roundabout, take the 8th exit onto {street}</source>
        <translation>Au rond-point, prenez la 8e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="168"/>
        <source>At the roundabout, take the 8th exit</source>
        <translation>Au rond-point, prenez la 8e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="169"/>
        <source>In {distance}, at the roundabout, take the 8th exit onto {street}</source>
        <translation>Dans {distance}, au rond-point, prenez la 8e sortie sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="170"/>
        <source>In {distance}, at the roundabout, take the 8th exit</source>
        <translation>Dans {distance}, au rond-point, prenez la 8e sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="174"/>
        <source>At the roundabout, take exit {exit} onto {street}</source>
        <translation>Au rond-point, prenez la sortie {exit} sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="175"/>
        <source>At the roundabout, take exit {exit}</source>
        <translation>Au rond-point, prenez la sortie {exit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="176"/>
        <source>In {distance}, at the roundabout, take exit {exit} onto {street}</source>
        <translation>Dans {distance}, au rond-point, prenez la sortie {exit} sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="177"/>
        <source>In {distance}, at the roundabout, take exit {exit}</source>
        <translation>Dans {distance}, au rond-point, prenez la sortie {exit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="183"/>
        <source>Head north on {street}</source>
        <extracomment>Departure, one (named, unnamed) pair per compass direction: &quot;north&quot; is a different word inside each sentence in some languages (&quot;vers le nord&quot; / &quot;vers l&apos;est&quot;), so the direction is part of the sentence.</extracomment>
        <translation>Dirigez-vous vers le nord sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="183"/>
        <source>Head north</source>
        <translation>Dirigez-vous vers le nord</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="185"/>
        <source>Head northeast on {street}</source>
        <translation>Dirigez-vous vers le nord-est sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="186"/>
        <source>Head northeast</source>
        <translation>Dirigez-vous vers le nord-est</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="188"/>
        <source>Head east on {street}</source>
        <translation>Dirigez-vous vers l&apos;est sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="188"/>
        <source>Head east</source>
        <translation>Dirigez-vous vers l&apos;est</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="190"/>
        <source>Head southeast on {street}</source>
        <translation>Dirigez-vous vers le sud-est sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="191"/>
        <source>Head southeast</source>
        <translation>Dirigez-vous vers le sud-est</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="193"/>
        <source>Head south on {street}</source>
        <translation>Dirigez-vous vers le sud sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="193"/>
        <source>Head south</source>
        <translation>Dirigez-vous vers le sud</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="195"/>
        <source>Head southwest on {street}</source>
        <translation>Dirigez-vous vers le sud-ouest sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="196"/>
        <source>Head southwest</source>
        <translation>Dirigez-vous vers le sud-ouest</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="198"/>
        <source>Head west on {street}</source>
        <translation>Dirigez-vous vers l&apos;ouest sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="198"/>
        <source>Head west</source>
        <translation>Dirigez-vous vers l&apos;ouest</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="200"/>
        <source>Head northwest on {street}</source>
        <translation>Dirigez-vous vers le nord-ouest sur {street}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="201"/>
        <source>Head northwest</source>
        <translation>Dirigez-vous vers le nord-ouest</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="206"/>
        <source>You have arrived at your destination</source>
        <extracomment>Arrival: reached (banner, &quot;now&quot;), ahead (the maneuver the banner shows before it) and with a distance lead-in.</extracomment>
        <translation>Vous êtes à destination</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="207"/>
        <source>Arrive at your destination</source>
        <translation>Arrivée à destination</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="208"/>
        <source>In {distance}, you will arrive at your destination</source>
        <translation>Dans {distance}, vous arriverez à destination</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="213"/>
        <source>Take exit {exit} towards {towards}</source>
        <translation>Prenez la sortie {exit} en direction de {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="214"/>
        <source>Take exit {exit}</source>
        <translation>Prenez la sortie {exit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="215"/>
        <source>In {distance}, take exit {exit} towards {towards}</source>
        <translation>Dans {distance}, prenez la sortie {exit} en direction de {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="216"/>
        <source>In {distance}, take exit {exit}</source>
        <translation>Dans {distance}, prenez la sortie {exit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="219"/>
        <source>Take the exit towards {towards}</source>
        <translation>Prenez la sortie en direction de {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="220"/>
        <source>Take the exit</source>
        <translation>Prenez la sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="221"/>
        <source>In {distance}, take the exit towards {towards}</source>
        <translation>Dans {distance}, prenez la sortie en direction de {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="222"/>
        <source>In {distance}, take the exit</source>
        <translation>Dans {distance}, prenez la sortie</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="225"/>
        <source>Exit {exit}: {towards}</source>
        <extracomment>The sign panel of a motorway exit: {exit} is the junction number, {towards} the signposted destinations.</extracomment>
        <translation>Sortie {exit} : {towards}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/guidance.py" line="226"/>
        <source>Exit {exit}</source>
        <translation>Sortie {exit}</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <location filename="../../hmi/health/alerts.py" line="32"/>
        <source>Check tyre pressure at the next stop</source>
        <translation>Vérifiez la pression des pneus au prochain arrêt</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="33"/>
        <source>Stop safely now</source>
        <translation>Arrêtez-vous sans délai en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="34"/>
        <location filename="../../hmi/health/dtc.py" line="33"/>
        <source>Have the vehicle checked at a service centre</source>
        <translation>Faites contrôler le véhicule dans un garage</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="35"/>
        <source>Book a service: the nearest service centres are listed</source>
        <translation>Prenez rendez-vous pour l&apos;entretien&#xa0;: les garages les plus proches sont listés</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="36"/>
        <source>Have the 12 V battery checked; avoid leaving the car unused for long</source>
        <translation>Faites contrôler la batterie 12 V&#xa0;; évitez de laisser la voiture longtemps inutilisée</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="37"/>
        <source>Drive gently to let it cool down</source>
        <translation>Conduisez en douceur pour permettre le refroidissement</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="38"/>
        <source>Have the sensor checked at the next service</source>
        <translation>Faites contrôler le capteur lors du prochain entretien</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="39"/>
        <source>{label} pressure low ({value})</source>
        <translation>{label}&#xa0;: pression basse ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="40"/>
        <source>{label} pressure very low ({value})</source>
        <translation>{label}&#xa0;: pression très basse ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="41"/>
        <source>{label} pressure low (tyre monitor)</source>
        <translation>{label}&#xa0;: pression basse (surveillance des pneus)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="42"/>
        <source>12 V battery voltage low ({value})</source>
        <translation>Tension de la batterie 12 V basse ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="43"/>
        <source>12 V battery voltage very low ({value})</source>
        <translation>Tension de la batterie 12 V très basse ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="44"/>
        <source>Motor temperature high ({value})</source>
        <translation>Température du moteur élevée ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="45"/>
        <source>Motor overheating ({value})</source>
        <translation>Surchauffe du moteur ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="46"/>
        <source>High-voltage battery hot ({value})</source>
        <translation>Batterie haute tension chaude ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="47"/>
        <source>High-voltage battery overheating ({value})</source>
        <translation>Surchauffe de la batterie haute tension ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="48"/>
        <source>High-voltage battery capacity reduced ({value})</source>
        <translation>Capacité de la batterie haute tension réduite ({value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="49"/>
        <source>Service recommended (in {value})</source>
        <translation>Entretien recommandé (dans {value})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="50"/>
        <source>Service overdue by {overdue}</source>
        <translation>Entretien en retard de {overdue}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/alerts.py" line="51"/>
        <source>{label} not reporting</source>
        <translation>{label}&#xa0;: aucune donnée reçue</translation>
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
        <translation>Code inconnu {code}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="34"/>
        <source>Powertrain</source>
        <translation>Groupe motopropulseur</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="35"/>
        <source>Chassis</source>
        <translation>Châssis</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="36"/>
        <source>Body</source>
        <translation>Carrosserie</translation>
    </message>
    <message>
        <location filename="../../hmi/health/dtc.py" line="37"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="93"/>
        <source>All systems OK</source>
        <translation>Tous les systèmes sont OK</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="94"/>
        <source>Waiting for vehicle data</source>
        <translation>En attente des données du véhicule</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="95"/>
        <source>{tyre} pressure sensor</source>
        <translation>Capteur de pression – {tyre}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/monitor.py" line="96"/>
        <source>12 V battery</source>
        <translation>Batterie 12 V</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="56"/>
        <source>{tyre} at {reading}</source>
        <translation>{tyre} à {reading}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="57"/>
        <source>{subject}, losing ~{rate}/day — below safe pressure {when}</source>
        <translation>{subject}&#xa0;: perte d&apos;environ {rate}/jour — sous la pression de sécurité {when}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="58"/>
        <source>{subject}, losing ~{rate}/day — already below safe pressure</source>
        <translation>{subject}&#xa0;: perte d&apos;environ {rate}/jour — déjà sous la pression de sécurité</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="59"/>
        <source>{subject}, pressure steady</source>
        <translation>{subject}&#xa0;: pression stable</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="60"/>
        <source>{subject}, no clear pressure trend yet</source>
        <translation>{subject}&#xa0;: pas encore de tendance nette de la pression</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="61"/>
        <source>{cold} at {t_ref}. {basis}</source>
        <translation>{cold} à {t_ref}. {basis}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="62"/>
        <source>12 V battery resting voltage falling ~{rate:g} V/week — replace soon (below {threshold:.1f} V {when})</source>
        <translation>Tension au repos de la batterie 12 V en baisse d&apos;environ {rate:g} V/semaine — à remplacer bientôt (sous {threshold:.1f} V {when})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="66"/>
        <source>12 V battery resting voltage {level:.2f} V and falling — replace soon</source>
        <translation>Tension au repos de la batterie 12 V à {level:.2f} V et en baisse — à remplacer bientôt</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="69"/>
        <source>12 V battery resting voltage steady at {level:.2f} V</source>
        <translation>Tension au repos de la batterie 12 V stable à {level:.2f} V</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="70"/>
        <source>12 V battery resting voltage {level:.2f} V, no clear trend yet</source>
        <translation>Tension au repos de la batterie 12 V&#xa0;: {level:.2f} V, pas encore de tendance nette</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="71"/>
        <source>High-voltage battery health {level:.0f} % now, about {projected:.0f} % in 12 months</source>
        <translation>Santé de la batterie haute tension&#xa0;: {level:.0f}&#xa0;% aujourd&apos;hui, environ {projected:.0f}&#xa0;% dans 12 mois</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="74"/>
        <source>High-voltage battery health {level:.0f} % now, {low:.0f}–{high:.0f} % in 12 months</source>
        <translation>Santé de la batterie haute tension&#xa0;: {level:.0f}&#xa0;% aujourd&apos;hui, {low:.0f} à {high:.0f}&#xa0;% dans 12 mois</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="77"/>
        <source>High-voltage battery health steady at {level:.0f} %</source>
        <translation>Santé de la batterie haute tension stable à {level:.0f}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="78"/>
        <source>High-voltage battery health {level:.0f} %, no clear trend yet</source>
        <translation>Santé de la batterie haute tension&#xa0;: {level:.0f}&#xa0;%, pas encore de tendance nette</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="79"/>
        <source>Service due {when} ({distance} at ~{rate}/day)</source>
        <translation>Entretien à prévoir {when} ({distance} à environ {rate}/jour)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="80"/>
        <source>Service overdue by {distance}</source>
        <translation>Entretien en retard de {distance}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="81"/>
        <source>Service in {distance}; the car is hardly driven, so no date can be given</source>
        <translation>Entretien dans {distance}&#xa0;; la voiture roule très peu, aucune date ne peut être estimée</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="84"/>
        <source>Based on {days:.0f} days of data, {n} readings; {confidence} confidence (±{halfwidth}/day)</source>
        <translation>D&apos;après {days:.0f} jours de données, {n} mesures&#xa0;; fiabilité {confidence} (±{halfwidth}/jour)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="87"/>
        <source>Based on {days:.0f} days of data, {n} readings; {confidence} confidence</source>
        <translation>D&apos;après {days:.0f} jours de données, {n} mesures&#xa0;; fiabilité {confidence}</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="90"/>
        <source>Not enough data yet: {days:.1f} of {need_days:.0f} days, {n} of {need_n} readings</source>
        <translation>Pas encore assez de données&#xa0;: {days:.1f}/{need_days:.0f} jours, {n}/{need_n} mesures</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="93"/>
        <source>Readings too irregular for a prediction (scatter ±{sigma})</source>
        <translation>Mesures trop irrégulières pour une prévision (dispersion ±{sigma})</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="94"/>
        <source>Trend too uncertain for a prediction yet (±{halfwidth}/day)</source>
        <translation>Tendance encore trop incertaine pour une prévision (±{halfwidth}/jour)</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="95"/>
        <source>Readings drift too slowly to tell a trend yet</source>
        <translation>Les mesures varient trop lentement pour dégager déjà une tendance</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="96"/>
        <source>No current reading</source>
        <translation>Aucune mesure actuelle</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="97"/>
        <source>in about a day</source>
        <translation>dans environ un jour</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="98"/>
        <source>in about {n} days</source>
        <translation>dans environ {n} jours</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="99"/>
        <source>within a day</source>
        <translation>dans moins d&apos;un jour</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="100"/>
        <source>within {n} days</source>
        <translation>d&apos;ici {n} jours</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="101"/>
        <source>in {low}–{high} days</source>
        <translation>dans {low} à {high} jours</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="102"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="103"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="104"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="109"/>
        <source>Front-left tyre</source>
        <translation>Pneu avant gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="110"/>
        <source>Front-right tyre</source>
        <translation>Pneu avant droit</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="111"/>
        <source>Rear-left tyre</source>
        <translation>Pneu arrière gauche</translation>
    </message>
    <message>
        <location filename="../../hmi/health/predict.py" line="112"/>
        <source>Rear-right tyre</source>
        <translation>Pneu arrière droit</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="30"/>
        <source>Repair shop</source>
        <translation>Atelier de réparation</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="31"/>
        <source>Car dealer</source>
        <translation>Concessionnaire</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="32"/>
        <source>Tyre service</source>
        <translation>Spécialiste pneus</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="33"/>
        <source>Unnamed garage</source>
        <translation>Garage sans nom</translation>
    </message>
    <message>
        <location filename="../../hmi/health/service.py" line="34"/>
        <source>{brand} garage</source>
        <translation>Garage {brand}</translation>
    </message>
</context>
<context>
    <name>link</name>
    <message>
        <location filename="../../hmi/link/client.py" line="139"/>
        <source>Broker unreachable — retrying</source>
        <translation>Broker injoignable — nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="140"/>
        <source>Connecting to the vehicle</source>
        <translation>Connexion au véhicule</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="141"/>
        <source>Vehicle agent offline</source>
        <translation>Agent du véhicule hors ligne</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="142"/>
        <source>Waiting for the vehicle agent</source>
        <translation>En attente de l&apos;agent du véhicule</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="143"/>
        <source>No data from the vehicle</source>
        <translation>Aucune donnée du véhicule</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="144"/>
        <source>The car&apos;s clock does not match this screen&apos;s</source>
        <translation>L&apos;horloge de la voiture ne correspond pas à celle de cet écran</translation>
    </message>
    <message>
        <location filename="../../hmi/link/client.py" line="145"/>
        <source>Connected</source>
        <translation>Connecté</translation>
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
        <translation>Pas de réponse de la voiture</translation>
    </message>
    <message>
        <location filename="../../hmi/link/commands.py" line="17"/>
        <source>Not connected to the car</source>
        <translation>Pas de connexion à la voiture</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="57"/>
        <source>Waiting for current data from the car</source>
        <extracomment>Shown where the HMI refuses to decide (install an update, unlock typing, warm the battery) because the car&apos;s latest values are too old or the car is not connected.</extracomment>
        <translation>En attente de données actuelles de la voiture</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="62"/>
        <source>last known {age} ago</source>
        <extracomment>How old the values on screen are, after the link&apos;s status: &quot;last known 3 h ago&quot;. {age} is e.g. &quot;3 h&quot;.</extracomment>
        <translation>dernière valeur connue il y a {age}</translation>
    </message>
    <message>
        <location filename="../../hmi/vehicle/freshness.py" line="66"/>
        <source>{n} d</source>
        <extracomment>an age in whole days, abbreviated (&quot;2 d&quot;)</extracomment>
        <translation>{n} j</translation>
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
        <translation>Aucune carte chargée</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="58"/>
        <source>Map unavailable</source>
        <translation>Carte indisponible</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="59"/>
        <source>Map folder not found: {path}</source>
        <translation>Dossier de carte introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/map_view.py" line="60"/>
        <source>{path}: cannot read the map ({error})</source>
        <translation>{path}&#xa0;: impossible de lire la carte ({error})</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../../hmi/nav/session.py" line="33"/>
        <source>The car&apos;s position is outside the offline map ({region})</source>
        <translation>La position de la voiture est en dehors de la carte hors ligne ({region})</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="34"/>
        <source>The destination is outside the offline map ({region})</source>
        <translation>La destination est en dehors de la carte hors ligne ({region})</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="35"/>
        <source>The car is too far from a road on the offline map</source>
        <translation>La voiture est trop loin d&apos;une route de la carte hors ligne</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="36"/>
        <source>The destination is too far from a road on the offline map</source>
        <translation>La destination est trop loin d&apos;une route de la carte hors ligne</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="37"/>
        <source>The destination cannot be reached by road from here: it is not connected to the start</source>
        <translation>La destination n&apos;est pas accessible par la route d&apos;ici&#xa0;: elle n&apos;est pas reliée au point de départ</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="40"/>
        <source>No drivable route between start and destination</source>
        <translation>Aucun itinéraire praticable entre le départ et la destination</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="41"/>
        <source>The position is not valid</source>
        <translation>La position n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="42"/>
        <location filename="../../hmi/ui/nav_model.py" line="72"/>
        <source>The route could not be planned</source>
        <translation>L&apos;itinéraire n&apos;a pas pu être calculé</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/session.py" line="44"/>
        <source>Rerouting failed: {reason}</source>
        <translation>Échec du recalcul de l&apos;itinéraire&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="54"/>
        <source>No offline map is installed. Build one with: {command}</source>
        <extracomment>Guidance runs at most this often (the position arrives at 10 Hz). hmi/navigation/active is refreshed this often while guiding (ETA drifts). Screen messages of the Navigate page (context &quot;nav&quot;; route instructions are in ``hmi.nav.guidance``).</extracomment>
        <translation>Aucune carte hors ligne installée. Pour en créer une&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="55"/>
        <source>No offline map is installed at {path}. Build one with: {command}</source>
        <translation>Aucune carte hors ligne installée dans {path}. Pour en créer une&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="56"/>
        <source>Loading the offline map…</source>
        <translation>Chargement de la carte hors ligne…</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="57"/>
        <source>The offline map cannot be used: {reason}</source>
        <translation>La carte hors ligne est inutilisable&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="58"/>
        <source>Route recalculated</source>
        <translation>Itinéraire recalculé</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="59"/>
        <source>You have arrived at {name}</source>
        <translation>Arrivée à destination&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="60"/>
        <source>Search is locked while driving: pick a recent or favourite destination</source>
        <translation>Recherche bloquée pendant la conduite&#xa0;: choisissez une destination récente ou favorite</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="61"/>
        <source>Saved as Home</source>
        <translation>Enregistré comme «&#xa0;Domicile&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="62"/>
        <source>Saved as Work</source>
        <translation>Enregistré comme «&#xa0;Travail&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="64"/>
        <source>To set Home: search for it, start the route, then tap the house on the trip bar</source>
        <extracomment>after a tap on &quot;Set home&quot; (no Home saved yet): how to save one</extracomment>
        <translation>Pour définir le domicile&#xa0;: cherchez-le, lancez l&apos;itinéraire, puis touchez la maison dans la barre du trajet</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="67"/>
        <source>To set Work: search for it, start the route, then tap the briefcase on the trip bar</source>
        <translation>Pour définir le travail&#xa0;: cherchez-le, lancez l&apos;itinéraire, puis touchez la mallette dans la barre du trajet</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="70"/>
        <source>The car&apos;s position is not known yet</source>
        <translation>La position de la voiture n&apos;est pas encore connue</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="71"/>
        <source>Planning the route to {name}…</source>
        <translation>Calcul de l&apos;itinéraire vers {name}…</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="73"/>
        <source>No feasible trip</source>
        <translation>Aucun trajet possible</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/nav_model.py" line="74"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
</context>
<context>
    <name>ota</name>
    <message>
        <location filename="../../hmi/updates/texts.py" line="25"/>
        <source>Checking the car&apos;s software</source>
        <extracomment>Idle headline until ``selfupdate/currentstate`` has told us what is installed.</extracomment>
        <translation>Vérification du logiciel de la voiture</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="27"/>
        <source>Last checked {day} {time}</source>
        <extracomment>When the car last reported its software (its current state), e.g. &quot;Last checked Monday 14:05&quot;.</extracomment>
        <translation>Dernière vérification le {day} à {time}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="29"/>
        <source>Not checked yet: waiting for the car to report its software</source>
        <extracomment>Before the car has reported its software at all.</extracomment>
        <translation>Pas encore vérifié&#xa0;: en attente des informations logicielles de la voiture</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="32"/>
        <source>Your software is up to date</source>
        <extracomment>Short headline per machine state (``State.value``), for the page title and the status bar.</extracomment>
        <translation>Votre logiciel est à jour</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="33"/>
        <location filename="../../hmi/updates/texts.py" line="34"/>
        <source>Software update available</source>
        <translation>Mise à jour logicielle disponible</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="35"/>
        <source>Downloading update</source>
        <translation>Téléchargement de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="36"/>
        <source>Update ready to install</source>
        <translation>Mise à jour prête à installer</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="37"/>
        <source>Update scheduled</source>
        <translation>Mise à jour planifiée</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="38"/>
        <source>Update waiting</source>
        <translation>Mise à jour en attente</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="39"/>
        <source>Installing update</source>
        <translation>Installation de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="40"/>
        <source>Restart to finish the update</source>
        <translation>Redémarrez pour terminer la mise à jour</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="41"/>
        <source>Restarting</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="42"/>
        <source>Update installed</source>
        <translation>Mise à jour installée</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="43"/>
        <source>Update failed</source>
        <translation>Échec de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="44"/>
        <source>Update declined</source>
        <translation>Mise à jour refusée</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="48"/>
        <source>As published by the car&apos;s maker, not translated</source>
        <extracomment>Under the release notes in a language other than English: the agent&apos;s notes are shown as it sent them.</extracomment>
        <translation>Telles que publiées par le constructeur, non traduites</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="52"/>
        <source>vehicle data is not available</source>
        <translation>les données du véhicule ne sont pas disponibles</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="54"/>
        <source>there is no current data from the car</source>
        <extracomment>a reason, after &quot;Can&apos;t restart now: …&quot;: the car&apos;s latest values are too old or the car is not connected</extracomment>
        <translation>il n&apos;y a pas de données actuelles de la voiture</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="55"/>
        <source>the car is moving</source>
        <translation>la voiture roule</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="56"/>
        <source>the car is not in Park</source>
        <translation>la voiture n&apos;est pas en position P</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="57"/>
        <source>the battery is below {soc}</source>
        <translation>la batterie est à moins de {soc}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="59"/>
        <source>{first} and {rest}</source>
        <extracomment>Joins the last two reasons (&quot;the car is moving and the battery is below 30 %&quot;).</extracomment>
        <translation>{first} et {rest}</translation>
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
        <translation>En attente&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="63"/>
        <source>Can&apos;t restart now: {reasons}</source>
        <translation>Redémarrage impossible pour l&apos;instant&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="64"/>
        <source>Can&apos;t restore the previous version now: {reasons}</source>
        <translation>Impossible de restaurer la version précédente pour l&apos;instant&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="65"/>
        <source>parked</source>
        <translation>voiture garée</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="66"/>
        <source>the battery reached {soc}</source>
        <translation>batterie à {soc}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="67"/>
        <source>vehicle data arrived</source>
        <translation>données du véhicule reçues</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="68"/>
        <source>ready</source>
        <translation>tout est prêt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="69"/>
        <source>Waited until {conditions}, installing now</source>
        <translation>Attente terminée ({conditions}), installation en cours</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="72"/>
        <source>Software update {version} is available</source>
        <translation>La mise à jour logicielle {version} est disponible</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="73"/>
        <source>Software update {version} is ready to install</source>
        <translation>La mise à jour logicielle {version} est prête à être installée</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="74"/>
        <source>No news from the update service; checking its state</source>
        <translation>Pas de nouvelles du service de mise à jour&#xa0;; vérification de son état</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="75"/>
        <source>Pick a time within the next 14 days</source>
        <translation>Choisissez une heure dans les 14 prochains jours</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="76"/>
        <source>Update scheduled for {day} {time}</source>
        <translation>Mise à jour planifiée le {day} à {time}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="77"/>
        <source>We&apos;ll remind you at the end of your next drive</source>
        <translation>Nous vous le rappellerons à la fin de votre prochain trajet</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="78"/>
        <source>Update {version} declined</source>
        <translation>Mise à jour {version} refusée</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="79"/>
        <source>Restarting as soon as the update manager is ready</source>
        <translation>Redémarrage dès que le gestionnaire de mises à jour est prêt</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="80"/>
        <source>Restoring the previous version…</source>
        <translation>Restauration de la version précédente…</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="81"/>
        <source>Your car is back on version {version}</source>
        <translation>Votre voiture est revenue à la version {version}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="82"/>
        <source>Update {version} installed. See what&apos;s new</source>
        <translation>Mise à jour {version} installée. Découvrez les nouveautés</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="83"/>
        <source>Restart to finish the update (takes about a minute, the car can&apos;t be driven)</source>
        <translation>Redémarrez pour terminer la mise à jour (environ une minute, la voiture ne peut pas rouler)</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="86"/>
        <source>Not connected to the car: nothing was sent. Try again when the connection is back.</source>
        <translation>Pas de connexion à la voiture&#xa0;: rien n&apos;a été envoyé. Réessayez une fois la connexion rétablie.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="92"/>
        <source>The update could not be prepared. Nothing was changed in your car.</source>
        <translation>La mise à jour n&apos;a pas pu être préparée. Rien n&apos;a été modifié dans votre voiture.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="93"/>
        <source>The download failed. Nothing was changed in your car.</source>
        <translation>Le téléchargement a échoué. Rien n&apos;a été modifié dans votre voiture.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="94"/>
        <source>The update could not be installed. Your car keeps running the current version.</source>
        <translation>La mise à jour n&apos;a pas pu être installée. Votre voiture conserve la version actuelle.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="97"/>
        <source>The new software did not start. Your car returns to the previous version.</source>
        <translation>Le nouveau logiciel n&apos;a pas démarré. Votre voiture revient à la version précédente.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="99"/>
        <source>The update did not complete.</source>
        <translation>La mise à jour n&apos;a pas abouti.</translation>
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
        <translation>{failure} Votre voiture utilise la version {version}.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="105"/>
        <source>Installs {day} {time}</source>
        <translation>Installation le {day} à {time}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="106"/>
        <source>Park the car with at least {soc} battery. The car can&apos;t be driven while the update installs.</source>
        <translation>Garez la voiture avec au moins {soc} de batterie. La voiture ne peut pas rouler pendant l&apos;installation.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="109"/>
        <source>about {duration}</source>
        <translation>environ {duration}</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="111"/>
        <source>{size:.0f} B</source>
        <translation>{size:.0f}&#xa0;o</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="112"/>
        <source>{size:.1f} kB</source>
        <translation>{size:.1f}&#xa0;ko</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="113"/>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="114"/>
        <source>{size:.1f} GB</source>
        <translation>{size:.1f}&#xa0;Go</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="118"/>
        <source>Mon</source>
        <extracomment>Abbreviated weekday names, Monday first (``time.struct_time.tm_wday``), for &quot;Installs Tue 02:00&quot;.</extracomment>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="119"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="120"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="121"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="122"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="123"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../hmi/updates/texts.py" line="124"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
</context>
<context>
    <name>trip</name>
    <message>
        <location filename="../../hmi/nav/ev/chargers.py" line="34"/>
        <source>Charging station</source>
        <extracomment>the name shown for a charging station that has none in the map data</extracomment>
        <translation>Borne de recharge</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="59"/>
        <source>Start</source>
        <extracomment>the trip&apos;s starting point (a place name)</extracomment>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="60"/>
        <location filename="../../hmi/ui/trip_model.py" line="76"/>
        <source>Destination</source>
        <extracomment>the name of a destination that has none</extracomment>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="62"/>
        <source>charger</source>
        <extracomment>stands for a charging station&apos;s name in a sentence when it has none</extracomment>
        <translation>borne</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="63"/>
        <source>Starting below the {reserve} reserve</source>
        <translation>Départ sous la réserve de {reserve}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="65"/>
        <source>The way to the first charger uses part of the {reserve} reserve</source>
        <extracomment>a low start: the way to the first charger dips into the driver&apos;s reserve</extracomment>
        <translation>Le trajet jusqu’à la première borne entame la réserve de {reserve}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="66"/>
        <source>the destination cannot be reached by road from the start (not connected)</source>
        <translation>la destination n&apos;est pas accessible par la route depuis le départ (non reliée)</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="69"/>
        <source>no feasible sequence of charging stops</source>
        <translation>aucune suite d&apos;arrêts de recharge possible</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="71"/>
        <source>{plugs}, ≥ {power}</source>
        <extracomment>charger filter: {plugs} plug names (&quot;CHAdeMO/Type 2&quot;), {power} the driver&apos;s minimum charger power</extracomment>
        <translation>{plugs}, ≥&#xa0;{power}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="72"/>
        <source>destination out of range and no compatible charger ({filter}) on the map</source>
        <translation>destination hors d&apos;autonomie et aucune borne compatible ({filter}) sur la carte</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="75"/>
        <source>the trip needs {need} and the battery has {soc}; no compatible charger ({filter}) on the map</source>
        <translation>le trajet nécessite {need} et la batterie est à {soc}&#xa0;; aucune borne compatible ({filter}) sur la carte</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="78"/>
        <source>the trip cannot be driven on one charge and the battery has {soc}; no compatible charger ({filter}) on the map</source>
        <translation>le trajet est impossible sur une seule charge et la batterie est à {soc}&#xa0;; aucune borne compatible ({filter}) sur la carte</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="83"/>
        <source>no compatible charger ({filter}) within a full battery&apos;s range of the start</source>
        <translation>aucune borne compatible ({filter}) à portée d&apos;une batterie pleine depuis le départ</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="86"/>
        <source>nearest compatible charger {distance} away, reachable {reachable}</source>
        <translation>borne compatible la plus proche à {distance}, autonomie actuelle {reachable}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="87"/>
        <source>destination cannot be reached from any reachable compatible charger</source>
        <translation>destination inaccessible depuis toutes les bornes compatibles à portée</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="90"/>
        <source>from {charger} the destination needs {need}, above the {limit} charge limit</source>
        <translation>depuis {charger}, la destination nécessite {need}, au-delà de la limite de charge de {limit}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="93"/>
        <source>no sequence of compatible chargers reaches the destination with ≥ {arrival} (reserve {reserve})</source>
        <translation>aucune suite de bornes compatibles n&apos;atteint la destination avec ≥&#xa0;{arrival} (réserve {reserve})</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="97"/>
        <source>searched the {count} chargers nearest the route ({left_out} others not): a faster trip may exist</source>
        <extracomment>{count} chargers were searched, {left_out} more on the map were not</extracomment>
        <translation>{count} bornes les plus proches de l’itinéraire examinées ({left_out} autres non) : un trajet plus rapide peut exister</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="101"/>
        <source>a slower road</source>
        <extracomment>stands for a road&apos;s name when the slower road the plan takes has none</extracomment>
        <translation>une route plus lente</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="103"/>
        <source>via {road}: {slower} slower, saves a charging stop</source>
        <extracomment>why a leg is not on the fastest road: {road} its name, {slower} the extra driving time</extracomment>
        <translation>par {road} : {slower} de plus, évite un arrêt de recharge</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="105"/>
        <source>via {road}: {slower} slower, saves {count} charging stops</source>
        <extracomment>why a leg is not on the fastest road; {count} ≥ 2 charging stops saved</extracomment>
        <translation>par {road} : {slower} de plus, évite {count} arrêts de recharge</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="106"/>
        <source>via {road}: {slower} slower, makes the trip possible</source>
        <translation>par {road} : {slower} de plus, rend le trajet possible</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/planner.py" line="108"/>
        <source>via {road}: {slower} slower to drive, {saved} faster in all</source>
        <extracomment>{saved} is the time the whole trip saves (less charging) despite the slower road</extracomment>
        <translation>par {road} : {slower} de conduite en plus, {saved} de moins au total</translation>
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
        <translation>même heure d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="52"/>
        <source>{first} and {second}</source>
        <extracomment>two charging station names</extracomment>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="53"/>
        <source>Added a charging stop at {names}, {delta}</source>
        <translation>Arrêt de recharge ajouté à {names}, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="54"/>
        <source>Charging stop at {names} no longer needed, {delta}</source>
        <translation>Arrêt de recharge à {names} plus nécessaire, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="55"/>
        <source>Charging stop changed to {name}, {delta}</source>
        <translation>Arrêt de recharge remplacé par {name}, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="56"/>
        <source>Longer charge at {name} (to {soc}), {delta}</source>
        <translation>Recharge plus longue à {name} (jusqu&apos;à {soc}), {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="57"/>
        <source>Shorter charge at {name} (to {soc}), {delta}</source>
        <translation>Recharge plus courte à {name} (jusqu&apos;à {soc}), {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="58"/>
        <source>Route updated for the battery level, {delta}</source>
        <translation>Itinéraire mis à jour selon le niveau de charge, {delta}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="60"/>
        <source>Cannot reach {target} on this charge: {reason}</source>
        <extracomment>{target}: the next stop or the destination; {reason}: why no trip works (a sentence starting lower-case)</extracomment>
        <translation>Impossible d&apos;atteindre {target} avec cette charge&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="62"/>
        <source>Cannot reach the destination on this charge: {reason}</source>
        <extracomment>the destination has no name (a point picked on the map); {reason}: why no trip works (lower-case start)</extracomment>
        <translation>Impossible d&apos;atteindre la destination avec cette charge&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="64"/>
        <source>no answer from the vehicle</source>
        <extracomment>battery preconditioning failed because</extracomment>
        <translation>pas de réponse du véhicule</translation>
    </message>
    <message>
        <location filename="../../hmi/nav/ev/replan.py" line="66"/>
        <source>refused by the vehicle</source>
        <extracomment>battery preconditioning failed because</extracomment>
        <translation>refusé par le véhicule</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="74"/>
        <source>Current position</source>
        <extracomment>A wait shorter than this shows no spinner (most plans answer sooner; a flash of a spinner is noise). How long closing the model waits for a job that is past its last checkpoint. the trip&apos;s starting point: where the car is now</extracomment>
        <translation>Position actuelle</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="78"/>
        <source>invalid destination</source>
        <extracomment>why no trip could be planned (starts lower-case; shown after other text or capitalised)</extracomment>
        <translation>destination non valide</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="79"/>
        <source>no map loaded</source>
        <translation>aucune carte chargée</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="80"/>
        <source>waiting for the car&apos;s position and battery level</source>
        <translation>en attente de la position et du niveau de charge de la voiture</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="81"/>
        <source>trip planning failed</source>
        <translation>échec de la planification du trajet</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="83"/>
        <source>Route updated for your new charging settings</source>
        <extracomment>the EV settings changed during a trip and the route was planned again with them</extracomment>
        <translation>Itinéraire mis à jour selon vos nouveaux réglages de recharge</translation>
    </message>
    <message>
        <location filename="../../hmi/ui/trip_model.py" line="85"/>
        <source>Your new charging settings cannot be met on this trip ({reason}): keeping the current route</source>
        <extracomment>the EV settings changed during a trip but no route satisfies them; {reason} starts lower-case</extracomment>
        <translation>Vos nouveaux réglages de recharge sont impossibles à respecter sur ce trajet ({reason})&#xa0;: l&apos;itinéraire actuel est conservé</translation>
    </message>
</context>
</TS>
