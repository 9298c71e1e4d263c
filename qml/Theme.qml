pragma Singleton
import QtQuick

// The one place for colours (day/night), fonts, spacings and touch sizes.
// Sizes are designed at 1280×800 and scaled by `scale`; touch targets never go below 76 px.
// Font sizes are also multiplied by `textScale`, the driver's text-size setting (settings.textScale);
// spacings and touch targets do not grow with it (only the text does).
// Every text colour keeps a WCAG contrast ratio ≥ 4.5:1 on the backgrounds it is used on, in both
// themes: tests/designer/test_readability.py checks it.
QtObject {
    property bool night: false
    property real scale: 1.0
    property real textScale: 1.0

    readonly property color background: night ? "#0a0e13" : "#eef1f4"
    readonly property color surface: night ? "#141a22" : "#ffffff"
    readonly property color surfaceAlt: night ? "#1e2732" : "#e3e8ee"
    readonly property color divider: night ? "#2a3542" : "#cfd7df"
    readonly property color text: night ? "#eef2f6" : "#0f161d"
    readonly property color textDim: night ? "#a3b0bd" : "#46525e"
    readonly property color accent: night ? "#5cc8ff" : "#00609f"
    readonly property color textOnAccent: night ? "#00131f" : "#ffffff"
    readonly property color good: night ? "#5ad68a" : "#17703a"
    readonly property color warning: night ? "#ffbf5e" : "#8a5200"
    readonly property color critical: night ? "#ff7a7a" : "#b3202a"
    readonly property color textOnCritical: "#ffffff"
    readonly property color criticalFill: night ? "#8f1d24" : "#b3202a"
    readonly property color barTrack: night ? "#2a3542" : "#d5dde5"

    readonly property string fontFamily: "DejaVu Sans"
    // design size × screen scale (with a floor for legibility) × the driver's text size
    function fontSize(design, floor) { return Math.round(Math.max(floor, design * scale) * textScale) }
    readonly property int fontHero: fontSize(112, 0)
    readonly property int fontXLarge: fontSize(56, 0)
    readonly property int fontLarge: fontSize(36, 0)
    readonly property int fontMedium: fontSize(26, 20)
    readonly property int fontBody: fontSize(21, 18)
    readonly property int fontSmall: fontSize(17, 16)

    readonly property int touch: Math.max(76, Math.round(84 * scale))
    readonly property int statusBarHeight: Math.max(48, Math.round(60 * scale))
    readonly property int spacing: Math.round(16 * scale)
    readonly property int padding: Math.round(20 * scale)
    readonly property int radius: Math.round(18 * scale)
    readonly property int iconSize: Math.max(28, Math.round(36 * scale))

    function iconUrl(name, color) {
        return "image://icon/" + name + "/" + color
    }
}
