#!/usr/bin/python3
"""RDKit MMFF94 timings on the benchmark molecules: the anchor for BENCHMARKS.md.

For each record of bench-molecules.sdf (or the SDF given as argument) prints a TSV row:
name, atoms, median seconds of one energy+gradient (CalcEnergy then CalcGrad: in RDKit 2022.09
CalcGrad reuses the distances cached by the previous CalcEnergy, so both are needed), and, for
molecules up to --fd-max-atoms, the median seconds of a central-difference Hessian built from
6N gradient calls (h = 1e-4 Å), and of an MMFF94 optimisation from the stored geometry
perturbed by a fixed seed. Non-bonded interactions: all pairs (nonBondedThresh=1e6).
Run: /usr/bin/python3 tools/bench/rdkit_mmff_timings.py [file.sdf] [--repeat 7]
"""
import argparse, os, statistics, time, random
from rdkit import Chem
from rdkit.Chem import AllChem
from rdkit.Chem import rdForceFieldHelpers as FFH

ap = argparse.ArgumentParser()
ap.add_argument('sdf', nargs='?', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'bench-molecules.sdf'))
ap.add_argument('--repeat', type=int, default=7)
ap.add_argument('--fd-max-atoms', type=int, default=200)
a = ap.parse_args()

def median_time(fn, repeat, min_total=0.2):
    # repeat the call until one sample lasts long enough to be timed reliably
    reps = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        dt = time.perf_counter() - t0
        if dt > min_total / repeat or reps > 1_000_000:
            break
        reps *= 4
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        samples.append((time.perf_counter() - t0) / reps)
    return statistics.median(samples)

print('name\tatoms\teg_seconds\tfd_hessian_seconds\toptimize_seconds')
for mol in Chem.SDMolSupplier(a.sdf, removeHs=False):
    props = FFH.MMFFGetMoleculeProperties(mol)
    ff = FFH.MMFFGetMoleculeForceField(mol, props, nonBondedThresh=1e6, ignoreInterfragInteractions=False)
    pos = list(ff.Positions())
    n3 = len(pos)

    def eg():
        ff.CalcEnergy(pos)
        ff.CalcGrad(pos)
    eg_t = median_time(eg, a.repeat)

    fd_t = opt_t = float('nan')
    if mol.GetNumAtoms() <= a.fd_max_atoms:
        def fd_hessian():
            h = 1e-4
            x = list(pos)
            rows = []
            for i in range(n3):
                x[i] = pos[i] + h; ff.CalcEnergy(x); gp = ff.CalcGrad(x)
                x[i] = pos[i] - h; ff.CalcEnergy(x); gm = ff.CalcGrad(x)
                x[i] = pos[i]
                rows.append([(p - m) / (2 * h) for p, m in zip(gp, gm)])
            return rows
        fd_t = median_time(fd_hessian, max(3, a.repeat // 2), min_total=0.05)

        rng = random.Random(7)
        start = [p + rng.uniform(-0.05, 0.05) for p in pos]
        def optimize():
            m2 = Chem.Mol(mol)
            conf = m2.GetConformer()
            for k in range(m2.GetNumAtoms()):
                conf.SetAtomPosition(k, start[3 * k:3 * k + 3])
            f2 = FFH.MMFFGetMoleculeForceField(m2, props, nonBondedThresh=1e6, ignoreInterfragInteractions=False)
            f2.Minimize(maxIts=10000, forceTol=1e-6, energyTol=1e-10)
        opt_t = median_time(optimize, max(3, a.repeat // 2), min_total=0.05)
    print(f"{mol.GetProp('_Name')}\t{mol.GetNumAtoms()}\t{eg_t:.6g}\t{fd_t:.6g}\t{opt_t:.6g}", flush=True)
