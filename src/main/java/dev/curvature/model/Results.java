package dev.curvature.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Caller-owned outputs of one evaluation (EJML style): the caller says which {@link Property}s it
 * wants and owns the arrays, so optimizer loops allocate nothing per step. A potential overwrites
 * exactly the requested arrays (and the energy, which is always computed). Layouts and units are
 * those documented on {@link Property}.
 */
public final class Results {
    private final int atoms;
    private final Map<Property, double[]> arrays = new EnumMap<>(Property.class);
    private double energy = Double.NaN;

    private Results(int atoms) {
        if (atoms < 0) throw new IllegalArgumentException("negative atom count " + atoms);
        this.atoms = atoms;
    }

    /** Outputs for these properties, arrays allocated here. ENERGY is implied. */
    public static Results request(int atoms, Property... properties) {
        Results r = new Results(atoms);
        for (Property p : properties) if (p != Property.ENERGY) r.arrays.put(p, new double[p.length(atoms)]);
        return r;
    }

    /** Outputs for these properties, arrays allocated here. ENERGY is implied. */
    public static Results request(int atoms, Set<Property> properties) {
        return request(atoms, properties.toArray(new Property[0]));
    }

    /**
     * Outputs written into the caller's gradient and Hessian arrays (either may be null: not
     * requested) — the shape of the classic {@code evaluate(x, g, h)} call.
     */
    public static Results into(int atoms, double[] gradient, double[] hessian) {
        Results r = new Results(atoms);
        if (gradient != null) r.use(Property.GRADIENT, gradient);
        if (hessian != null) r.use(Property.HESSIAN, hessian);
        return r;
    }

    /** Requests {@code property} and has it written into the caller's {@code array}. */
    public Results use(Property property, double[] array) {
        if (property == Property.ENERGY) throw new IllegalArgumentException("the energy is a scalar: read energy()");
        int expected = property.length(atoms);
        if (array.length != expected)
            throw new IllegalArgumentException(property.key() + " array has length " + array.length + ", expected " + expected
                    + " (" + property.shape() + " for " + atoms + " atoms)");
        arrays.put(property, array);
        return this;
    }

    public int atomCount() { return atoms; }

    /** Whether the caller asked for this property (ENERGY always). */
    public boolean wants(Property p) { return p == Property.ENERGY || arrays.containsKey(p); }

    /** The requested properties, ENERGY included. */
    public Set<Property> requested() {
        EnumSet<Property> s = EnumSet.of(Property.ENERGY);
        s.addAll(arrays.keySet());
        return Collections.unmodifiableSet(s);
    }

    /** The caller's array for a requested property, or null if it was not requested. */
    public double[] array(Property p) { return arrays.get(p); }

    public double energy() { return energy; }
    public void setEnergy(double value) { energy = value; }

    /** Shorthands for {@link #array(Property)}. */
    public double[] gradient() { return arrays.get(Property.GRADIENT); }
    public double[] hessian() { return arrays.get(Property.HESSIAN); }
    public double[] strainDerivative() { return arrays.get(Property.STRAIN_DERIVATIVE); }
    public double[] strainPosition() { return arrays.get(Property.STRAIN_POSITION); }
    public double[] strainStrain() { return arrays.get(Property.STRAIN_STRAIN); }
    public double[] dipole() { return arrays.get(Property.DIPOLE); }
    public double[] polarizability() { return arrays.get(Property.POLARIZABILITY); }
    public double[] charges() { return arrays.get(Property.CHARGES); }
    public double[] atomEnergies() { return arrays.get(Property.ATOM_ENERGIES); }

    /** Sets every requested array to zero (potentials that accumulate call this first). */
    public void clear() {
        energy = 0.0;
        for (double[] a : arrays.values()) Arrays.fill(a, 0.0);
    }
}
