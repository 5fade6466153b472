package dev.curvature.xtb;

import dev.curvature.xtb.param.Gfn2Parameters;
import dev.curvature.xtb.scc.Gfn2Calculator;
import dev.curvature.xtb.scc.Gfn2Result;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GFN2-xTB against Debian's xtb 6.5.1 on the reference set of tools/xtb/make_reference_set.py
 * (MMFF94-suite molecules and hand-made inorganic ones; every element H–Kr plus Sn, I, Xe, Pt;
 * anions, cations, doublets up to sextets): total energy within 1e-6 Eh, every gradient component
 * within 1e-5 Eh/bohr, dipole components within 1e-3 D. The default run takes a subset that still
 * has every kind of case (3d metals open- and closed-shell, noble gases, heavy elements, ions);
 * {@code -Dcurvature.xtb.fullset=true} runs all molecules and prints the table VALIDATION.md quotes.
 */
class Gfn2XtbReferenceSetTest {
    private static final double DEBYE_PER_AU = 2.541746473; // e·bohr in debye (CODATA 2018)
    private static final double ENERGY_TOL = 1e-6, GRADIENT_TOL = 1e-5, DIPOLE_TOL_DEBYE = 1e-3;

    /** Fast default subset: one of each kind of case. */
    private static final Set<String> SUBSET = Set.of("SR01A", "CU2PW3", "FE3PW3", "VIMHII", "ZZZVCQ01", "FAPLUD",
            "helium_hydride_cation", "krypton_difluoride", "vanadium_tetrachloride", "permanganate",
            "tetrachlorocobaltate", "nickel_tetracarbonyl", "dioxygen", "triiodide", "xenon_tetrafluoride",
            "tetrachloroplatinate", "arsine");

    @Test
    void theSetCoversWhatTheIssueAsksFor() {
        List<XtbReferenceSet.Entry> all = XtbReferenceSet.load();
        assertTrue(all.size() >= 50, "only " + all.size() + " molecules");
        Set<Integer> elements = new TreeSet<>();
        int charged = 0, open = 0;
        for (XtbReferenceSet.Entry e : all) {
            for (int z : e.z()) elements.add(z);
            if (e.charge() != 0) charged++;
            if (e.uhf() != 0) open++;
        }
        for (int z = 1; z <= 36; z++) assertTrue(elements.contains(z), "element " + z + " missing");
        assertTrue(elements.containsAll(Set.of(50, 53, 54, 78)), "Sn, I, Xe, Pt");
        assertTrue(charged >= 10 && open >= 5, charged + " charged, " + open + " open-shell");
    }

    @Test
    void subsetMatchesXtb() {
        compare(XtbReferenceSet.load().stream().filter(e -> SUBSET.contains(e.name())).toList());
    }

    @Test
    void fullSetMatchesXtb() {
        if (!Boolean.getBoolean("curvature.xtb.fullset")) {
            String why = "SKIPPED the full GFN2-xTB reference set (67 molecules, ~1 min of CPU): run with -Dcurvature.xtb.fullset=true";
            System.err.println("*** " + why + " ***");
            Assumptions.assumeTrue(false, why);
        }
        compare(XtbReferenceSet.load());
    }

    private static void compare(List<XtbReferenceSet.Entry> entries) {
        StringBuilder table = new StringBuilder("| molecule | charge | unpaired | atoms | E xtb (Eh) | dE | max |dg| | max |dg| vs xtb's energy differences | max |dμ| (D) | SCC it |\n|---|---|---|---|---|---|---|---|---|---|\n");
        double worstE = 0, worstG = 0, worstD = 0;
        for (XtbReferenceSet.Entry e : entries) {
            Gfn2Result r = new Gfn2Calculator(Gfn2Parameters.bundled(), e.z(), D4Seam.GFN2)
                    .compute(e.xyz(), e.charge(), e.uhf(), true, null);
            double dE = r.total() - e.energy(), dG = maxDifference(r.gradient(), e.gradient()), dD = 0;
            for (int k = 0; k < 3; k++) dD = Math.max(dD, Math.abs(r.dipole()[k] - e.dipole()[k]) * DEBYE_PER_AU);
            // where xtb's printed gradient is not the derivative of its own energy (H2S, ferrocene, ...:
            // see VALIDATION.md), the energy differences are the reference
            double dFd = e.energyDifferences() == null ? Double.NaN : maxDifference(r.gradient(), e.energyDifferences());
            table.append(String.format(Locale.ROOT, "| %s | %+d | %d | %d | %.12f | %.1e | %.1e | %s | %.1e | %d |%n",
                    e.name(), e.charge(), e.uhf(), e.z().length, e.energy(), dE, dG,
                    Double.isNaN(dFd) ? "" : String.format(Locale.ROOT, "%.1e", dFd), dD, r.iterations()));
            worstE = Math.max(worstE, Math.abs(dE));
            worstG = Math.max(worstG, Double.isNaN(dFd) ? dG : dFd);
            worstD = Math.max(worstD, dD);
        }
        table.append(String.format(Locale.ROOT, "worst over %d molecules: |dE| %.1e Eh, |dg| %.1e Eh/bohr, |dμ| %.1e D%n",
                entries.size(), worstE, worstG, worstD));
        System.out.print(table);
        assertTrue(worstE <= ENERGY_TOL, "energy\n" + table);
        assertTrue(worstG <= GRADIENT_TOL, "gradient\n" + table);
        assertTrue(worstD <= DIPOLE_TOL_DEBYE, "dipole\n" + table);
    }

    private static double maxDifference(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }
}
