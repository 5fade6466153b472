package dev.curvature.jmol;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plugin's declared actions, read from {@code plugin.xml} (packed at the jar's root). Keeping
 * the menu in data lets the right-click menu, the menu bar and the tests share one list.
 */
public record PluginManifest(String id, String name, List<Action> actions) {

    private static final Set<String> OPERATIONS = Set.of("optimize", "freq", "ts", "charges", "response", "labels", "dipole",
            "spectrum", "revert", "clear", "settings", "elastic", "phonons", "mlmodel");

    /** One declared action. {@code method} and {@code shortcut} may be empty. */
    public record Action(String id, String label, String operation, String method, boolean popup,
                         boolean menubar, boolean needsVibrations, String shortcut, boolean needsCharges) {}

    public PluginManifest {
        actions = List.copyOf(actions);
    }

    /** The manifest bundled with the plugin. */
    public static PluginManifest bundled() {
        try (InputStream in = PluginManifest.class.getResourceAsStream("/plugin.xml")) {
            if (in == null) throw new IllegalStateException("plugin.xml is missing from the plugin jar");
            return parse(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("plugin.xml: " + e.getMessage(), e);
        }
    }

    public static PluginManifest parse(InputStream in) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(in);
            Element root = doc.getDocumentElement();
            List<Action> actions = new ArrayList<>();
            NodeList nodes = root.getElementsByTagName("action");
            for (int k = 0; k < nodes.getLength(); k++) {
                Element e = (Element) nodes.item(k);
                String op = e.getAttribute("operation");
                if (!OPERATIONS.contains(op))
                    throw new IllegalStateException("plugin.xml: action '" + e.getAttribute("id") + "' has unknown operation '" + op + "'");
                actions.add(new Action(e.getAttribute("id"), e.getAttribute("label"), op, e.getAttribute("method"),
                        Boolean.parseBoolean(e.getAttribute("popup")), Boolean.parseBoolean(e.getAttribute("menubar")),
                        "vibrations".equals(e.getAttribute("needs")), e.getAttribute("shortcut"), "charges".equals(e.getAttribute("needs"))));
            }
            return new PluginManifest(root.getAttribute("id"), root.getAttribute("name"), actions);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("plugin.xml: " + e.getMessage(), e);
        }
    }

    public Action action(String actionId) {
        for (Action a : actions) if (a.id().equals(actionId)) return a;
        throw new IllegalArgumentException("no action '" + actionId + "' in plugin.xml");
    }

    /**
     * A partial Jmol menu structure that adds a "Curvature" submenu to the Computation menu of the
     * right-click popup. Jmol merges it over its default menu. Items run a SERVICE request that
     * {@link ServiceBridge} receives; keys containing VIBRATION are enabled by Jmol only when the
     * model has vibration vectors, keys containing CHARGE only when it has partial charges.
     */
    public String popupMenuStructure() {
        StringBuilder items = new StringBuilder();
        StringBuilder defs = new StringBuilder();
        for (Action a : actions) {
            if (!a.popup()) continue;
            String key = "curvature" + camel(a.id()) + (a.needsVibrations() ? "VIBRATION" : "") + (a.needsCharges() ? "CHARGE" : "");
            items.append(' ').append(key);
            defs.append(key).append(" | ").append(a.label()).append(" = ")
                .append("x = getProperty(\"service\", {\"service\":\"").append(ServiceBridge.SERVICE_NAME)
                .append("\",\"action\":\"").append(a.id()).append("\"})\n");
        }
        return "computationMenu = minimize modelkit - curvatureMenu\n"
                + "curvatureMenu | " + name + " =" + items + "\n" + defs;
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return sb.toString();
    }
}
