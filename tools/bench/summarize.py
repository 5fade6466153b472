#!/usr/bin/python3
"""Turns the raw TSVs of one run_benchmarks.sh run into the Markdown tables of BENCHMARKS.md.

Every number in those tables comes from this script applied to the committed docs/bench/<run>/
files: ratios, and log-log least-squares exponents of time against atom count (molecules with at
least --fit-min-atoms atoms). Run: python3 tools/bench/summarize.py docs/bench/run1
"""
import csv, io, re, math, sys, argparse

ap = argparse.ArgumentParser()
ap.add_argument('run')
ap.add_argument('--fit-min-atoms', type=int, default=50)
a = ap.parse_args()


def read(name_or_run, name=None):
    path = f'{name_or_run}/{name}' if name else f'{a.run}/{name_or_run}'
    with open(path) as f:
        # Maven 3.8 writes terminal escapes (ESC[0m) into stdout even in batch mode: drop them
        text = re.sub(r'\x1b\[[0-9;]*m', '', f.read())
    return [r for r in csv.DictReader(io.StringIO(text), delimiter='\t') if any(r.values())]


def us(seconds):
    v = float(seconds)
    if math.isnan(v):
        return '–'
    if v < 1e-3:
        return f'{v * 1e6:.1f} µs'
    if v < 1:
        return f'{v * 1e3:.2f} ms'
    return f'{v:.2f} s'


def ratio(num, den):
    n, d = float(num), float(den)
    return '–' if math.isnan(n) or math.isnan(d) or d == 0 else f'{n / d:.2f}'


def slope(xs, ys):
    lx = [math.log(x) for x in xs]
    ly = [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly)) / sum((x - mx) ** 2 for x in lx)


import os

