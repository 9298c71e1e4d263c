import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// "Where to?": search field, Home/Work, and recent destinations or search results.
// While the car moves the field is locked: only favourites, recents and phone destinations can be picked.
Rectangle {
    id: panel
    property string query: ""
    property var results: []
    property var recents: []
    property var home: null
    property var work: null
    property bool locked: false
    property string lockReason: ""   // why it is locked when not because the car moves (already translated)
    property bool searching: false
    property bool typing: false
    signal fieldTapped()
    signal resultChosen(int index)
    signal recentChosen(int index)
    signal favouriteChosen(string slot)
    signal clearClicked()

    readonly property bool showResults: query.length > 0 && !locked
    readonly property int rowCount: showResults ? Math.max(1, results.length) : recents.length
    // Field, Home/Work, list caption and the rows (each a touch target), plus margins.
    readonly property real preferredHeight: 2 * Theme.touch + Theme.fontSmall * 1.5 + rowCount * (Theme.touch + 4)
                                            + 5 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Rectangle {
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            radius: Theme.radius / 1.5
            color: Theme.surfaceAlt
            border.color: panel.typing ? Theme.accent : "transparent"
            border.width: 2
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing / 2
                spacing: Theme.spacing / 2
                Icon { name: panel.locked ? "lock" : "search"; color: Theme.textDim }
                Text {
                    objectName: "searchText"
                    Layout.fillWidth: true
                    text: panel.locked ? (panel.lockReason || qsTr("Search is locked while driving"))
                        : panel.query.length > 0 ? panel.query + (panel.typing ? "|" : "") : qsTr("Where to?")
                    color: panel.query.length > 0 && !panel.locked ? Theme.text : Theme.textDim
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    // the end of what is being typed stays visible; a long hint keeps its beginning
                    elide: panel.query.length > 0 && !panel.locked ? Text.ElideLeft : Text.ElideRight
                    textFormat: Text.PlainText
                }
                TouchButton {
                    objectName: "searchClear"
                    visible: panel.query.length > 0 && !panel.locked
                    icon: "close"
                    implicitHeight: Theme.touch - 8
                    onClicked: panel.clearClicked()
                }
            }
            MouseArea {
                anchors.fill: parent
                anchors.rightMargin: Theme.touch
                enabled: !panel.locked
                onClicked: panel.fieldTapped()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            visible: !panel.typing
            Repeater {
                // Not saved yet: "Set home" / "Set work", still a live button (a tap says how to save one).
                model: [{slot: "home", label: panel.home ? qsTr("Home") : qsTr("Set home"), place: panel.home},
                        {slot: "work", label: panel.work ? qsTr("Work") : qsTr("Set work"), place: panel.work}]
                TouchButton {
                    objectName: "favourite_" + modelData.slot
                    Layout.fillWidth: true
                    icon: modelData.slot
                    text: modelData.label
                    onClicked: panel.favouriteChosen(modelData.slot)
                }
            }
        }

        Text {
            Layout.fillWidth: true
            text: panel.showResults ? (panel.searching ? qsTr("Searching…") : panel.results.length === 0 ? qsTr("No places found") : qsTr("Results"))
                : panel.recents.length > 0 ? qsTr("Recent") : qsTr("No recent destinations yet")
            color: Theme.textDim
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.AllUppercase
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }

        ListView {
            id: list
            objectName: panel.showResults ? "resultList" : "recentList"
            ScrollHint { parent: list; anchors.fill: parent; flickable: list; background: Theme.surface; barOutside: false }
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            boundsBehavior: Flickable.StopAtBounds
            model: panel.showResults ? panel.results : panel.recents
            delegate: Rectangle {
                objectName: (panel.showResults ? "result_" : "recent_") + index
                width: list.width
                height: Theme.touch
                radius: Theme.radius / 2
                color: rowMouse.pressed ? Theme.surfaceAlt : "transparent"
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing / 2
                    anchors.rightMargin: Theme.spacing / 2
                    spacing: Theme.spacing / 2
                    Icon { name: panel.showResults ? "navigate" : "history"; color: Theme.textDim; size: Theme.fontMedium }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: modelData.name
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: modelData.address !== modelData.name ? modelData.address : ""
                            color: Theme.textDim
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                    }
                    Text {
                        objectName: (panel.showResults ? "resultDistance_" : "recentDistance_") + index
                        text: modelData.distance
                        color: Theme.textDim
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        textFormat: Text.PlainText
                    }
                }
                MouseArea {
                    id: rowMouse
                    anchors.fill: parent
                    onClicked: panel.showResults ? panel.resultChosen(index) : panel.recentChosen(index)
                }
            }
        }
    }
}
