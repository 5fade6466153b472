package dev.curvature.charges;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.curvature.model.Configuration;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.potential.coulomb.EwaldSetup;
import dev.curvature.potential.coulomb.IonicPotential;
import dev.curvature.structure.Cell;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Periodic QEq/EEM: LAMMPS fix qeq/point, independence of the Ewald split, sums, responses against differences. */
class PeriodicChargeEquilibrationTest {
    static final JsonObject FIXTURE = load();

    private static JsonObject load() {
        try (var in = PeriodicChargeEquilibrationTest.class.getResourceAsStream("quartz_qeq_point_lammps.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A fixture case as a periodic structure with the given total charge. */
    static Structure quartz(String name, int totalCharge) {
        for (var c : FIXTURE.getAsJsonArray("cases")) {
            JsonObject o = c.getAsJsonObject();
            if (!o.get("name").getAsString().equals(name)) continue;
            JsonArray el = o.getAsJsonArray("elements"), pos = o.getAsJsonArray("positions"), cell = o.getAsJsonArray("cell");
            int n = el.size();
            Element[] e = new Element[n];
            double[] x = new double[3 * n];
            for (int i = 0; i < n; i++) {
                e[i] = Element.of(el.get(i).getAsString());
                for (int k = 0; k < 3; k++) x[3 * i + k] = pos.get(i).getAsJsonArray().get(k).getAsDouble();
            }
            double[][] l = new double[3][3];
            for (int r = 0; r < 3; r++) for (int k = 0; k < 3; k++) l[r][k] = cell.get(r).getAsJsonArray().get(k).getAsDouble();
            return new Structure(name, e, x, new int[n], List.of(), totalCharge, new Cell(l));
        }
        throw new IllegalArgumentException(name);
    }

    private static double[] reference(String name) {
        for (var c : FIXTURE.getAsJsonArray("cases")) {
            JsonObject o = c.getAsJsonObject();
            if (!o.get("name").getAsString().equals(name)) continue;
            JsonArray q = o.getAsJsonArray("charges_e");
            double[] out = new double[q.size()];
            for (int i = 0; i < out.length; i++) out[i] = q.get(i).getAsDouble();
            return out;
        }
        throw new IllegalArgumentException(name);
    }

    private static PeriodicChargeEquilibration ewaldQeq(Structure s, double alpha) {
        return new PeriodicChargeEquilibration(QeqModel.rappeGoddard1991(), PeriodicCoulomb.ewald(s.cell(), alpha, 1e-13));
    }

    @Test
    void plainCutoffPointChargesEqualLammpsFixQeqPoint() {
        double cutoff = FIXTURE.get("cutoff_A").getAsDouble();
        assertEquals(ChargeEquilibration.COULOMB_EV_ANGSTROM, FIXTURE.get("k_eV_A").getAsDouble(), 1e-9);
        for (String name : new String[]{"quartz", "quartz_rattled"}) {
            Structure s = quartz(name, 0);
            PeriodicCharges c = new PeriodicChargeEquilibration(QeqModel.rappeGoddard1991(), new PeriodicCoulomb.Cutoff(cutoff, false)).solve(s);
            double[] q = c.charges(), ref = reference(name);
            // bare 1/r cut at 10 Å: the truncated Madelung sum makes quartz's stationary charges a saddle (Si +6.2 e)
            assertTrue(!c.isMinimum(), name);
            for (int i = 0; i < q.length; i++) assertEquals(ref[i], q[i], 1e-9, name + " atom " + (i + 1));
        }
    }

    @Test
    void ewaldChargesAreIndependentOfTheSplitAndSumToTheCellCharge() {
        for (int total : new int[]{0, 1}) {
            Structure s = quartz("quartz_rattled", total);
            for (HardnessModel model : new HardnessModel[]{QeqModel.rappeGoddard1991(), EemModel.bultinck2002()}) {
                double[] a = new PeriodicChargeEquilibration(model, PeriodicCoulomb.ewald(s.cell(), 0.25, 1e-13)).solve(s).charges();
                double[] b = new PeriodicChargeEquilibration(model, PeriodicCoulomb.ewald(s.cell(), 0.45, 1e-13)).solve(s).charges();
                double sum = 0;
                for (int i = 0; i < a.length; i++) {
                    assertEquals(a[i], b[i], 1e-10, model.name() + " Q=" + total + " atom " + (i + 1));
                    sum += a[i];
                }
                assertEquals(total, sum, 1e-12);
            }
        }
        // symmetry-equivalent atoms of the ideal crystal get equal charges; Si positive
        double[] q = ewaldQeq(quartz("quartz", 0), 0.3).solve(quartz("quartz", 0)).charges();
        for (int i = 1; i < 3; i++) assertEquals(q[0], q[i], 1e-10);
        for (int i = 4; i < 9; i++) assertEquals(q[3], q[i], 1e-10);
        assertTrue(q[0] > 0.5 && q[0] < 3, "Si charge " + q[0]);
    }

    @Test
    void chargesDoNotDependOnWhereTheCellStarts() {
        Structure s = quartz("quartz_rattled", 0);
        double[] x = s.positions();
        for (int k = 0; k < x.length; k++) x[k] += 0.37 + 0.11 * (k % 3);
        double[] a = ewaldQeq(s, 0.3).solve(s).charges();
        double[] b = ewaldQeq(s, 0.3).solve(s, x, s.cell(), 0).charges();
        for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], 1e-10);
    }

    @Test
    void responseToAddedChargeAndStrainMatchesDifferences() {
        Structure s = quartz("quartz_rattled", 0);
        PeriodicChargeEquilibration qeq = ewaldQeq(s, 0.3);
        PeriodicCharges c = qeq.solve(s);
        double h = 1e-3;
        double[] plus = qeq.solve(s, s.positions(), s.cell(), h).charges(), minus = qeq.solve(s, s.positions(), s.cell(), -h).charges();
        double[] perQ = c.chargesPerTotalCharge();
        double sum = 0;
        for (int i = 0; i < perQ.length; i++) {
            assertEquals((plus[i] - minus[i]) / (2 * h), perQ[i], 1e-8, "dq/dQ atom " + (i + 1));
            sum += perQ[i];
        }
        assertEquals(1, sum, 1e-10);
        double[] perStrain = c.chargesPerStrain();
        double e = 1e-5;
        for (int v : new int[]{2, 3}) {   // one normal and one shear strain (each pair of solves costs ~1 s)
            double[] qp = strained(qeq, s, v, e), qm = strained(qeq, s, v, -e);
            for (int i = 0; i < qp.length; i++)
                assertEquals((qp[i] - qm[i]) / (2 * e), perStrain[v * qp.length + i], 1e-6, "dq/dε" + v + " atom " + (i + 1));
        }
    }

    private static double[] strained(PeriodicChargeEquilibration qeq, Structure s, int v, double amount) {
        double[] f = dev.curvature.model.HomogeneousStrain.unitStrain(v);
        double[] x = s.positions();
        double[][] l = s.cell().vectorsAngstrom();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i += 3)
            for (int a = 0; a < 3; a++) {
                y[i + a] = x[i + a];
                for (int b = 0; b < 3; b++) y[i + a] += amount * f[3 * a + b] * x[i + b];
            }
        double[][] m = new double[3][3];
        for (int r = 0; r < 3; r++)
            for (int a = 0; a < 3; a++) {
                m[r][a] = l[r][a];
                for (int b = 0; b < 3; b++) m[r][a] += amount * f[3 * a + b] * l[r][b];
            }
        return qeq.solve(s, y, new Cell(m), s.totalCharge()).charges();
    }