def cli_section(rd):
    if not os.path.exists(f'{a.run}/curvature_freq_cli.tsv'):
        return
    cli = read('curvature_freq_cli.tsv')
    cold = {r['name']: r for r in read('curvature_freq_cli_cold.tsv')} if os.path.exists(f'{a.run}/curvature_freq_cli_cold.tsv') else {}
    print('\nThe `curvature freq` command (read, type, optimize, Hessian, modes, thermochemistry, text report to a null '
          'stream): warm = in-process, JIT warmed; cold = `java -jar target/curvature.jar freq FILE`, a fresh JVM per call '
          '(CPU = all JVM threads). RDKit column = Minimize + central-difference Hessian (with setup in parentheses):\n')
    print('| molecule | atoms | exit | first call in JVM (wall) | **warm CPU** | warm wall | cold wall | cold CPU | RDKit opt+FD CPU | **RDKit/ours warm (CPU)** |')
    print('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    for f in cli:
        r = rd.get(f['name'])
        c = cold.get(f['name'])
        rk = rk_setup = float('nan')
        if r:
            rk = float(r['optimize_cpu_s']) + float(r['fd_hessian_cpu_s'])
            rk_setup = rk + float(r['setup_cpu_s'])
        print(f"| {f['name']} | {f['atoms']} | {f['exit_code']} | {us(f['freq_cli_first_s'])} | **{us(f['freq_cli_cpu_s'])}** | {us(f['freq_cli_s'])} "
              f"| {us(c['cold_wall_s']) if c else '–'} | {us(c['cold_cpu_s']) if c else '–'} | {us(rk)} ({us(rk_setup)}) | **{ratio(rk, f['freq_cli_cpu_s'])}** |")


rd = {r['name']: r for r in read('rdkit_mmff.tsv')}
if not os.path.exists(f'{a.run}/curvature_mmff.tsv'):  # a --cli-only run
    print(re.sub(r'\x1b\[[0-9;]*m', '', open(f'{a.run}/machine.txt').read()).strip().replace('\n', '  \n'))
    cli_section(rd)
    sys.exit(0)
ours = {r['name']: r for r in read('curvature_mmff.tsv')}
names = [n for n in ours if n in rd]

print(re.sub(r'\x1b\[[0-9;]*m', '', open(f'{a.run}/machine.txt').read()).strip().replace('\n', '  \n'))
print()
print('Energy + gradient (median per call; CPU = thread CPU time, wall = elapsed):\n')
print('| molecule | atoms | ΔE vs RDKit (kcal/mol) | RDKit CPU | ours CPU | **RDKit/ours CPU** | RDKit wall | ours wall | RDKit/ours wall |')
print('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
for n in names:
    o, r = ours[n], rd[n]
    de = float(o['energy_kcal']) - float(r['energy_kcal'])
    print(f"| {n} | {o['atoms']} | {de:.1e} | {us(r['eg_cpu_s'])} | {us(o['eg_cpu_s'])} | **{ratio(r['eg_cpu_s'], o['eg_cpu_s'])}** "
          f"| {us(r['eg_s'])} | {us(o['eg_s'])} | {ratio(r['eg_s'], o['eg_s'])} |")

print('\nAnalytic Hessian (energy + gradient + Hessian in one call) against one energy + gradient, and against '
      "RDKit's central-difference Hessian (6N energy+gradient calls):\n")
print('| molecule | atoms | ours Hessian CPU | ours Hessian wall | **Hessian / E+G (CPU)** | non-bonded terms alone CPU | zeroing 3N×3N alone CPU | RDKit FD Hessian CPU | RDKit FD / ours (CPU) |')
print('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
for n in names:
    o, r = ours[n], rd[n]
    print(f"| {n} | {o['atoms']} | {us(o['hess_cpu_s'])} | {us(o['hess_s'])} | **{float(o['hess_over_eg']):.1f}** "
          f"| {us(o['hess_nonbonded_cpu_s'])} | {us(o['hess_zero_cpu_s'])} | {us(r['fd_hessian_cpu_s'])} | {ratio(r['fd_hessian_cpu_s'], o['hess_cpu_s'])} |")

print('\nBinding (typing + charges + parameters; RDKit: MMFFGetMoleculeProperties + MMFFGetMoleculeForceField):\n')
print('| molecule | atoms | ours first bind (wall) | ours warm CPU | RDKit setup CPU | ours/RDKit (CPU) |')
print('|---|---:|---:|---:|---:|---:|')
for n in names:
    o, r = ours[n], rd[n]
    print(f"| {n} | {o['atoms']} | {us(o['bind_first_s'])} | {us(o['bind_warm_cpu_s'])} | {us(r['setup_cpu_s'])} "
          f"| {ratio(o['bind_warm_cpu_s'], r['setup_cpu_s'])} |")

fit = [n for n in names if int(ours[n]['atoms']) >= a.fit_min_atoms]
atoms = [int(ours[n]['atoms']) for n in fit]
print(f'\nCost growth: exponent p of time ∝ N^p, least squares on log-log over the {len(fit)} molecules with '
      f'N ≥ {a.fit_min_atoms} ({min(atoms)}–{max(atoms)} atoms), CPU medians:\n')
print('| quantity | p |')
print('|---|---:|')
for label, col, src in [('ours E+G, bonded terms', 'eg_bonded_cpu_s', ours), ('ours E+G, non-bonded terms', 'eg_nonbonded_cpu_s', ours),
                        ('ours E+G, total', 'eg_cpu_s', ours), ('ours Hessian, total', 'hess_cpu_s', ours),
                        ('ours Hessian, non-bonded terms', 'hess_nonbonded_cpu_s', ours), ('ours bind (warm)', 'bind_warm_cpu_s', ours),
                        ('RDKit E+G', 'eg_cpu_s', rd), ('RDKit setup', 'setup_cpu_s', rd)]:
    print(f'| {label} | {slope(atoms, [float(src[n][col]) for n in fit]):.2f} |')

caf = next((n for n in names if n.startswith('caffeine')), None)
if caf:
    r = rd[caf]
    tot_cpu = float(r['setup_cpu_s']) + float(r['optimize_cpu_s']) + float(r['fd_hessian_cpu_s'])
    tot_wall = float(r['setup_s']) + float(r['optimize_s']) + float(r['fd_hessian_s'])
    print(f"\nRDKit on {caf}: setup {us(r['setup_cpu_s'])} + Minimize {us(r['optimize_cpu_s'])} (status {r['opt_status']}) + "
          f"FD Hessian {us(r['fd_hessian_cpu_s'])} = {us(tot_cpu)} CPU ({us(tot_wall)} wall); "
          f"Minimize + FD Hessian alone {us(float(r['optimize_cpu_s']) + float(r['fd_hessian_cpu_s']))} CPU.")

eig = read('curvature_eigen.tsv')
np1 = {int(r['n']): r for r in read('numpy_eigh_1thread.tsv')}
npd = {int(r['n']): r for r in read('numpy_eigh_default.tsv')}
print('\nSymmetric eigendecomposition (values + vectors), same seeded matrices (λ_min/λ_max agree to all printed digits):\n')
print('| n | EJML CPU | ours LAPACK dsyevd CPU (wall) | numpy eigh 1 thread CPU (wall) | **ours LAPACK / numpy (1 thread, CPU)** | EJML / numpy | numpy default threads wall |')
print('|---:|---:|---:|---:|---:|---:|---:|')
for n in sorted(np1):
    ej = next((r for r in eig if int(r['n']) == n and r['backend'] == 'EJML'), None)
    la = next((r for r in eig if int(r['n']) == n and r['backend'].startswith('LAPACK')), None)
    p1, pd = np1[n], npd.get(n)
    same = la is not None and all(abs(float(la[k]) - float(p1[k])) <= 1e-9 * abs(float(p1[k])) for k in ('lambda_min', 'lambda_max'))
    print(f"| {n} | {us(ej['cpu_seconds']) if ej else 'not run'} | {us(la['cpu_seconds'])} ({us(la['seconds'])}) "
          f"| {us(p1['cpu_seconds'])} ({us(p1['seconds'])}) | **{ratio(la['cpu_seconds'], p1['cpu_seconds'])}** "
          f"| {ratio(ej['cpu_seconds'], p1['cpu_seconds']) if ej else '–'} | {us(pd['seconds']) + ' (' + pd['threads'] + ' thr)' if pd else '–'} |"
          + ('' if same else ' (λ differ!)'))
print(f"\nnumpy OpenBLAS kernel: {p1['kernel']}")

import os
for label, fname in [('default optimizer (AUTO: RFO ≤ 150 atoms)', 'curvature_freq.tsv'), ('L-BFGS forced', 'curvature_freq_lbfgs.tsv')]:
    if not os.path.exists(f'{a.run}/{fname}'):
        continue
    fq = read(fname)
    print(f'\nWhole frequency pipeline through the library, {label}: bind + minimize from the shared perturbed start + '
          'analytic Hessian + projected diagonalization; RDKit column = Minimize + central-difference Hessian '
          '(setup excluded; with setup in parentheses):\n')
    print('| molecule | atoms | ours first call (wall) | **ours warm CPU** | ours warm wall | bind / optimize / modes CPU | method, iterations (E, G, H evals) | lowest cm⁻¹, imaginary | RDKit opt+FD CPU | **RDKit/ours (CPU)** |')
    print('|---|---:|---:|---:|---:|---:|---|---:|---:|---:|')
    for f in fq:
        r = rd.get(f['name'])
        rk = rk_setup = float('nan')
        if r:
            rk = float(r['optimize_cpu_s']) + float(r['fd_hessian_cpu_s'])
            rk_setup = rk + float(r['setup_cpu_s'])
        print(f"| {f['name']} | {f['atoms']} | {us(f['freq_first_s'])} | **{us(f['freq_cpu_s'])}** | {us(f['freq_s'])} "
              f"| {us(f['bind_cpu_s'])} / {us(f['optimize_cpu_s'])} / {us(f['modes_cpu_s'])} "
              f"| {f['method']}, {f['iterations']} ({f['energy_evals']}, {f['gradient_evals']}, {f['hessian_evals']}){'' if f['converged'] == 'true' else ' NOT CONVERGED'} "
              f"| {float(f['lowest_cm1']):.2f}, {f['imaginary']} | {us(rk)} ({us(rk_setup)}) | **{ratio(rk, f['freq_cpu_s'])}** |")

cli_section(rd)
