import QtQuick
import QtQuick.Layouts
import ".."
import "../controls"

// Bottom bar to the pages. `pages`: [{name, label, icon, badge}]; `current`: the page on screen.
Rectangle {
    id: nav
    property var pages: []
    property string current: ""
    signal pageSelected(string name)

    implicitHeight: Theme.touch + Theme.spacing
    readonly property int tabCount: pages.length
    color: Theme.surface
    Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: Theme.divider }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        spacing: Theme.spacing / 2
        Repeater {
            model: nav.pages
            Rectangle {
                id: tab
                objectName: "nav_" + modelData.name
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.minTouch
                // equal tabs: every tab keeps its place whatever page is selected and whatever the language
                // (a name too long for its tab elides instead of pushing the others)
                Layout.preferredWidth: (nav.width - Theme.spacing / 2 * (nav.pages.length + 1)) / Math.max(1, nav.pages.length)
                radius: Theme.radius
                color: modelData.name === nav.current ? Theme.surfaceAlt : "transparent"
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.label
                Row {
                    anchors.centerIn: parent
                    spacing: Theme.spacing / 2
                    Icon {
                        id: tabIcon
                        name: modelData.icon
                        color: modelData.name === nav.current ? Theme.accent : Theme.textDim
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        id: labelText
                        // a long name (German, larger text) elides inside its tab instead of spilling into the next
                        width: Math.min(implicitWidth, tab.width - Theme.spacing - tabIcon.width - parent.spacing
                                       - (tabBadge.visible ? tabBadge.width + parent.spacing : 0))
                        elide: Text.ElideRight
                        text: modelData.label
                        color: modelData.name === nav.current ? Theme.text : Theme.textDim
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: modelData.name === nav.current
                        anchors.verticalCenter: parent.verticalCenter
                        textFormat: Text.PlainText
                    }
                    Badge { id: tabBadge; count: modelData.badge || 0; anchors.verticalCenter: parent.verticalCenter }
                }
                Rectangle {
                    visible: modelData.name === nav.current
                    anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter }
                    width: parent.width * 0.4; height: 4; radius: 2
                    color: Theme.accent
                }
                MouseArea { anchors.fill: parent; onClicked: nav.pageSelected(modelData.name) }
            }
        }
    }
}
