package dev.curvature.spectrum;

import dev.curvature.registry.ChargeMethods;
import dev.curvature.io.spectra.SpectrumPlot;
import dev.curvature.io.spectra.SpectrumCsv;
import static org.junit.jupiter.api.Assertions.*;

import dev.curvature.charges.ChargeModel;
import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.mmff.MmffTopology;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.model.Potential;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import dev.curvature.structure.Bond;
import dev.curvature.structure.Element;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;
import dev.curvature.units.Units;
import dev.curvature.vibration.NormalModes;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.io.iterator.IteratingSDFReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

/**
 * Our IR intensities (and MMFF94 frequencies) beside GFN2-xTB's, for the molecules and xtb outputs
 * that tools/fixtures/make_spectrum_molecules.py and tools/validation/run_xtb_ohess.sh committed
 * under src/test/resources/spectrum. Two comparisons:
 * <ol>
 * <li>Same modes: normal modes from xtb's own Hessian at xtb's geometry (read, converted, analysed
 *     by our NormalModes), intensities from our charge models versus xtb's: isolates the dipole model.</li>
 * <li>Own force field: MMFF94 modes at the RDKit-MMFF94 geometry versus xtb, modes paired in order
 *     of frequency (fine for these small molecules; a real assignment would need overlaps).</li>
 * </ol>
 * The tables are written to target/validation/spectrum-vs-xtb.md (copied to docs/validation/);
 * the assertions check what must hold, not agreement the crude charge models cannot give.
 */
class XtbSpectrumComparisonTest {
    static final Path RES = Path.of("src/test/resources/spectrum");
    static final String[] NAMES = {"water", "carbon dioxide", "formaldehyde", "methanol", "acetone"};

    record XtbResult(Structure structure, double[] hessianKcal, double[] freq, double[] ir) {}

