package dev.curvature.xtb.d4;

/**
 * The per-element part of D4 for one parameter set: reference CNs, Gaussian counts, reference
 * charges, the hydrogen-corrected reference polarizabilities α_ref(iω), and reference C6 for
 * element pairs (integrated once, on first use). Radii in bohr.
 */
final class D4ElementModel {
    /**
     * Å per bohr used for the covalent radii: xtb 6.5.1's value (src/mctc/convert.f90), so that the
     * CN matches xtb's; it differs from CODATA 2018 in the 8th digit.
     */
    static final double XTB_ANGSTROM_PER_BOHR = 0.52917726;
    /** CN of a reference is rounded to count how many Gaussians it gets; D4 caps this count here. */
    private static final int MAX_CN_BIN = 19;

    final D4ReferenceData data;
    final D4Parameters parameters;
    private final CasimirPolder casimirPolder;
    private final double[][][] alpha;       // [Z][ref][freq]
    private final int[][] gaussians;        // [Z][ref] number of Gaussians in the CN weighting
    private final double[][][][] referenceC6 = new double[119][][][];

    D4ElementModel(D4ReferenceData data, D4Parameters parameters) {
        this.data = data;
        this.parameters = parameters;
        this.casimirPolder = new CasimirPolder(data.frequencies);
        alpha = new double[data.maxZ + 1][][];
        gaussians = new int[data.maxZ + 1][];
        for (int z = 1; z <= data.maxZ; z++) {
            D4ReferenceData.Reference[] refs = data.references[z];
            alpha[z] = new double[refs.length][];
            gaussians[z] = gaussianCounts(refs);
            for (int r = 0; r < refs.length; r++) alpha[z][r] = correctedAlpha(refs[r]);
        }
    }

    int maxZ() { return data.maxZ; }

    int referenceCount(int z) { return data.references[z].length; }

    double referenceCn(int z, int ref) { return data.references[z][ref].covalentCn(); }

    int gaussianCount(int z, int ref) { return gaussians[z][ref]; }

    /** GFN2-xTB partial charge of the atom in reference system ref. */
    double referenceCharge(int z, int ref) { return data.references[z][ref].charge(); }

    double effectiveCharge(int z) { return data.effectiveCharge[z]; }

    /** Steepness c = gc·hardness of the element's ζ. */
    double chargeSteepness(int z) { return parameters.chargeSteepness() * data.hardness[z]; }

    /** sqrt(0.5·⟨r⁴⟩/⟨r²⟩·sqrt(Z)): C8_AB = 3·s_A·s_B·C6_AB. */
    double r4r2Factor(int z) { return Math.sqrt(0.5 * data.r4OverR2[z] * Math.sqrt(z)); }

    double covalentRadiusBohr(int z) { return 4.0 / 3.0 * data.covalentRadiusAngstrom[z] / XTB_ANGSTROM_PER_BOHR; }

    double electronegativity(int z) { return data.paulingEn[z]; }

    double[] alpha(int z, int ref) { return alpha[z][ref]; }

    /** C6 of reference a of element za with reference b of element zb, [a][b], atomic units. */
    double[][] referenceC6(int za, int zb) {
        synchronized (referenceC6) {
            if (referenceC6[za] == null) referenceC6[za] = new double[119][][];
            double[][] table = referenceC6[za][zb];
            if (table == null) {
                table = new double[alpha[za].length][alpha[zb].length];
                for (int a = 0; a < table.length; a++)
                    for (int b = 0; b < table[a].length; b++) table[a][b] = casimirPolder.c6(alpha[za][a], alpha[zb][b]);
                referenceC6[za][zb] = table;
            }
            return table;
        }
    }

    /**
     * α_ref(iω) = ascale·(α_molecule − hcount·sscale·α_secondary·ζ_secondary), clipped at 0: the
     * hydrogen (or other partner) part of the reference molecule is removed, with the partner's
     * polarizability charge-scaled from its neutral state to the charge it carries in the reference.
     */
    private double[] correctedAlpha(D4ReferenceData.Reference ref) {
        int s = ref.secondarySystem();
        D4ReferenceData.Secondary sec = data.secondary[s];
        double zs = data.effectiveCharge[s];
        double scale = sec.scale() * ChargeScaling.zeta(parameters.chargeHeight(),
                parameters.chargeSteepness() * data.hardness[s], zs, ref.partnerCharge() + zs);
        double[] out = new double[D4ReferenceData.FREQUENCIES];
        for (int k = 0; k < out.length; k++)
            out[k] = Math.max(ref.alphaScale() * (ref.alpha()[k] - ref.hydrogenCount() * scale * sec.alpha()[k]), 0.0);
        return out;
    }

    /** A reference gets n(n+1)/2 Gaussians when it is the n-th with the same rounded CN. */
    private static int[] gaussianCounts(D4ReferenceData.Reference[] refs) {
        int[] sameBin = new int[MAX_CN_BIN + 1];
        sameBin[0] = 1;
        for (D4ReferenceData.Reference r : refs) sameBin[bin(r.d3Cn())]++;
        int[] out = new int[refs.length];
        for (int i = 0; i < refs.length; i++) {
            int n = sameBin[bin(refs[i].d3Cn())];
            out[i] = n * (n + 1) / 2;
        }
        return out;
    }

    private static int bin(double cn) { return (int) Math.min(Math.round(cn), MAX_CN_BIN); }
}
