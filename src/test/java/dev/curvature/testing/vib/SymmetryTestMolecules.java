package dev.curvature.testing.vib;

import dev.curvature.structure.Structure;

/** Idealised geometries for point-group tests (textbook-like bond lengths; only symmetry matters). */
public final class SymmetryTestMolecules {
    private SymmetryTestMolecules() {}

    static Structure of(String name, String[] sym, double... x) {
        return VibTestMolecules.structure(name, sym, x, new int[0][]);
    }

    public static Structure hydrogenCyanide() {
        return of("HCN", new String[] {"H", "C", "N"}, 0, 0, -1.064, 0, 0, 0, 0, 0, 1.156);
    }

    /** Ethane with C–C along z; staggered (D3d) or eclipsed (D3h). */
    public static Structure ethane(boolean staggered) {
        double cc = 1.535, ch = 1.094, ang = Math.toRadians(111.2);
        double rho = ch * Math.sin(ang), h = cc / 2 - ch * Math.cos(ang);
        double[] x = new double[24];
        x[2] = cc / 2;
        x[5] = -cc / 2;
        for (int i = 0; i < 3; i++) {
            double phi = 2 * Math.PI * i / 3, psi = phi + (staggered ? Math.PI / 3 : 0);
            x[6 + 3 * i] = rho * Math.cos(phi); x[7 + 3 * i] = rho * Math.sin(phi); x[8 + 3 * i] = h;
            x[15 + 3 * i] = rho * Math.cos(psi); x[16 + 3 * i] = rho * Math.sin(psi); x[17 + 3 * i] = -h;
        }
        return of(staggered ? "staggered ethane" : "eclipsed ethane", new String[] {"C", "C", "H", "H", "H", "H", "H", "H"}, x);
    }

    public static Structure sulfurHexafluoride() {
        double d = 1.561;
        return of("SF6", new String[] {"S", "F", "F", "F", "F", "F", "F"},
                0, 0, 0, d, 0, 0, -d, 0, 0, 0, d, 0, 0, -d, 0, 0, 0, d, 0, 0, -d);
    }

    /** H2O2, dihedral 111.5°: C2. */
    public static Structure hydrogenPeroxide() {
        double oo = 1.475, oh = 0.95, a = Math.toRadians(180 - 94.8), tau = Math.toRadians(111.5);
        double s = oh * Math.sin(a), c = oh * Math.cos(a);
        return of("H2O2", new String[] {"O", "O", "H", "H"},
                0, oo / 2, 0, 0, -oo / 2, 0,
                s * Math.cos(tau / 2), oo / 2 - c, s * Math.sin(tau / 2),
                s * Math.cos(tau / 2), -oo / 2 + c, -s * Math.sin(tau / 2));
    }

    private static final double[][] TETRAHEDRAL = {{1, 1, 1}, {-1, -1, 1}, {1, -1, -1}, {-1, 1, -1}};

    /** Carbon with four substituents along tetrahedral directions at the given distances. */
    static Structure tetrahedralCentre(String name, String[] subst, double[] lengths) {
        double[] x = new double[15];
        String[] sym = new String[5];
        sym[0] = "C";
        for (int i = 0; i < 4; i++) {
            sym[i + 1] = subst[i];
            for (int k = 0; k < 3; k++) x[3 + 3 * i + k] = TETRAHEDRAL[i][k] / Math.sqrt(3) * lengths[i];
        }
        return of(name, sym, x);
    }

    /** CHFClBr: no symmetry. */
    public static Structure bromochlorofluoromethane() {
        return tetrahedralCentre("CHFClBr", new String[] {"H", "F", "Cl", "Br"}, new double[] {1.09, 1.35, 1.77, 1.94});
    }

    /** CH2FCl: one mirror plane. */
    public static Structure chlorofluoromethane() {
        return tetrahedralCentre("CH2FCl", new String[] {"H", "H", "F", "Cl"}, new double[] {1.09, 1.09, 1.35, 1.77});
    }

    /** Allene H2C=C=CH2: D2d. */
    public static Structure allene() {
        double cc = 1.308, ch = 1.087, a = Math.toRadians(180 - 121.2);
        double zc = cc, zh = cc + ch * Math.cos(a), rh = ch * Math.sin(a);
        return of("allene", new String[] {"C", "C", "C", "H", "H", "H", "H"},
                0, 0, 0, 0, 0, zc, 0, 0, -zc,
                rh, 0, zh, -rh, 0, zh, 0, rh, -zh, 0, -rh, -zh);
    }

    /** trans-1,2-dichloroethylene: C2h. */
    public static Structure transDichloroethylene() {
        double cc = 1.33, ccl = 1.73, ch = 1.08, a = Math.toRadians(120);
        return of("trans-C2H2Cl2", new String[] {"C", "C", "Cl", "Cl", "H", "H"},
                cc / 2, 0, 0, -cc / 2, 0, 0,
                cc / 2 + ccl * Math.cos(Math.PI - a), ccl * Math.sin(Math.PI - a), 0,
                -cc / 2 - ccl * Math.cos(Math.PI - a), -ccl * Math.sin(Math.PI - a), 0,
                cc / 2 + ch * Math.cos(Math.PI - a), -ch * Math.sin(Math.PI - a), 0,
                -cc / 2 - ch * Math.cos(Math.PI - a), ch * Math.sin(Math.PI - a), 0);
    }

    /** Ethylene: D2h. */
    public static Structure ethylene() {
        double cc = 1.33, ch = 1.08, a = Math.toRadians(121.3);
        double hx = cc / 2 - ch * Math.cos(a), hy = ch * Math.sin(a);
        return of("ethylene", new String[] {"C", "C", "H", "H", "H", "H"},
                cc / 2, 0, 0, -cc / 2, 0, 0, hx, hy, 0, hx, -hy, 0, -hx, hy, 0, -hx, -hy, 0);
    }

    /** closo-B12H12(2−) icosahedron: Ih. */
    public static Structure dodecaborate() {
        double phi = (1 + Math.sqrt(5)) / 2;
        double[][] v = new double[12][];
        int k = 0;
        for (int s1 = -1; s1 <= 1; s1 += 2)
            for (int s2 = -1; s2 <= 1; s2 += 2) {
                v[k++] = new double[] {0, s1, s2 * phi};
                v[k++] = new double[] {s1, s2 * phi, 0};
                v[k++] = new double[] {s2 * phi, 0, s1};
            }
        double norm = Math.sqrt(1 + phi * phi);
        double[] x = new double[72];
        String[] sym = new String[24];
        for (int i = 0; i < 12; i++)
            for (int c = 0; c < 3; c++) {
                x[3 * i + c] = v[i][c] / norm * 1.7;
                x[36 + 3 * i + c] = v[i][c] / norm * (1.7 + 1.19);
                sym[i] = "B";
                sym[12 + i] = "H";
            }
        return of("B12H12", sym, x);
    }
}