    static List<Structure> molecules() throws IOException {
        List<Structure> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(RES.resolve("molecules-mmff94.sdf"), StandardCharsets.ISO_8859_1);
             IteratingSDFReader it = new IteratingSDFReader(r, SilentChemObjectBuilder.getInstance())) {
            while (it.hasNext()) {
                IAtomContainer mol = it.next();
                int n = mol.getAtomCount();
                Element[] el = new Element[n];
                double[] x = new double[3 * n];
                for (int a = 0; a < n; a++) {
                    IAtom atom = mol.getAtom(a);
                    el[a] = Element.of(atom.getAtomicNumber());
                    x[3 * a] = atom.getPoint3d().x;
                    x[3 * a + 1] = atom.getPoint3d().y;
                    x[3 * a + 2] = atom.getPoint3d().z;
                }
                List<Bond> bonds = new ArrayList<>();
                for (IBond b : mol.bonds()) bonds.add(new Bond(b.getBegin().getIndex(), b.getEnd().getIndex(), b.getOrder().numeric()));
                out.add(Structure.of(mol.getTitle(), el, x, new int[n], bonds));
            }
        }
        return out;
    }

    static XtbResult xtb(Structure s) throws IOException {
        return xtb(s, "vibspectrum");
    }

    /** As {@link #xtb(Structure)} with another of xtb's vibspectrum files of that molecule (e.g. the tight-SCC --hess one). */
    static XtbResult xtb(Structure s, String vibspectrum) throws IOException {
        Path dir = RES.resolve("xtb").resolve(s.name().replace(' ', '_'));
        List<String> xyz = Files.readAllLines(dir.resolve("xtbopt.xyz"));
        int n = Integer.parseInt(xyz.get(0).trim());
        assertEquals(s.atomCount(), n);
        double[] x = new double[3 * n];
        for (int a = 0; a < n; a++) {
            String[] f = xyz.get(2 + a).trim().split("\\s+");
            assertEquals(s.element(a).symbol(), f[0], "atom order of " + s.name());
            for (int c = 0; c < 3; c++) x[3 * a + c] = Double.parseDouble(f[1 + c]);
        }
        List<Double> h = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("hessian")))
            if (!line.trim().startsWith("$")) for (String t : line.trim().split("\\s+")) if (!t.isEmpty()) h.add(Double.parseDouble(t));
        assertEquals(9 * n * n, h.size());
        double toKcal = Units.KCAL_PER_MOL_PER_HARTREE / (Units.ANGSTROM_PER_BOHR * Units.ANGSTROM_PER_BOHR);
        double[] hk = new double[h.size()];
        for (int i = 0; i < hk.length; i++) hk[i] = h.get(i) * toKcal;
        List<double[]> modes = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(vibspectrum))) {
            String t = line.trim();
            if (t.startsWith("#") || t.startsWith("$") || t.isEmpty()) continue;
            String[] f = t.split("\\s+");
            if (!f[f.length - 1].equals("YES")) continue; // rigid-body rows
            modes.add(new double[] {Double.parseDouble(f[f.length - 4]), Double.parseDouble(f[f.length - 3])});
        }
        double[] freq = new double[modes.size()], ir = new double[modes.size()];
        for (int k = 0; k < freq.length; k++) {
            freq[k] = modes.get(k)[0];
            ir[k] = modes.get(k)[1];
        }
        return new XtbResult(s.withPositions(x), hk, freq, ir);
    }

    static double[] mmffCharges(Structure s) {
        try {
            return MmffTopology.build(s, MmffVariant.MMFF94).partialCharges();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static final String[] MODELS = {"fixed-mmff94", "qeq", "eem"};

    static ChargeModel charges(String m) {
        return m.equals("fixed-mmff94") ? ChargeModel.fixed("MMFF94 fixed charges (no flux)", XtbSpectrumComparisonTest::mmffCharges) : ChargeMethods.model(m);
    }

    /** Newton iterations x ← x − H⁺g (rigid-body null space dropped by the pseudo-inverse). */
    static Structure minimise(Structure s, Potential p) {
        double[] x = s.positions();
        int n3 = x.length;
        double[] g = new double[n3], h = new double[n3 * n3];
        for (int it = 0; it < 50; it++) {
            p.evaluate(x, g, h);
            double gmax = 0;
            for (double v : g) gmax = Math.max(gmax, Math.abs(v));
            if (gmax < 1e-6) return s.withPositions(x);
            DMatrixRMaj hm = new DMatrixRMaj(n3, n3, true, h), pinv = new DMatrixRMaj(n3, n3);
            CommonOps_DDRM.pinv(hm, pinv);
            DMatrixRMaj step = new DMatrixRMaj(n3, 1);
            CommonOps_DDRM.mult(pinv, new DMatrixRMaj(n3, 1, true, g), step);
            double len = CommonOps_DDRM.elementMaxAbs(step), damp = len > 0.1 ? 0.1 / len : 1.0;
            for (int i = 0; i < n3; i++) x[i] -= damp * step.get(i);
        }
        throw new AssertionError(s + ": Newton did not converge");
    }

    /** Cosine of the angle between two intensity vectors (1 = same relative pattern). */
    static double similarity(double[] a, double[] b) {
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }

    static int argmax(double[] v) {
        int m = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[m]) m = i;
        return m;
    }

    @Test
    void irIntensitiesBesideXtbGfn2() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# IR intensities and frequencies against GFN2-xTB\n\n")
          .append("Generated by `XtbSpectrumComparisonTest` from the xtb 6.5.1 (Debian) `--ohess tight` outputs that ")
          .append("`tools/validation/run_xtb_ohess.sh` stored in `src/test/resources/spectrum/xtb/`. xtb gives no Raman ")
          .append("activities, so only IR is compared. Intensities in km/mol; `rel` = relative to the strongest band of ")
          .append("that column; `cos` = cosine similarity of the intensity vector with xtb's (1 = same pattern).\n\n");
        md.append("## A. Same modes (xtb Hessian and geometry), our dipole models\n\n");
        List<String> summary = new ArrayList<>();
        for (Structure s : molecules()) {
            XtbResult x = xtb(s);
            NormalModes modes = NormalModes.of(x.structure(), MassModel.STANDARD_ATOMIC_WEIGHT, x.hessianKcal());
            double[] f = modes.frequenciesCm1();
            assertEquals(x.freq().length, f.length, s.name());
            // our analysis of xtb's Hessian reproduces xtb's own frequencies (masses and projection agree)
            for (int k = 0; k < f.length; k++) assertEquals(x.freq()[k], f[k], 1.0, s.name() + " mode " + (k + 1));
            double[][] ir = new double[MODELS.length][];
            double[][] raman = new double[MODELS.length][];
            for (int m = 0; m < MODELS.length; m++) {
                VibrationalIntensities v = VibrationalIntensities.compute(modes, charges(MODELS[m]), ChargeMethods.get(MODELS[m]).polarizable());
                ir[m] = v.infrared().intensitiesKmPerMol();
                raman[m] = v.hasRaman() ? v.raman().activitiesA4PerAmu() : null;
            }
            md.append("### ").append(s.name()).append("\n\n| mode | ν̃ ours (cm⁻¹) | ν̃ xtb | IR xtb | rel | ");
            for (String m : MODELS) md.append("IR ").append(m).append(" | rel | ");
            md.append("Raman qeq (Å⁴/amu) | Raman eem |\n|");
            md.append("---|".repeat(5 + 2 * MODELS.length + 2)).append('\n');
            double xmax = x.ir()[argmax(x.ir())];
            for (int k = 0; k < f.length; k++) {
                md.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.2f | ", k + 1, f[k], x.freq()[k], x.ir()[k], x.ir()[k] / xmax));
                for (int m = 0; m < MODELS.length; m++)
                    md.append(String.format(Locale.ROOT, "%.1f | %.2f | ", ir[m][k], ir[m][k] / ir[m][argmax(ir[m])]));
                md.append(String.format(Locale.ROOT, "%.2f | %.2f |%n", raman[1][k], raman[2][k]));
            }
            md.append('\n');
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %.0f (mode %d) | ", s.name(), x.freq()[argmax(x.ir())], argmax(x.ir()) + 1));
            for (int m = 0; m < MODELS.length; m++)
                line.append(String.format(Locale.ROOT, "%.0f (mode %d), cos %.2f | ", f[argmax(ir[m])], argmax(ir[m]) + 1, similarity(ir[m], x.ir())));
            summary.add(line.toString());
        }
        md.append("### Summary: strongest IR band (same modes)\n\n| molecule | xtb | ");
        for (String m : MODELS) md.append(m).append(" | ");
        md.append("\n|").append("---|".repeat(2 + MODELS.length)).append('\n');
        for (String l : summary) md.append(l).append('\n');

        md.append("\n## B. Our MMFF94 modes at our MMFF94 minimum vs xtb (paired by order)\n\n")
          .append("Start: the RDKit-MMFF94 geometry; then Newton steps on our MMFF94 (pseudo-inverse Hessian) to max |g| ")
          .append("< 1e-6 kcal/mol/Å. RDKit types CO2's oxygens as 32 (carboxylate-like), our typing as 7 (O=C), so only ")
          .append("for CO2 the start is far from our minimum.\n\n");
        for (Structure s0 : molecules()) {
            XtbResult x = xtb(s0);
            Potential mmff = new MmffForceField().bind(s0);
            Structure s = minimise(s0, mmff);
            NormalModes modes = NormalModes.of(s, MassModel.STANDARD_ATOMIC_WEIGHT, mmff);
            assertEquals(0, modes.significantImaginaryModeCount(NormalModes.DEFAULT_IMAGINARY_NOISE_CM1), s.name() + " is an MMFF94 minimum");
            double[] f = modes.frequenciesCm1();
            double[][] ir = new double[MODELS.length][];
            for (int m = 0; m < MODELS.length; m++) ir[m] = VibrationalIntensities.compute(modes, charges(MODELS[m]), false).infrared().intensitiesKmPerMol();
            md.append("### ").append(s.name()).append("\n\n| mode | ν̃ MMFF94 | ν̃ xtb | Δ | IR xtb | ");
            for (String m : MODELS) md.append("IR ").append(m).append(" | ");
            md.append("\n|").append("---|".repeat(5 + MODELS.length)).append('\n');
            double sumAbs = 0;
            for (int k = 0; k < f.length; k++) {
                md.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %+.1f | %.1f | ", k + 1, f[k], x.freq()[k], f[k] - x.freq()[k], x.ir()[k]));
                for (int m = 0; m < MODELS.length; m++) md.append(String.format(Locale.ROOT, "%.1f | ", ir[m][k]));
                md.append('\n');
                sumAbs += Math.abs(f[k] - x.freq()[k]);
            }
            md.append(String.format(Locale.ROOT, "%nMean |Δν̃| = %.0f cm⁻¹.%n%n", sumAbs / f.length));
        }
        Path out = Path.of("target", "validation");
        Files.createDirectories(out);
        Files.writeString(out.resolve("spectrum-vs-xtb.md"), md.toString());
    }

    /**
     * Example outputs (copied to docs/validation/): acetone's MMFF94/EEM IR and Raman spectra as
     * JDX-MOL and PNG, with xtb's IR spectrum, broadened the same way, written as CSV and read back
     * through the reference-spectrum reader as the overlay.
     */
    @Test
    void exampleSpectraWithXtbOverlay() throws Exception {
        Structure s0 = molecules().get(4);
        assertEquals("acetone", s0.name());
        Potential mmff = new MmffForceField().bind(s0);
        NormalModes modes = NormalModes.of(minimise(s0, mmff), MassModel.STANDARD_ATOMIC_WEIGHT, mmff);
        VibrationalIntensities v = VibrationalIntensities.compute(modes, ChargeMethods.model("eem"), true);
        BroadeningOptions o = BroadeningOptions.defaults().withGrid(400, 3400, 1).withFwhm(20);
        Spectrum ir = Spectrum.infrared(v, o), raman = Spectrum.raman(v, o);
        XtbResult x = xtb(s0);
        Spectrum xtbIr = Spectrum.of(SpectrumKind.IR, "GFN2-xTB", x.freq(), x.ir(), o);
        Path out = Path.of("target", "validation");
        Files.createDirectories(out);
        Path csv = out.resolve("acetone-xtb-ir.csv");
        SpectrumCsv.write(csv, SpectrumCsv.curves(xtbIr));
        ReferenceSpectrum ref = dev.curvature.io.jcamp.ReferenceSpectrumReader.read(csv);
        SpectrumPlot.of(ir, raman).withExperimental(SpectrumKind.IR, ref).write(out.resolve("acetone-mmff94-eem.png"));
        dev.curvature.io.jcamp.JcampDxWriter.write(out.resolve("acetone-mmff94-eem-ir.jdx"), ir, modes);
        SpectrumCsv.write(out.resolve("acetone-mmff94-eem-sticks.csv"), SpectrumCsv.sticks(v, 1.0));
        assertTrue(Files.size(out.resolve("acetone-mmff94-eem.png")) > 10_000);
    }
}
