package dev.curvature.model;

/**
 * A potential was asked for a property it cannot compute (ASE's PropertyNotImplementedError).
 * Wrap it in {@link FiniteDifferenceModel} to get derivatives it lacks from the ones it has.
 */
public final class PropertyNotImplementedException extends RuntimeException {
    private final Property property;

    public PropertyNotImplementedException(String modelName, Property property) {
        super(modelName + " does not compute " + property.key());
        this.property = property;
    }

    public Property property() { return property; }
}
