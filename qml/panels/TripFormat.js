// Display helpers shared by the trip panels (plug names, distances, SoC colours). Plain functions, no state.
.pragma library

var plugNames = {
    // no-break spaces: "Type 2" never wraps between its words
    "type2": "Type\u00a02", "ccs": "CCS", "ccs1": "CCS1", "chademo": "CHAdeMO", "type1": "Type\u00a01",
    "tesla": "Tesla", "schuko": "Schuko", "cee": "CEE", "gbt": "GB/T"
}

function plugName(p) {
    return plugNames[p] !== undefined ? plugNames[p] : String(p)
}

function plugList(plugs) {
    if (!plugs || plugs.length === undefined)
        return ""
    var out = []
    for (var i = 0; i < plugs.length; ++i)
        out.push(plugName(plugs[i]))
    return out.join(" · ")
}

// "12 km" / "7.5 mi" (one decimal below 10)
function distance(km, imperial) {
    if (km === undefined || km === null || !isFinite(km) || km < 0)
        return ""
    var v = imperial ? km * 0.621371 : km
    var unit = imperial ? "mi" : "km"
    return (v < 10 ? v.toFixed(1) : Math.round(v).toString()) + " " + unit
}

// "18 min" / "1 h 05 min"
function minutes(m) {
    m = Math.max(0, Math.round(m))
    if (m < 60)
        return m + " min"
    var h = Math.floor(m / 60), r = m % 60
    return h + " h " + (r < 10 ? "0" : "") + r + " min"
}

function power(kw) {
    if (kw === undefined || kw === null || !isFinite(kw))
        return ""
    return (kw >= 10 ? Math.round(kw) : Math.round(kw * 10) / 10) + " kW"
}
