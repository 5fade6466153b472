package dev.curvature.jmol;

import org.jmol.api.JmolCallbackListener;
import org.jmol.c.CBK;
import org.jmol.viewer.Viewer;

import java.util.Map;

/**
 * Receives Jmol SERVICE requests addressed to Curvature — what the popup items run:
 * {@code getProperty("service", {"service":"curvature","action":"freq"})} — and hands the action id
 * to a handler. Installed as Jmol's callback listener, it passes every other callback on to the
 * listener it replaced, so the host application behaves as before. This route works in Jmol 14.31
 * (whose plugin callbacks never fire) and 14.32 alike.
 */
public final class ServiceBridge implements JmolCallbackListener {
    public static final String SERVICE_NAME = "curvature";

    /** Starts an action; returns at once with a short status for the calling script. */
    @FunctionalInterface
    public interface ActionHandler {
        String start(String actionId);
    }

    private final JmolCallbackListener previous;
    private final ActionHandler handler;

    private ServiceBridge(JmolCallbackListener previous, ActionHandler handler) {
        this.previous = previous;
        this.handler = handler;
    }

    /** Puts a bridge in front of the viewer's current callback listener. */
    public static ServiceBridge install(Viewer vwr, ActionHandler handler) {
        JmolCallbackListener current = vwr.sm.cbl;
        if (current instanceof ServiceBridge) current = ((ServiceBridge) current).previous;
        ServiceBridge bridge = new ServiceBridge(current, handler);
        vwr.setJmolCallbackListener(bridge);
        return bridge;
    }

    @Override
    public void setCallbackFunction(String callbackType, String callbackFunction) {
        if (previous != null) previous.setCallbackFunction(callbackType, callbackFunction);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notifyCallback(CBK type, Object[] data) {
        if (type == CBK.SERVICE && data != null && data.length > 1 && data[1] instanceof Map) {
            Map<String, Object> request = (Map<String, Object>) data[1];
            if (SERVICE_NAME.equals(request.get("service"))) {
                Object action = request.get("action");
                String status;
                try {
                    status = handler.start(action == null ? "" : action.toString());
                } catch (RuntimeException e) {
                    // Never let an engine error escape into Jmol's script thread.
                    status = "error: " + e.getMessage();
                }
                request.put("ret", status);
                return;
            }
        }
        if (previous != null) previous.notifyCallback(type, data);
    }

    @Override
    public boolean notifyEnabled(CBK type) {
        return type == CBK.SERVICE || (previous != null && previous.notifyEnabled(type));
    }
}
