package dev.curvature.charges;

import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;

/**
 * Atomic point charges (e) of one structure at one geometry, with what follows from them: the dipole
 * moment, the charge flux ∂q/∂R and the atomic polar tensors ∂μ/∂R. Subclasses say how charges move
 * when atoms move ({@link #chargeFlux()}) and whether they respond to an electric field.
 *
 * <p>Conventions. Positions in Å, charges in e, dipoles in e·Å (or debye), fields in V/Å, the field
 * couples as E += −Σ q_i F·r_i. Flat arrays are row-major.
 */
public abstract class ChargeDistribution {
    private final Structure structure;
    private final double[] positions;
    private final double[] charges;
    private final double totalCharge;

    protected ChargeDistribution(Structure structure, double[] positionsAngstrom, double[] charges, double totalCharge) {
        if (positionsAngstrom.length != 3 * structure.atomCount() || charges.length != structure.atomCount())
            throw new IllegalArgumentException("positions/charges do not match the " + structure.atomCount() + " atoms of " + structure);
        this.structure = structure;
        this.positions = positionsAngstrom.clone();
        this.charges = charges.clone();
        this.totalCharge = totalCharge;
    }

    public Structure structure() { return structure; }
    public int atomCount() { return charges.length; }
    /** Atomic charges in e; they sum to {@link #totalCharge()}. */
    public double[] charges() { return charges.clone(); }
    public double charge(int atom) { return charges[atom]; }
    public double totalCharge() { return totalCharge; }
    /** The positions (Å) these charges belong to. */
    public double[] positions() { return positions.clone(); }

    /**
     * ∂q_i/∂R_aβ in e/Å as an N × 3N row-major matrix: element [i, 3a+β]. Each row sums to zero over
     * the atoms a (charges do not change under translation).
     */
    public abstract double[] chargeFlux();

    /** Whether the charges respond to an external field (false for fixed charges). */
    public abstract boolean respondsToField();

    /**
     * The dipole polarizability α_αβ = ∂μ_α/∂F_β in Å³ (3×3, row-major).
     *
     * @throws UnsupportedOperationException when the charges do not respond to a field
     */
    public abstract double[] polarizabilityAngstrom3();

    /** Centre of mass (Å) with IUPAC standard atomic weights. */
    public double[] centreOfMass() {
        double[] m = structure.masses(MassModel.STANDARD_ATOMIC_WEIGHT);
        double[] c = new double[3];
        double total = 0;
        for (int a = 0; a < m.length; a++) {
            total += m[a];
            for (int k = 0; k < 3; k++) c[k] += m[a] * positions[3 * a + k];
        }
        for (int k = 0; k < 3; k++) c[k] /= total;
        return c;
    }

    /** μ = Σ q_i (r_i − origin) in e·Å. */
    public double[] dipoleEAngstrom(double[] origin) {
        double[] mu = new double[3];
        for (int a = 0; a < charges.length; a++)
            for (int k = 0; k < 3; k++) mu[k] += charges[a] * (positions[3 * a + k] - origin[k]);
        return mu;
    }

    /**
     * The dipole in e·Å about the centre of mass. For a neutral molecule the origin does not matter;
     * for an ion the dipole depends on it and the centre of mass (standard atomic weights) is the
     * convention used here (it is the point about which a free ion rotates).
     */
    public double[] dipoleEAngstrom() { return dipoleEAngstrom(centreOfMass()); }

    /** {@link #dipoleEAngstrom()} in debye. */
    public double[] dipoleDebye() {
        double[] mu = dipoleEAngstrom();
        for (int k = 0; k < 3; k++) mu[k] /= Units.E_ANGSTROM_PER_DEBYE;
        return mu;
    }

    /** |μ| about the centre of mass, in debye. */
    public double dipoleMagnitudeDebye() {
        double[] mu = dipoleDebye();
        return Math.sqrt(mu[0] * mu[0] + mu[1] * mu[1] + mu[2] * mu[2]);
    }

    /**
     * Atomic polar tensors P[3a+β, α] = ∂μ_α/∂R_aβ in e (3N × 3, row-major), for the dipole about a
     * fixed (laboratory) origin: P = q_a δ_αβ + Σ_i r_iα ∂q_i/∂R_aβ (charge + charge-flux terms).
     * They obey the sum rule Σ_a P_a = Q·I. Along vibrations (which keep the centre of mass fixed)
     * this equals the derivative of the centre-of-mass dipole; for translations the two differ by Q.
     */
    public double[] atomicPolarTensors() {
        int n = charges.length, n3 = 3 * n;
        double[] flux = chargeFlux();
        double[] p = new double[n3 * 3];
        for (int c = 0; c < n3; c++) {
            int a = c / 3, beta = c % 3;
            p[3 * c + beta] += charges[a];
            for (int alpha = 0; alpha < 3; alpha++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += positions[3 * i + alpha] * flux[i * n3 + c];
                p[3 * c + alpha] += s;
            }
        }
        return p;
    }
}
