#!/usr/bin/python3
"""RDKit MMFF94 timings on the benchmark molecules: the anchor for BENCHMARKS.md.

For each record of bench-molecules.sdf (or the SDF given as argument) prints one TSV row:
  name, atoms, energy_kcal (stored geometry; compare with ours),
  setup_s        MMFFGetMoleculeProperties + MMFFGetMoleculeForceField (typing + parameters: our "bind"),
  eg_s           one energy + gradient: CalcEnergy(pos) then CalcGrad(pos). Both calls are needed: in
                 RDKit 2022.09 CalcGrad reuses the distances cached by the previous CalcEnergy (a
                 gradient taken without it, or with the argument-less calls, is wrong; checked),
  fd_hessian_s   central-difference Hessian from 6N such energy+gradient calls (h = 1e-4 Å); the
                 differencing is one numpy operation at the end so Python loops do not inflate it,
  optimize_s     ForceField.Minimize (maxIts 10000, forceTol 1e-6, energyTol 1e-10) of an already built
                 force field from the stored geometry displaced by 0.05*(2*frac(k*0.618...)-1) Å on
                 coordinate k (the same start in every run and language); opt_status 0 = converged,
and for each timing the thread CPU time (_cpu_s) besides the wall clock (_s). Each figure is the
median of --repeat samples; a sample repeats the call until it lasts >= --min-sample-ms (after one
untimed calibration pass). Non-bonded interactions: all pairs (nonBondedThresh=1e6 Å,
inter-fragment interactions kept), as in Curvature. fd_hessian and optimize only up to --fd-max-atoms.
Run: /usr/bin/python3 tools/bench/rdkit_mmff_timings.py [file.sdf] [--repeat 7] [--min-sample-ms 50]
"""
import argparse, os, statistics, time
import numpy as np
from rdkit import Chem
from rdkit.Chem import AllChem  # noqa: F401  (registers the MMFF property classes with Python)
from rdkit.Chem import rdForceFieldHelpers as FFH
from rdkit.Geometry import Point3D

ap = argparse.ArgumentParser()
ap.add_argument('sdf', nargs='?', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'bench-molecules.sdf'))
ap.add_argument('--repeat', type=int, default=7)
ap.add_argument('--min-sample-ms', type=float, default=50.0)
ap.add_argument('--fd-max-atoms', type=int, default=212)
a = ap.parse_args()


def median_time(fn, repeat=a.repeat, min_sample=a.min_sample_ms / 1e3):
    """(wall, thread CPU) median seconds per call."""
    reps = 1
    while True:  # calibration (also warms caches): grow reps until one sample is long enough
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        dt = time.perf_counter() - t0
        if dt >= min_sample:
            break
        reps = max(reps + 1, int(reps * 1.2 * min_sample / max(dt, 1e-9)))
    wall, cpu = [], []
    for _ in range(repeat):
        c0, t0 = time.thread_time(), time.perf_counter()
        for _ in range(reps):
            fn()
        wall.append((time.perf_counter() - t0) / reps)
        cpu.append((time.thread_time() - c0) / reps)
    return statistics.median(wall), statistics.median(cpu)


def build(mol):
    props = FFH.MMFFGetMoleculeProperties(mol)
    return FFH.MMFFGetMoleculeForceField(mol, props, nonBondedThresh=1e6, ignoreInterfragInteractions=False)


def fmt(*values):
    return '\t'.join(f'{v:.6g}' for v in values)


print('name\tatoms\tenergy_kcal\tsetup_s\tsetup_cpu_s\teg_s\teg_cpu_s\tfd_hessian_s\tfd_hessian_cpu_s'
      '\toptimize_s\toptimize_cpu_s\topt_status')
for mol in Chem.SDMolSupplier(a.sdf, removeHs=False):
    nat = mol.GetNumAtoms()
    ff = build(mol)
    pos = list(ff.Positions())
    n3 = len(pos)
    energy = ff.CalcEnergy(pos)
    setup = median_time(lambda: build(mol))

    def eg():
        ff.CalcEnergy(pos)
        return ff.CalcGrad(pos)
    egt = median_time(eg)

    fd = opt = (float('nan'), float('nan'))
    status = 'NA'
    if nat <= a.fd_max_atoms:
        h = 1e-4

        def fd_hessian():
            x = list(pos)
            plus, minus = [], []
            for i in range(n3):
                x[i] = pos[i] + h
                ff.CalcEnergy(x)
                plus.append(ff.CalcGrad(x))
                x[i] = pos[i] - h
                ff.CalcEnergy(x)
                minus.append(ff.CalcGrad(x))
                x[i] = pos[i]
            return (np.array(plus) - np.array(minus)) / (2 * h)
        fd = median_time(fd_hessian, repeat=max(3, a.repeat // 2))

        m2 = Chem.Mol(mol)
        conf = m2.GetConformer()
        ff2 = build(m2)  # its positions are the conformer's points: resetting them resets the force field
        start = [p + 0.05 * (2 * ((k * 0.6180339887498949) % 1.0) - 1) for k, p in enumerate(pos)]
        points = [Point3D(*start[3 * k:3 * k + 3]) for k in range(nat)]
        results = []

        def optimize():
            for k in range(nat):
                conf.SetAtomPosition(k, points[k])
            results.append(ff2.Minimize(maxIts=10000, forceTol=1e-6, energyTol=1e-10))
        opt = median_time(optimize, repeat=max(3, a.repeat // 2))
        status = str(max(results))
    print(f"{mol.GetProp('_Name')}\t{nat}\t{energy:.6f}\t{fmt(*setup, *egt, *fd, *opt)}\t{status}", flush=True)
