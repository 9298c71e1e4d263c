import QtQuick
import ".."

// A time-series chart drawn on a Canvas: hourly mean as a line, the hour's min–max as a band,
// an optional dashed limit line, value and date axes. Gaps longer than `gapHours` break the line
// (missing data is shown as missing, never interpolated). Colours follow the theme.
Item {
    id: chart
    property var points: []          // [{x: epoch ms, y, min, max}], ascending x
    property int days: 7             // width of the time window, ending at the newest point
    property string unit: ""
    property int decimals: 0
    property var threshold: null     // a number, or null for no limit line
    property string thresholdLabel: ""
    property real gapHours: 3
    property color lineColor: Theme.accent
    property string emptyText: qsTr("No data for this period yet")

    readonly property bool empty: !points || points.length === 0
    implicitWidth: 480 * Theme.scale
    implicitHeight: 260 * Theme.scale

    // Axis extents, recomputed from the data (and the limit, so it is always on screen).
    readonly property real xMax: empty ? Date.now() : points[points.length - 1].x
    readonly property real xMin: xMax - days * 86400000
    readonly property var yRange: {
        let lo = Infinity, hi = -Infinity
        for (let i = 0; i < (points ? points.length : 0); ++i) {
            const p = points[i]
            if (p.x < xMin) continue
            lo = Math.min(lo, p.min !== undefined && p.min !== null ? p.min : p.y)
            hi = Math.max(hi, p.max !== undefined && p.max !== null ? p.max : p.y)
        }
        if (threshold !== null && threshold !== undefined && isFinite(lo)) {
            lo = Math.min(lo, threshold); hi = Math.max(hi, threshold)
        }
        if (!isFinite(lo)) return [0, 1]
        const span = Math.max(hi - lo, Math.abs(hi) * 0.02, 0.1)
        return niceRange(lo - span * 0.08, hi + span * 0.08)
    }

    // Axis value in the locale's number format (decimal separator), never toFixed().
    function num(v, dec) {
        return i18n.fmt("number" + Math.max(0, Math.min(2, dec)), v, i18n.revision)
    }
    function niceStep(span, ticks) {
        const raw = span / ticks
        const mag = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10))
        const f = raw / mag
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag
    }
    function niceRange(lo, hi) {
        const step = niceStep(hi - lo, 4)
        return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step]
    }

    onPointsChanged: canvas.requestPaint()
    onDaysChanged: canvas.requestPaint()
    onThresholdChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()
    Connections {
        target: Theme
        function onNightChanged() { canvas.requestPaint() }
        function onScaleChanged() { canvas.requestPaint() }
    }
    Connections {
        // Language or formats changed: day names and decimal separators on the axes.
        target: i18n
        function onChanged() { canvas.requestPaint() }
    }

    Canvas {
        id: canvas
        objectName: chart.objectName ? chart.objectName + "Canvas" : ""
        anchors.fill: parent
        renderStrategy: Canvas.Immediate

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const w = width, h = height
            const fontPx = Theme.fontSmall
            ctx.font = fontPx + "px \"" + Theme.fontFamily + "\""
            const yr = chart.yRange
            const lo = yr[0], hi = yr[1], step = yr[2] || chart.niceStep(hi - lo, 4)
            const dec = step < 1 ? Math.max(chart.decimals, step < 0.1 ? 2 : 1) : chart.decimals
            // Left margin fits the widest value label.
            let labelW = 0
            for (let v = lo; v <= hi + step / 2; v += step)
                labelW = Math.max(labelW, ctx.measureText(chart.num(v, dec)).width)
            const left = Math.ceil(labelW + fontPx * 0.6)
            const right = Math.round(fontPx * 0.5)
            const top = Math.round(chart.unit !== "" ? fontPx * 2.0 : fontPx * 0.8)
            const bottom = Math.round(fontPx * 1.9)
            const pw = Math.max(10, w - left - right), ph = Math.max(10, h - top - bottom)
            const X = x => left + (x - chart.xMin) / (chart.xMax - chart.xMin) * pw
            const Y = y => top + (1 - (y - lo) / (hi - lo)) * ph

            // Grid and value axis
            ctx.lineWidth = 1
            ctx.strokeStyle = Theme.divider
            ctx.fillStyle = Theme.textDim
            ctx.textAlign = "right"
            ctx.textBaseline = "middle"
            for (let v = lo; v <= hi + step / 2; v += step) {
                const yy = Math.round(Y(v)) + 0.5
                ctx.beginPath(); ctx.moveTo(left, yy); ctx.lineTo(left + pw, yy); ctx.stroke()
                ctx.fillText(chart.num(v, dec), left - fontPx * 0.3, yy)
            }
            if (chart.unit !== "") {
                ctx.textAlign = "left"
                ctx.textBaseline = "top"
                ctx.fillText(chart.unit, 0, 0)
            }
            // Date axis: one label per day (7 d) or per week (30 d), at local midnight.
            ctx.textAlign = "center"
            ctx.textBaseline = "top"
            const dayMs = 86400000
            const every = chart.days <= 7 ? 1 : 7
            const start = new Date(chart.xMin); start.setHours(0, 0, 0, 0)
            let lastRight = -Infinity
            for (let t = start.getTime() + dayMs; t <= chart.xMax; t += dayMs * every) {
                const xx = Math.round(X(t)) + 0.5
                ctx.beginPath(); ctx.moveTo(xx, top); ctx.lineTo(xx, top + ph); ctx.stroke()
                // Day and month names in the UI language (Qt.locale() follows it).
                const label = new Date(t).toLocaleDateString(Qt.locale(), chart.days <= 7 ? "ddd d" : "d MMM")
                const lw = ctx.measureText(label).width
                if (xx - lw / 2 > lastRight + fontPx * 0.5 && xx + lw / 2 <= w && xx - lw / 2 >= 0) {
                    ctx.fillText(label, xx, top + ph + fontPx * 0.4)
                    lastRight = xx + lw / 2
                }
            }
            // Limit line
            if (chart.threshold !== null && chart.threshold !== undefined) {
                const ty = Math.round(Y(chart.threshold)) + 0.5
                ctx.strokeStyle = Theme.critical
                ctx.lineWidth = 2
                ctx.setLineDash([6, 5])
                ctx.beginPath(); ctx.moveTo(left, ty); ctx.lineTo(left + pw, ty); ctx.stroke()
                ctx.setLineDash([])
                if (chart.thresholdLabel !== "") {
                    ctx.fillStyle = Theme.critical
                    ctx.textAlign = "right"
                    ctx.textBaseline = ty - top > fontPx * 1.4 ? "bottom" : "top"
                    ctx.fillText(chart.thresholdLabel, left + pw - 4, ty + (ctx.textBaseline === "bottom" ? -3 : 3))
                }
            }
            if (chart.empty)
                return
            // Split into runs without gaps.
            const pts = chart.points
            const runs = []
            let run = []
            for (let i = 0; i < pts.length; ++i) {
                if (pts[i].x < chart.xMin) continue
                if (run.length && pts[i].x - run[run.length - 1].x > chart.gapHours * 3600000) { runs.push(run); run = [] }
                run.push(pts[i])
            }
            if (run.length) runs.push(run)
            ctx.save()
            ctx.beginPath(); ctx.rect(left, top - 2, pw, ph + 4); ctx.clip()
            // Min–max band
            ctx.fillStyle = chart.lineColor
            ctx.globalAlpha = Theme.night ? 0.28 : 0.2
            for (const r of runs) {
                if (r.length < 2) continue
                ctx.beginPath()
                ctx.moveTo(X(r[0].x), Y(r[0].max))
                for (let i = 1; i < r.length; ++i) ctx.lineTo(X(r[i].x), Y(r[i].max))
                for (let i = r.length - 1; i >= 0; --i) ctx.lineTo(X(r[i].x), Y(r[i].min))
                ctx.closePath(); ctx.fill()
            }
            ctx.globalAlpha = 1
            // Mean line (a lone point between gaps is a dot)
            ctx.strokeStyle = chart.lineColor
            ctx.fillStyle = chart.lineColor
            ctx.lineWidth = Math.max(2, Math.round(3 * Theme.scale))
            ctx.lineJoin = "round"
            for (const r of runs) {
                if (r.length === 1) {
                    ctx.beginPath(); ctx.arc(X(r[0].x), Y(r[0].y), ctx.lineWidth * 1.2, 0, 2 * Math.PI); ctx.fill()
                    continue
                }
                ctx.beginPath()
                ctx.moveTo(X(r[0].x), Y(r[0].y))
                for (let i = 1; i < r.length; ++i) ctx.lineTo(X(r[i].x), Y(r[i].y))
                ctx.stroke()
            }
            // Newest value marker
            const last = pts[pts.length - 1]
            ctx.beginPath(); ctx.arc(X(last.x), Y(last.y), ctx.lineWidth * 1.8, 0, 2 * Math.PI); ctx.fill()
            ctx.restore()
        }
    }

    Text {
        objectName: chart.objectName ? chart.objectName + "Empty" : ""
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        visible: chart.empty
        text: chart.emptyText
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        color: Theme.textDim
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        textFormat: Text.PlainText
    }
}
