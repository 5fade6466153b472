package dev.curvature.xtb;

import dev.curvature.xtb.param.Gfn2Parameters;
import dev.curvature.xtb.scc.Gfn2Calculator;
import dev.curvature.xtb.scc.Gfn2Result;

/** Prints (ours − xtb) for every component xtb prints, charges, dipole and gradient (Eh, e, e·bohr, Eh/bohr), for the fixtures (a development and VALIDATION tool). */
public final class XtbCompareMain {
    public static void main(String[] args) {
        String[] names = args.length > 0 ? args : XtbFixture.NAMES;
        System.out.printf("%-20s %10s %10s %10s %10s %10s %10s %9s %4s %9s%n", "molecule", "dRep", "dIsoES", "dAES", "dAXC", "d(E-Edisp)", "maxdq", "maxdDip", "it", "maxdGrad");
        for (String name : names) {
            XtbFixture f = XtbFixture.load(name);
            Gfn2Result r = new Gfn2Calculator(Gfn2Parameters.bundled(), f.z(), null).compute(f.xyz(), f.charge(), f.uhf(), true, null);
            var e = f.energies();
            double maxdq = 0;
            for (int a = 0; a < f.z().length; a++) maxdq = Math.max(maxdq, Math.abs(r.atomicCharges()[a] - f.charges()[a]));
            double dd = 0;
            for (int k = 0; k < 3; k++) dd = Math.max(dd, Math.abs(r.dipole()[k] - f.dipole()[k]));
            double dg = 0;
            for (int i = 0; i < f.gradient().length; i++) dg = Math.max(dg, Math.abs(r.gradient()[i] - f.gradient()[i]));
            double tot = e.get("total") - e.get("dispersion");
            System.out.printf("%-20s %10.1e %10.1e %10.1e %10.1e %10.1e %10.1e %9.1e %4d %9.1e%n", name,
                    r.repulsion() - e.get("repulsion"), r.isotropicEs() + r.thirdOrder() - e.get("isotropic_es"),
                    r.anisotropicEs() - e.get("anisotropic_es"), r.anisotropicXc() - e.get("anisotropic_xc"),
                    r.total() - tot, maxdq, dd, r.iterations(), dg);
        }
    }
}
