import QtQuick
import ".."

// Map buttons: zoom in / out, compass (north-up ⇄ heading-up; the needle shows where north is) and
// "recentre" (shown while the map does not follow the car). Touch targets are Theme.touch (≥ 76 px).
// Uses only its own properties; the page wires them to a MapView:
//   MapControls { bearing: map.bearing; headingUp: map.headingUp; following: map.follow
//                 canZoomIn: map.zoom < map.maxZoom; canZoomOut: map.zoom > map.minZoom
//                 onZoomInClicked: map.zoomIn(); onZoomOutClicked: map.zoomOut()
//                 onCompassClicked: map.toggleHeadingUp(); onRecenterClicked: map.recenter() }
Column {
    id: controls
    property real bearing: 0
    property bool headingUp: false
    property bool following: true
    property bool canZoomIn: true
    property bool canZoomOut: true
    signal zoomInClicked()
    signal zoomOutClicked()
    signal compassClicked()
    signal recenterClicked()

    spacing: Theme.spacing / 2

    component MapButton: Rectangle {
        id: btn
        property string label: ""
        property string accessibleName: label
        signal clicked()
        width: Theme.touch
        height: Theme.touch
        radius: width / 2
        color: area.pressed ? Theme.divider : Theme.surface
        border.width: 1
        border.color: Theme.divider
        opacity: enabled ? 1 : 0.4
        Accessible.role: Accessible.Button
        Accessible.name: accessibleName
        Text {
            anchors.centerIn: parent
            text: btn.label
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            textFormat: Text.PlainText
        }
        MouseArea {
            id: area
            anchors.fill: parent
            enabled: btn.enabled
            onClicked: btn.clicked()
        }
    }

    MapButton {
        objectName: "mapZoomIn"
        label: "+"
        accessibleName: qsTr("Zoom in")
        enabled: controls.canZoomIn
        onClicked: controls.zoomInClicked()
    }
    MapButton {
        objectName: "mapZoomOut"
        label: "−"
        accessibleName: qsTr("Zoom out")
        enabled: controls.canZoomOut
        onClicked: controls.zoomOutClicked()
    }
    MapButton {
        id: compass
        objectName: "mapCompass"
        accessibleName: controls.headingUp ? qsTr("Heading up: switch to north up") : qsTr("North up: switch to heading up")
        onClicked: controls.compassClicked()
        Item {
            // the needle points to north on the map: it turns against the map's bearing
            anchors.centerIn: parent
            width: parent.width * 0.56
            height: width
            rotation: -controls.bearing
            Rectangle {
                width: parent.width * 0.16
                height: parent.height / 2
                anchors.horizontalCenter: parent.horizontalCenter
                y: 0
                radius: width / 2
                color: Theme.critical
            }
            Rectangle {
                width: parent.width * 0.16
                height: parent.height / 2
                anchors.horizontalCenter: parent.horizontalCenter
                y: parent.height / 2
                radius: width / 2
                color: Theme.textDim
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                y: -height * 0.9
                text: qsTr("N", "compass: north")
                color: Theme.critical
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
                textFormat: Text.PlainText
            }
        }
        Rectangle {
            // a dot marks heading-up mode
            visible: controls.headingUp
            width: 12
            height: 12
            radius: 6
            color: Theme.accent
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 6
        }
    }
    MapButton {
        objectName: "mapRecenter"
        visible: !controls.following
        accessibleName: qsTr("Follow the car")
        onClicked: controls.recenterClicked()
        Rectangle {
            // target symbol: ring and dot
            anchors.centerIn: parent
            width: parent.width * 0.42
            height: width
            radius: width / 2
            color: "transparent"
            border.width: 4
            border.color: Theme.accent
            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.36
                height: width
                radius: width / 2
                color: Theme.accent
            }
        }
    }
}
