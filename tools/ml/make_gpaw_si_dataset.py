#!/usr/bin/python3
"""A small, genuinely quantum training/test set for the learned potentials (issue 12).

Silicon, 8-atom conventional diamond cells, strained and rattled, computed with Debian's GPAW
(plane waves, PBE) through ASE, written as extended XYZ the way ASE writes it: energy (eV),
forces (eV/Å) and stress (eV/Å^3, ASE's sign: (1/V) dE/d(strain), positive under tension).

Usage:  /usr/bin/python3 tools/ml/make_gpaw_si_dataset.py OUT.extxyz [FRAMES] [SEED] [START]
        (START: skip computing the first START frames — they are still drawn, so frames START+1..FRAMES
        are exactly those of a full run; lets a long run be split or extended and concatenated.
        Frames are drawn from the seed in order whatever FRAMES is, so runs over disjoint ranges of
        one seed concatenate into one consistent set.)
        The committed examples/ml/si-gpaw-pbe.extxyz holds frames 1..N of seed 20261203 in order, made
        by several such runs (one OMP thread each, run side by side) and concatenated as text:
        1-12 (FRAMES=12), 13-15 (22, START=12), 16-20 (22, START=15), 21-22 (22, START=20),
        23-25 (32, START=22), 26-30 (30, START=25), 31-35 (35, START=30), 36-40 (40, START=35): 40 frames.
        Every frame's positions and config_type were checked against a fresh draw (max |dx| 5e-9 Å,
        the file's printed precision).
Needs:  apt-get install gpaw gpaw-data   (reference program only, never a runtime dependency)

Frames 1-12 are strained (|e| <= 3 %), rattled (0.05 Å) or both; frames 13+ add strains up to
6 % (with rattling) and rattles of 0.12 Å. The first 12 frames do not depend on FRAMES.

Settings are chosen for a small data set on a shared 2-core machine, not for converged DFT: PW
cutoff 250 eV, 2x2x2 Monkhorst-Pack k-points, Fermi-Dirac smearing 0.05 eV. Every frame records them in
its comment line (calculator=..., config_type=...), so the data say what they are.
"""
import sys

import numpy as np
from ase.build import bulk
from ase.calculators.singlepoint import SinglePointCalculator
from ase.io import write
from gpaw import GPAW, PW, FermiDirac

A0_PBE = 5.47  # Å, near GPAW/PBE's Si lattice constant (PBE overestimates the experimental 5.431)


# The first 12 frames cycle the three gentle kinds (the original set; same seed, same frames).
# Later frames add harder ones so a held-out set probes more than the neighbourhood of the
# minimum: strains up to 6 % and rattles of 0.12 Å.
GENTLE = ("strained", "rattled", "strained+rattled")
ALL = GENTLE + ("large-strain+rattled", "strongly-rattled")


def frames(n, seed):
    rng = np.random.default_rng(seed)
    base = bulk("Si", "diamond", a=A0_PBE, cubic=True)
    for k in range(n):
        atoms = base.copy()
        kind = GENTLE[k % 3] if k < 12 else ALL[(k - 12) % len(ALL)]
        strain = 0.06 if kind.startswith("large") else 0.03
        rattle = 0.12 if kind.startswith("strongly") else 0.05
        eps = np.zeros((3, 3))
        if "strain" in kind:
            e = rng.uniform(-strain, strain, 6)  # Voigt xx yy zz yz xz xy, engineering shear
            eps = np.array([[e[0], e[5] / 2, e[4] / 2], [e[5] / 2, e[1], e[3] / 2], [e[4] / 2, e[3] / 2, e[2]]])
        atoms.set_cell(atoms.cell[:] @ (np.eye(3) + eps), scale_atoms=True)
        if "rattled" in kind:
            atoms.positions += rng.normal(0.0, rattle, atoms.positions.shape)
        yield kind, atoms


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261203
    start = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    done = []
    tmp = out + ".partial"
    for k, (kind, atoms) in enumerate(frames(n, seed)):
        if k < start:
            continue
        atoms.calc = GPAW(mode=PW(250), xc="PBE", kpts=(2, 2, 2), occupations=FermiDirac(0.05),
                          txt=None, symmetry="off")
        e = atoms.get_potential_energy()
        f = atoms.get_forces()
        s = atoms.get_stress()  # Voigt order xx yy zz yz xz xy, eV/Å^3
        clean = atoms.copy()
        clean.calc = SinglePointCalculator(clean, energy=e, forces=f, stress=s)
        clean.info["config_type"] = kind
        clean.info["calculator"] = "GPAW-PW250-PBE-k222-FD0.05"
        done.append(clean)
        print(f"{k + 1}/{n} {kind}: E = {e:.6f} eV, max|F| = {np.abs(f).max():.4f} eV/Å", flush=True)
        write(tmp, done, format="extxyz")  # a long run that is stopped keeps its finished frames here
    write(tmp, done, format="extxyz")
    import os
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
