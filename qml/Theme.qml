pragma Singleton
import QtQuick

// The one place for colours (day/night), fonts, spacings and touch sizes.
// Spacings are designed at 1280×800 and scaled by `scale`; touch targets never go below 76 px.
// Text sizes are in dp (`dp`, px per density-independent pixel, from the screen: 1.0 on the smallest head unit,
// 1024×600, growing with the screen to 1.1 at 1920×720 and 1280×800: these head units have about the same
// physical density, so the text grows modestly with the screen, not with its pixel count) and multiplied by `textScale`, the driver's
// text-size setting (settings.textScale); spacings and touch targets do not grow with it (only the text does).
// The scale follows Android Automotive's rules for in-car text: body ≥ 24 dp, primary values ≥ 32 dp, and
// the values read at a glance while driving (speed, distance to the next turn) ≥ 64 dp.
// Night theme: dark surfaces only. Colour sits on icons, outlines and small accents; large areas that are
// filled with the accent by day (the guidance card, selected options, primary buttons) are a dark blue-grey
// `accentFill` at night, outlined with the accent, so the screen never glares in a dark cabin.
// Every text colour keeps a WCAG contrast ratio ≥ 4.5:1 on the backgrounds it is used on, in both
// themes: tests/designer/test_readability.py checks it.
QtObject {
    property bool night: false
    property real scale: 1.0
    property real textScale: 1.0
    // px per dp for text: 1.0 at 1024×600, 1.1 at 1920×720 and 1280×800 (set by Main.qml from the window)
    property real dp: 1.0
    // outline width of accent-filled areas: none by day (the fill carries it), the accent outline at night
    readonly property int accentFillBorder: night ? 2 : 0

    readonly property color background: night ? "#0a0e13" : "#eef1f4"
    readonly property color surface: night ? "#141a22" : "#ffffff"
    readonly property color surfaceAlt: night ? "#1e2732" : "#e3e8ee"
    readonly property color divider: night ? "#2a3542" : "#cfd7df"
    readonly property color text: night ? "#eef2f6" : "#0f161d"
    readonly property color textDim: night ? "#a3b0bd" : "#46525e"
    readonly property color accent: night ? "#5cc8ff" : "#00609f"
    // large accent areas: the accent by day, a dark tint at night (outlined with `accent` there)
    readonly property color accentFill: night ? "#10293a" : "#00609f"
    readonly property color textOnAccent: night ? "#eef2f6" : "#ffffff"
    readonly property color good: night ? "#5ad68a" : "#17703a"
    readonly property color warning: night ? "#ffbf5e" : "#8a5200"
    readonly property color critical: night ? "#ff7a7a" : "#b3202a"
    readonly property color textOnCritical: "#ffffff"
    readonly property color criticalFill: night ? "#6e161c" : "#b3202a"
    readonly property color barTrack: night ? "#2a3542" : "#d5dde5"

    readonly property string fontFamily: "DejaVu Sans"
    // size in dp × the screen's px per dp × the driver's text size; the minimum per role is in TEXT_ROLES_DP
    // (hmi/testing/visual.py), which the visual checks enforce on every rendered page
    function fontSize(sizeDp) { return Math.round(sizeDp * dp * textScale) }
    readonly property int fontHero: fontSize(96)     // the glance value of a page (speed)
    readonly property int fontXLarge: fontSize(64)   // glance values (distance to the next turn)
    readonly property int fontLarge: fontSize(40)    // headline values (state of charge, range)
    readonly property int fontMedium: fontSize(32)   // primary values and card titles
    readonly property int fontBody: fontSize(24)     // body text, labels, buttons
    readonly property int fontSmall: fontSize(24)    // secondary text: never below body size in a car

    // the smallest touch target on any screen (px): every button, tab and the status bar's bell
    readonly property int minTouch: 76
    readonly property int touch: Math.max(minTouch, Math.round(84 * scale))
    // tall enough for the bell's touch target: the bar's items are tapped too
    readonly property int statusBarHeight: minTouch
    readonly property int spacing: Math.round(16 * scale)
    readonly property int padding: Math.round(20 * scale)
    readonly property int radius: Math.round(18 * scale)
    readonly property int iconSize: Math.max(28, Math.round(36 * scale))

    function iconUrl(name, color) {
        return "image://icon/" + name + "/" + color
    }
}
