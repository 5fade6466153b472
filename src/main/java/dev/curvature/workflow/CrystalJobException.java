package dev.curvature.workflow;

/** A crystal job that cannot run on its input (molecule given, unusable potential); one-line message. */
public final class CrystalJobException extends Exception {
    public CrystalJobException(String message) { super(message); }
}
