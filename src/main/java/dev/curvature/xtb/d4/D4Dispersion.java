package dev.curvature.xtb.d4;

/**
 * DFT-D4 dispersion as GFN2-xTB uses it (elements H–Rn): self-consistent in the atomic partial
 * charges, so besides energy and gradient it gives dE/dq for the SCC. Atomic units throughout:
 * positions bohr (flat [x0 y0 z0 x1 ...]), energies Eh, gradients Eh/bohr, charges e.
 *
 * <pre>
 * D4Dispersion d4 = D4Dispersion.gfn2();
 * D4Geometry g = d4.at(atomicNumbers, positionsBohr);   // once per geometry
 * double e = g.energy(q, dEdq);                          // every SCC iteration
 * D4Result r = g.evaluate(qConverged);                   // energy parts, gradient, dE/dq
 * </pre>
 *
 * The total charge enters only through the atomic charges. The reference tables are read once
 * per JVM; reference C6 for an element pair are integrated on first use and then shared.
 */
public final class D4Dispersion {
    private static D4Dispersion gfn2;
    private final D4ElementModel model;

    public D4Dispersion(D4Parameters parameters) {
        this.model = new D4ElementModel(D4ReferenceData.load(), parameters);
    }

    /** The model with GFN2-xTB's parameters ({@link D4Parameters#GFN2}), shared. */
    public static synchronized D4Dispersion gfn2() {
        if (gfn2 == null) gfn2 = new D4Dispersion(D4Parameters.GFN2);
        return gfn2;
    }

    public D4Parameters parameters() { return model.parameters; }

    /** Highest atomic number with reference data. */
    public int maxAtomicNumber() { return model.maxZ(); }

    /** Prepares the geometry-dependent part; throws IllegalArgumentException for unsupported elements. */
    public D4Geometry at(int[] atomicNumbers, double[] positionsBohr) {
        return new D4Geometry(model, atomicNumbers, positionsBohr);
    }

    /** One-shot evaluation: energy, gradient at fixed charges, dE/dq. */
    public D4Result evaluate(int[] atomicNumbers, double[] positionsBohr, double[] charges) {
        return at(atomicNumbers, positionsBohr).evaluate(charges);
    }
}
