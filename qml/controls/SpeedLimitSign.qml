import QtQuick
import ".."

// The legal speed limit of the road under the car as a round sign: the number in the driver's speed unit,
// the "no limit" sign (diagonal stripes) where the road has none, filled red while the car is above the limit.
// The caller hides it where the limit is unmapped; every value comes from the nav model.
Rectangle {
    id: sign
    property string text: ""        // "50" (already in the driver's unit)
    property bool noLimit: false    // derestriction sign instead of a number
    property bool over: false       // the car is faster than the limit
    property int size: Math.round(Theme.touch * 1.15)

    width: size
    height: size
    radius: size / 2
    color: sign.over ? Theme.criticalFill : Theme.surface
    border.width: sign.noLimit ? Math.max(2, Math.round(size * 0.03)) : Math.round(size * 0.11)
    border.color: sign.noLimit ? Theme.text : (sign.over ? Theme.textOnCritical : Theme.critical)

    Text {
        objectName: "speedLimitText"
        visible: !sign.noLimit
        anchors.centerIn: parent
        width: parent.width - 2 * parent.border.width
        horizontalAlignment: Text.AlignHCenter
        text: sign.text
        textFormat: Text.PlainText
        color: sign.over ? Theme.textOnCritical : Theme.text
        font.family: Theme.fontFamily
        font.bold: true
        font.pixelSize: Math.round(sign.size * (sign.text.length > 2 ? 0.34 : 0.42))
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
    }

    Item {
        // end of all limits: three thin diagonal stripes across the disc (each a chord short of the rim)
        visible: sign.noLimit
        anchors.fill: parent
        Repeater {
            model: 3
            Rectangle {
                width: sign.size * (index === 1 ? 0.85 : 0.78)
                height: Math.max(2, Math.round(sign.size * 0.035))
                color: Theme.text
                anchors.centerIn: parent
                anchors.horizontalCenterOffset: (index - 1) * sign.size * 0.09
                anchors.verticalCenterOffset: (index - 1) * sign.size * 0.09
                rotation: -45
            }
        }
    }
}
