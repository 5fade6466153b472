package dev.curvature.structure;

/** Which mass an atom gets in vibrational and thermochemical analyses. */
public enum MassModel {
    /** IUPAC standard atomic weights (what most programs, e.g. Gaussian's defaults aside, use). */
    STANDARD_ATOMIC_WEIGHT,
    /** The mass of each element's most abundant isotope (Gaussian's default). */
    MOST_ABUNDANT_ISOTOPE;

    public double massOf(Element e) {
        return this == STANDARD_ATOMIC_WEIGHT ? e.standardAtomicWeight() : e.mostAbundantIsotopeMass();
    }
}
