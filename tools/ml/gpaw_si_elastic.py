#!/usr/bin/python3
"""GPAW's own lattice constant and clamped-ion elastic constants of diamond Si at the settings of
make_gpaw_si_dataset.py (PW 250 eV, PBE, 2x2x2 k-points, Fermi-Dirac 0.05 eV, no symmetry), the
reference for the model learned from that data set (VALIDATION.md, GPAW part).

a0: the zero of the mean stress, from stresses at three lattice constants (quadratic fit).
C11, C12: central differences of the stress under a uniaxial xx strain of +-0.5 % at a0; C44
(clamped-ion, no internal relaxation): the yz stress under an engineering yz shear of +-1 %.
--relaxed-c44: also the relaxed-ion C44, the ions relaxed (ASE BFGS, fmax 0.005 eV/Å) in both
sheared cells. Stresses are ASE's (positive under tension), so C = dsigma/deps directly.
Usage: /usr/bin/python3 tools/ml/gpaw_si_elastic.py [--a0 A] [--relaxed-c44]
       (--a0 skips the lattice-constant step; ~8 GPAW single points, ~2 min of CPU, more with
       --relaxed-c44)
"""
import sys
import numpy as np
from ase.build import bulk
from ase.units import GPa
from gpaw import GPAW, PW, FermiDirac


def stress(a, eps=np.zeros((3, 3)), relax=False):
    atoms = bulk("Si", "diamond", a=a, cubic=True)
    atoms.set_cell(atoms.cell[:] @ (np.eye(3) + eps), scale_atoms=True)
    atoms.calc = GPAW(mode=PW(250), xc="PBE", kpts=(2, 2, 2), occupations=FermiDirac(0.05), txt=None,
                      symmetry="off")
    if relax:
        from ase.optimize import BFGS
        BFGS(atoms, logfile=None).run(fmax=0.005)
    s = atoms.get_stress() / GPa  # Voigt xx yy zz yz xz xy, GPa
    print(f"a = {a:.5f}, strain {eps[np.nonzero(eps)] if eps.any() else 0}: stress {np.round(s, 4)} GPa", flush=True)
    return s


def main():
    if "--a0" in sys.argv:
        a0 = float(sys.argv[sys.argv.index("--a0") + 1])
    else:
        grid = [5.44, 5.47, 5.50]
        p = [stress(a)[:3].mean() for a in grid]
        c = np.polyfit(grid, p, 2)
        roots = [r.real for r in np.roots(c) if abs(r.imag) < 1e-12 and 5.3 < r.real < 5.7]
        a0 = roots[0]
        print(f"a0 = {a0:.5f} Å (mean stress zero)")
    if "--relaxed-c44" in sys.argv:
        g = 0.01
        e = np.zeros((3, 3)); e[1, 2] = e[2, 1] = g / 2
        sp, sm = stress(a0, e, relax=True), stress(a0, -e, relax=True)
        print(f"GPAW: C44 (relaxed-ion) {(sp[3] - sm[3]) / (2 * g):.2f} GPa at a0 {a0:.5f} Å")
        return
    h = 0.005
    e = np.zeros((3, 3)); e[0, 0] = h
    sp, sm = stress(a0, e), stress(a0, -e)
    c11 = (sp[0] - sm[0]) / (2 * h)
    c12 = (sp[1] - sm[1]) / (2 * h)
    g = 0.01
    e = np.zeros((3, 3)); e[1, 2] = e[2, 1] = g / 2
    sp, sm = stress(a0, e), stress(a0, -e)
    c44 = (sp[3] - sm[3]) / (2 * g)
    print(f"GPAW: a0 {a0:.5f} Å, C11 {c11:.2f}, C12 {c12:.2f}, C44 (clamped-ion) {c44:.2f} GPa, "
          f"B {(c11 + 2 * c12) / 3:.2f} GPa")


if __name__ == "__main__":
    main()
