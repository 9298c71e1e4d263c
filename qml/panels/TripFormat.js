// Display helpers shared by the trip panels: plug names. Plain functions, no state.
// Numbers with units (km/mi, min, %, kW) are formatted with i18n.fmt(kind, value, i18n.revision) in the QML
// files themselves (a .pragma library cannot see the i18n context property).
.pragma library

var plugNames = {
    // no-break spaces: "Type 2" never wraps between its words. Standard names: never translated.
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
