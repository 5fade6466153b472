#!/usr/bin/python3
"""Key figures of several run_benchmarks.sh runs side by side (the headline table of BENCHMARKS.md).

Per molecule: RDKit/ours energy+gradient CPU-time ratio and our Hessian/(energy+gradient) ratio;
per matrix size: our LAPACK dsyevd / numpy eigh (1 thread) CPU-time ratio; one column per run.
Run: python3 tools/bench/compare_runs.py docs/bench/run-a docs/bench/run-b
"""
import csv, io, re, sys


def read(name_or_run, name=None):
    path = f'{name_or_run}/{name}' if name else f'{a.run}/{name_or_run}'
    with open(path) as f:
        # Maven 3.8 writes terminal escapes (ESC[0m) into stdout even in batch mode: drop them
        text = re.sub(r'\x1b\[[0-9;]*m', '', f.read())
    return [r for r in csv.DictReader(io.StringIO(text), delimiter='\t') if any(r.values())]


runs = sys.argv[1:]
tag = [r.rstrip('/').split('/')[-1] for r in runs]
ours = [{r['name']: r for r in read(run, 'curvature_mmff.tsv')} for run in runs]
rd = [{r['name']: r for r in read(run, 'rdkit_mmff.tsv')} for run in runs]
names = [n for n in ours[0] if all(n in o for o in ours) and all(n in r for r in rd)]

head = ' | '.join(f'RDKit/ours E+G ({t})' for t in tag) + ' | ' + ' | '.join(f'Hessian/E+G ({t})' for t in tag)
print(f'| molecule | atoms | {head} |')
print('|---|---:|' + '---:|' * (2 * len(runs)))
for n in names:
    eg = ' | '.join(f"{float(r[n]['eg_cpu_s']) / float(o[n]['eg_cpu_s']):.2f}" for o, r in zip(ours, rd))
    hs = ' | '.join(f"{float(o[n]['hess_over_eg']):.1f}" for o in ours)
    print(f"| {n} | {ours[0][n]['atoms']} | {eg} | {hs} |")

print()
print('| n | ' + ' | '.join(f'ours LAPACK / numpy 1 thread ({t})' for t in tag) + ' | '
      + ' | '.join(f'EJML / numpy ({t})' for t in tag) + ' |')
print('|---:|' + '---:|' * (2 * len(runs)))
eig = [read(run, 'curvature_eigen.tsv') for run in runs]
npy = [{int(r['n']): r for r in read(run, 'numpy_eigh_1thread.tsv')} for run in runs]
for n in sorted(npy[0]):
    la, ej = [], []
    for e, p in zip(eig, npy):
        ref = float(p[n]['cpu_seconds'])
        l = next(r for r in e if int(r['n']) == n and r['backend'].startswith('LAPACK'))
        j = next((r for r in e if int(r['n']) == n and r['backend'] == 'EJML'), None)
        la.append(f"{float(l['cpu_seconds']) / ref:.2f}")
        ej.append(f"{float(j['cpu_seconds']) / ref:.1f}" if j else 'not run')
    print(f"| {n} | {' | '.join(la)} | {' | '.join(ej)} |")

# whole frequency pipeline against RDKit Minimize + central-difference Hessian (CPU), where measured
import os
print()
print('| molecule | atoms | ' + ' | '.join(f'RDKit (opt + FD Hessian) / ours freq, AUTO ({t})' for t in tag) + ' | '
      + ' | '.join(f'… L-BFGS ({t})' for t in tag) + ' |')
print('|---|---:|' + '---:|' * (2 * len(runs)))
fq = [{r['name']: r for r in read(run, 'curvature_freq.tsv')} if os.path.exists(f'{run}/curvature_freq.tsv') else {} for run in runs]
fl = [{r['name']: r for r in read(run, 'curvature_freq_lbfgs.tsv')} if os.path.exists(f'{run}/curvature_freq_lbfgs.tsv') else {} for run in runs]
for n in names:
    if not all(n in f for f in fq + fl):
        continue
    def rk(r):
        return float(r[n]['optimize_cpu_s']) + float(r[n]['fd_hessian_cpu_s'])
    auto = ' | '.join(f"{rk(r) / float(f[n]['freq_cpu_s']):.2f}" for r, f in zip(rd, fq))
    lb = ' | '.join(f"{rk(r) / float(f[n]['freq_cpu_s']):.2f}" for r, f in zip(rd, fl))
    print(f"| {n} | {ours[0][n]['atoms']} | {auto} | {lb} |")

cli = [{r['name']: r for r in read(run, 'curvature_freq_cli.tsv')} if os.path.exists(f'{run}/curvature_freq_cli.tsv') else None for run in runs]
if any(cli):
    use = [(t, c, r) for t, c, r in zip(tag, cli, rd) if c]
    print()
    print('| molecule | atoms | ' + ' | '.join(f'RDKit (opt + FD Hessian) / `curvature freq` warm ({t})' for t, _, _ in use) + ' |')
    print('|---|---:|' + '---:|' * len(use))
    for n in names:
        if not all(n in c for _, c, _ in use):
            continue
        vals = ' | '.join(f"{(float(r[n]['optimize_cpu_s']) + float(r[n]['fd_hessian_cpu_s'])) / float(c[n]['freq_cli_cpu_s']):.2f}" for _, c, r in use)
        print(f"| {n} | {ours[0][n]['atoms']} | {vals} |")
