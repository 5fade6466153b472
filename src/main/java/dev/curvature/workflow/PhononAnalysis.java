package dev.curvature.workflow;

import dev.curvature.model.CancellablePotential;
import dev.curvature.model.Potential;
import dev.curvature.optimize.CrystalRelaxation;
import dev.curvature.phonon.BravaisLattice;
import dev.curvature.phonon.ForceConstants;
import dev.curvature.phonon.GammaPhonons;
import dev.curvature.phonon.HighSymmetryPath;
import dev.curvature.phonon.PhononDispersion;
import dev.curvature.phonon.PhononMesh;
import dev.curvature.structure.MassModel;
import dev.curvature.structure.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The phonon job of {@code curvature phonons}: relax the ions, Γ-point modes of the input cell,
 * and (unless {@code path} is "none") force constants of a supercell of the primitive cell, a
 * dispersion along the standard (path "auto") or a given path, a Monkhorst–Pack mesh for the
 * density of states and the harmonic thermodynamics at the given temperatures.
 *
 * @param path         "auto", "none", or "G=0,0,0;X=0.5,0,0.5;..." in fractional reciprocal
 *                     coordinates of the primitive (auto) or input cell
 * @param supercell    repeats of the primitive cell for force constants; 0 = automatic (≥ 64 atoms
 *                     and every width ≥ 12 Å)
 * @param mesh         Monkhorst–Pack mesh size for DOS and thermodynamics
 * @param temperatures K
 */
public record PhononAnalysis(String path, int supercell, int mesh, double[] temperatures, MassModel masses)
        implements CrystalJob<PhononAnalysis.Outcome> {

    public static PhononAnalysis defaults() {
        return new PhononAnalysis("auto", 0, 12, new double[] {0, 100, 200, 300, 400, 500, 600, 800, 1000}, MassModel.STANDARD_ATOMIC_WEIGHT);
    }

    /** What the job computed; dispersion and mesh are null for path "none". */
    public record Outcome(Structure structure, GammaPhonons gamma, String lattice, int supercell, PhononDispersion dispersion,
                          PhononMesh mesh, List<PhononMesh.Thermo> thermo, List<String> warnings) {}

    /**
     * {@inheritDoc} Also asked before every wavevector of the dispersion and the mesh; the Γ-point
     * diagonalization is one LAPACK call and runs to its end.
     */
    @Override
    public Outcome run(Structure input, CrystalModel model, CrystalJobMonitor monitor) throws CrystalJobException {
        return CrystalJob.guarded(() -> compute(input, model, monitor));
    }

    private Outcome compute(Structure input, CrystalModel model, CrystalJobMonitor monitor) throws CrystalJobException {
        BooleanSupplier cancelled = monitor.token();
        if (!input.isPeriodic()) throw new CrystalJobException(input.name() + " is a molecule (no cell): phonons need a periodic crystal");
        Potential p = CancellablePotential.of(model.bind(input), cancelled);
        List<String> warnings = new ArrayList<>();
        monitor.stage("Relaxing the ions", 0.02);
        CrystalRelaxation.Outcome relaxed = CrystalRelaxation.tight().ions(p, input);
        if (!relaxed.converged())
            warnings.add(String.format(Locale.ROOT, "ionic relaxation did not converge (largest force %.2e eV/Å)", relaxed.optimization().maxForce()));
        Structure s = relaxed.structure();
        monitor.stage("Γ-point modes", 0.3);
        GammaPhonons gamma = GammaPhonons.of(p, s, masses);
        if (gamma.negativeModes() > 0) warnings.add(gamma.negativeModes() + " imaginary Γ modes: the structure is dynamically unstable");
        if (path.equalsIgnoreCase("none")) return new Outcome(s, gamma, null, 0, null, null, List.of(), List.copyOf(warnings));
        Structure unit = s;
        HighSymmetryPath hsp;
        String lattice;
        if (path.equalsIgnoreCase("auto")) {
            BravaisLattice.Recognised r = BravaisLattice.recognise(s);
            if (r == null) throw new CrystalJobException("--path auto recognises only cubic sc/fcc/bcc lattices (conventional or primitive cell); "
                    + "give the path, e.g. --path 'G=0,0,0;X=0.5,0,0.5'");
            unit = r.primitive();
            hsp = HighSymmetryPath.standard(r.kind());
            lattice = r.kind().name().toLowerCase(Locale.ROOT);
        } else {
            try {
                hsp = HighSymmetryPath.parse(path);
            } catch (IllegalArgumentException e) {
                throw new CrystalJobException("--path: " + e.getMessage());
            }
            lattice = "given";
        }
        int n = supercell > 0 ? supercell : automaticSupercell(unit, p);
        Function<Structure, Potential> supercellModel = model.unchecked().andThen(q -> CancellablePotential.of(q, cancelled));
        monitor.stage(String.format(Locale.ROOT, "Force constants (%d×%d×%d supercell)", n, n, n), 0.45);
        ForceConstants fc = ForceConstants.compute(unit, n, n, n, supercellModel, masses);
        monitor.stage("Dispersion along " + (lattice.equals("given") ? "the given path" : "the standard path"), 0.6);
        PhononDispersion d = PhononDispersion.along(fc, hsp, 200, cancelled);
        if (d.minimumThz() < -0.05)
            warnings.add(String.format(Locale.ROOT, "imaginary frequencies along the path (lowest %.3f THz): dynamically unstable", d.minimumThz()));
        monitor.stage(String.format(Locale.ROOT, "Density of states and thermodynamics (%d³ mesh)", mesh), 0.75);
        PhononMesh m = PhononMesh.sample(fc, mesh, cancelled);
        List<PhononMesh.Thermo> thermo = new ArrayList<>();
        for (double t : temperatures) thermo.add(m.thermo(t));
        return new Outcome(s, gamma, lattice, n, d, m, thermo, List.copyOf(warnings));
    }

    /**
     * Smallest n with n³·N ≥ 64 atoms and every supercell width ≥ 12 Å (twice the cutoff of the
     * common short-ranged potentials, so force constants fit in the supercell; the job sees
     * potentials only through the contract, which does not say their reach).
     */
    static int automaticSupercell(Structure unit, Potential p) {
        double reach = 6.0;
        dev.curvature.periodic.Lattice lat = new dev.curvature.periodic.Lattice(unit.cell());
        double width = Math.min(lat.perpendicularWidth(0), Math.min(lat.perpendicularWidth(1), lat.perpendicularWidth(2)));
        int n = 1;
        while (n * n * n * unit.atomCount() < 64 || n * width < 2 * reach) n++;
        return n;
    }
}