    @Test
    void ewaldEnergyOfTheChargesEqualsTheIonicPotentialsCoulombEnergy() {
        // EEM's pairs are bare κ/r, so ½ qᵀJq is the Ewald energy of charges q√(κ/k) in the (LAMMPS-checked) IonicPotential
        Structure s = quartz("quartz_rattled", 0);
        EemModel eem = EemModel.bultinck2002();
        PeriodicChargeEquilibration solver = new PeriodicChargeEquilibration(eem, PeriodicCoulomb.ewald(s.cell(), 0.3, 1e-13));
        double[] q = solver.solve(s).charges();
        double[] j = new PeriodicHardness(eem.bind(s), s.positions(), s.cell(), solver.coulomb()).matrix();
        int n = q.length;
        double half = 0;
        for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) half += 0.5 * q[a] * j[a * n + b] * q[b];
        double scale = Math.sqrt(eem.kappaEVAngstrom() / EwaldSetup.COULOMB);
        double[] scaled = new double[n];
        for (int a = 0; a < n; a++) scaled[a] = q[a] * scale;
        IonicPotential.ShortRange none = new IonicPotential.ShortRange() {
            @Override public double pair(int a, int b, double r, double[] d) { d[0] = d[1] = 0; return 0; }
            @Override public double cutoffSquared(int a, int b) { return 0; }
        };
        IonicPotential ionic = new IonicPotential("coulomb", new int[n], scaled, none, 1, 9, EwaldSetup.choose(1e-12, 9, s.cell(), scaled));
        Results r = Results.request(n, Property.ENERGY);
        ionic.compute(Configuration.periodic(s.positions(), s.cell()), r, ionic.newWorkspace());
        assertEquals(r.energy(), half, 1e-7);
    }

    @Test
    void aMoleculeIsRefused() {
        Structure s = quartz("quartz", 0);
        Structure molecule = new Structure("m", new Element[]{Element.of("Si"), Element.of("O")}, new double[]{0, 0, 0, 1.6, 0, 0}, new int[2], List.of(), 0, null);
        ChargeModelException e = assertThrows(ChargeModelException.class, () -> ewaldQeq(s, 0.3).solve(molecule));
        assertTrue(e.getMessage().contains("no unit cell"), e.getMessage());
    }
}
