package dev.curvature.jmol;

import javax.swing.JMenu;
import javax.swing.JMenuItem;
import java.awt.Component;
import java.awt.Container;

/** Finds a menu item by its text anywhere in a Swing menu tree. */
final class PopupItems {
    private PopupItems() {}

    static JMenuItem find(Container c, String text) {
        Component[] children = c instanceof JMenu ? ((JMenu) c).getMenuComponents() : c.getComponents();
        for (Component child : children) {
            if (child instanceof JMenuItem && !(child instanceof JMenu) && text.equals(((JMenuItem) child).getText()))
                return (JMenuItem) child;
            if (child instanceof Container) {
                JMenuItem found = find((Container) child, text);
                if (found != null) return found;
            }
        }
        return null;
    }

    /** Finds a submenu by its text. */
    static JMenu findMenu(Container c, String text) {
        Component[] children = c instanceof JMenu ? ((JMenu) c).getMenuComponents() : c.getComponents();
        for (Component child : children) {
            if (child instanceof JMenu && text.equals(((JMenu) child).getText())) return (JMenu) child;
            if (child instanceof Container) {
                JMenu found = findMenu((Container) child, text);
                if (found != null) return found;
            }
        }
        return null;
    }
}
