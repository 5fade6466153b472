package dev.curvature.build;

import org.openscience.cdk.tools.ILoggingTool;
import org.openscience.cdk.tools.LoggingToolFactory;

/**
 * CDK logs to stdout by default (e.g. template loading in the 3-D builder), which would corrupt
 * results written there. Everything Curvature reports goes through its own messages instead.
 */
public final class CdkLogging implements ILoggingTool {
    private static volatile boolean silenced;

    /** Call before any CDK class is used; idempotent. */
    public static void silence() {
        if (silenced) return;
        LoggingToolFactory.setLoggingToolClass(CdkLogging.class);
        silenced = true;
    }

    /** Factory method LoggingToolFactory calls by reflection. */
    public static ILoggingTool create(Class<?> sourceClass) { return new CdkLogging(); }

    @Override public void dumpSystemProperties() {}
    @Override public void setStackLength(int length) {}
    @Override public void dumpClasspath() {}
    @Override public void debug(Object object) {}
    @Override public void debug(Object object, Object... objects) {}
    @Override public void error(Object object) {}
    @Override public void error(Object object, Object... objects) {}
    @Override public void fatal(Object object) {}
    @Override public void info(Object object) {}
    @Override public void info(Object object, Object... objects) {}
    @Override public void warn(Object object) {}
    @Override public void warn(Object object, Object... objects) {}
    @Override public boolean isDebugEnabled() { return false; }
    @Override public void setLevel(int level) {}
    @Override public int getLevel() { return OFF; }
}
