package dev.curvature.io;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.model.Potential;
import dev.curvature.optimize.OptimizationMethod;
import dev.curvature.optimize.OptimizationOptions;
import dev.curvature.optimize.Optimizer;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.IChemObjectReader;
import org.openscience.cdk.io.MDLV3000Reader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.curvature.io.Fixtures.readAll;
import static dev.curvature.io.Fixtures.single;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SDF past 999 atoms: V3000 written, read back by our reader and by CDK's, nothing lost. */
class SdfV3000WriterTest {

    /** 150 acetate anions (1 050 atoms) on a line, a 13C and a D in each, the last copy far out with a charged 13C (a V30 line past 80 characters). */
    private static Structure manyAcetates() throws Exception {
        Structure one = single("acetate.sdf");
        int n = one.atomCount(), copies = 150;
        Element[] el = new Element[n * copies];
        double[] x = new double[3 * n * copies];
        int[] q = new int[n * copies], mass = new int[n * copies];
        List<Bond> bonds = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            double shift = c == copies - 1 ? -1234567.89 : 6.0 * c;
            boolean labelledC = false, labelledH = false;
            for (int a = 0; a < n; a++) {
                int k = c * n + a;
                el[k] = one.element(a);
                q[k] = one.formalCharge(a);
                for (int i = 0; i < 3; i++) x[3 * k + i] = one.positions()[3 * a + i] + shift + 1e-9 * (c % 7);
                if (!labelledC && one.atomicNumber(a) == 6) {
                    mass[k] = 13;
                    labelledC = true;
                    if (c == copies - 1) q[k] = 1; // CHG and MASS far out: a line past 80 characters
                }
                if (!labelledH && one.atomicNumber(a) == 1) { mass[k] = 2; labelledH = true; }
            }
            for (Bond b : one.bonds()) bonds.add(new Bond(c * n + b.i(), c * n + b.j(), b.order()));
        }
        int total = 0;
        for (int c : q) total += c;
        return new Structure("150 acetates", el, x, q, bonds, total, null, mass);
    }

    @Test void moreThan999AtomsRoundTripThroughOurReaderAndCdks(@TempDir Path dir) throws Exception {
        Structure s = manyAcetates();
        Path sdf = dir.resolve("big.sdf");
        StructureWriter.write(sdf, List.of(s), List.of());
        String text = Files.readString(sdf);
        assertTrue(text.contains(" V3000\n") && text.contains("M  V30 COUNTS 1050 900 0 0 0"), "V3000 counts line");
        for (String line : text.split("\n")) assertTrue(line.length() <= 80, "line longer than 80: " + line);
        assertTrue(text.contains("-\nM  V30 "), "the far copy's atom lines are continued");

        Structure back = readAll(sdf, ReadOptions.DEFAULT).get(0).structure();
        assertEquals(s.atomCount(), back.atomCount());
        for (int a = 0; a < s.atomCount(); a++) {
            assertEquals(s.element(a), back.element(a));
            assertEquals(s.formalCharge(a), back.formalCharge(a), "charge of atom " + (a + 1));
            assertEquals(s.massNumber(a), back.massNumber(a), "isotope of atom " + (a + 1));
        }
        assertArrayEquals(s.positions(), back.positions(), 5.1e-9);
        assertEquals(s.bonds(), back.bonds());
        assertEquals(s.totalCharge(), back.totalCharge());
        assertEquals(s.name(), back.name());

        // CDK's V3000 reader directly, on the connection table alone
        String molfile = text.substring(0, text.indexOf("M  END") + 7);
        IAtomContainer mol;
        try (MDLV3000Reader r = new MDLV3000Reader(new StringReader(molfile), IChemObjectReader.Mode.STRICT)) {
            mol = r.read(SilentChemObjectBuilder.getInstance().newAtomContainer());
        }
        assertEquals(1050, mol.getAtomCount());
        assertEquals(900, mol.getBondCount());
        int charge = 0, c13 = 0, d = 0;
        for (var atom : mol.atoms()) {
            charge += atom.getFormalCharge();
            if (atom.getMassNumber() != null && atom.getMassNumber() == 13) c13++;
            if (atom.getMassNumber() != null && atom.getMassNumber() == 2) d++;
        }
        assertEquals(-149, charge);
        assertEquals(150, c13);
        assertEquals(150, d);
        assertEquals(s.x(1049), mol.getAtom(1049).getPoint3d().x, 5.1e-9);
    }

    @Test void v2000StaysTheFormWhereItFitsAndNowKeepsIsotopes() throws Exception {
        Structure acetate = single("acetate.sdf");
        int[] mass = new int[acetate.atomCount()];
        mass[0] = 13;
        String text = StructureFormatter.sdf(acetate.withMassNumbers(mass));
        assertTrue(text.contains(" V2000\n") && text.contains("M  ISO  1   1  13\n"), text);
        Structure back = StructureReader.ofText(text, InputFormat.SDF, "t", ReadOptions.DEFAULT).next().structure();
        assertEquals(13, back.massNumber(0));
        assertEquals(-1, back.totalCharge());
    }

    /**
     * A minimum converged far below 1e-4 kcal/mol/Å stays converged through V3000's 8 decimals,
     * and would not through V2000's 4 (the reason V3000 does not copy V2000's precision).
     */
    @Test void aMinimumStaysConvergedWhenReadBack() throws Exception {
        Structure start = single("phenol.sdf");
        Potential p = new MmffForceField(MmffVariant.MMFF94).bind(start);
        var opt = new Optimizer(OptimizationOptions.defaults().withMethod(OptimizationMethod.RFO)).minimize(p, start);
        assertTrue(opt.converged() && opt.maxForce() < 1e-5, "reference minimum, max force " + opt.maxForce());
        Structure min = start.withPositions(opt.positionsAngstrom());
        assertTrue(maxForce(p, reread(StructureFormatter.sdf(min, true))) < 1e-4, "V3000 keeps the minimum");
        assertTrue(maxForce(p, reread(StructureFormatter.sdf(min, false))) > 1e-3, "V2000's 4 decimals lose it");
    }

    private static double[] reread(String sdf) {
        return StructureReader.ofText(sdf, InputFormat.SDF, "t", ReadOptions.DEFAULT).next().structure().positions();
    }

    private static double maxForce(Potential p, double[] x) {
        double[] g = new double[x.length];
        p.evaluate(x, g, null);
        double worst = 0;
        for (int a = 0; a < g.length; a += 3) worst = Math.max(worst, Math.sqrt(g[a] * g[a] + g[a + 1] * g[a + 1] + g[a + 2] * g[a + 2]));
        return worst;
    }
}
