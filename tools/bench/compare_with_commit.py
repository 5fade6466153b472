#!/usr/bin/python3
"""Tables of a compare_with_commit.sh run: per molecule, the median over rounds of the CPU-time
medians of base and head, the head/base ratio (below 1: head faster) and, for E+G and the freq
pipeline, RDKit/head. Run: python3 tools/bench/compare_with_commit.py docs/bench/contract
"""
import csv, glob, io, os, re, statistics, sys

out = sys.argv[1]


def read(path):
    with open(path) as f:
        text = re.sub(r'\x1b\[[0-9;]*m', '', f.read())
    return {r['name']: r for r in csv.DictReader(io.StringIO(text), delimiter='\t') if r.get('name')}


def rounds(tree, file):
    return [read(p) for p in sorted(glob.glob(os.path.join(out, f'{tree}-*', file)))]


rdkit = read(os.path.join(out, 'rdkit_mmff.tsv'))


def table(title, file, column, rdkit_column=None):
    base, head = rounds('base', file), rounds('head', file)
    if not base or not head:
        return
    print(f'\n{title} ({column}, ms; {len(base)} rounds each)\n')
    extra = ' RDKit/head |' if rdkit_column else ''
    print(f'| molecule | atoms | base rounds | head rounds | base median | head median | head/base |{extra}')
    print('|---|---:|---|---|---:|---:|---:|' + ('---:|' if rdkit_column else ''))
    for name, row in head[0].items():
        if not all(name in r for r in base + head):
            continue
        b = [1e3 * float(r[name][column]) for r in base]
        h = [1e3 * float(r[name][column]) for r in head]
        bm, hm = statistics.median(b), statistics.median(h)
        line = (f"| {name} | {row['atoms']} | {' / '.join(f'{v:.3g}' for v in b)} | {' / '.join(f'{v:.3g}' for v in h)}"
                f" | {bm:.4g} | {hm:.4g} | {hm / bm:.2f} |")
        if rdkit_column:
            cols = rdkit_column if isinstance(rdkit_column, tuple) else (rdkit_column,)
            ok = name in rdkit and all(rdkit[name].get(c) not in (None, '', 'nan') for c in cols)
            line += f" {1e3 * sum(float(rdkit[name][c]) for c in cols) / hm:.2f} |" if ok else ' – |'
        print(line)


table('MMFF94 energy + gradient', 'curvature_mmff.tsv', 'eg_cpu_s', 'eg_cpu_s')
table('MMFF94 analytic Hessian', 'curvature_mmff.tsv', 'hess_cpu_s')
# RDKit's freq anchor: Minimize + central-difference Hessian (no mode analysis)
table('Frequency pipeline, library (bind + optimize + NormalModes)', 'curvature_freq.tsv', 'freq_cpu_s',
      ('optimize_cpu_s', 'fd_hessian_cpu_s'))
table('`freq` command in-process (FrequencyAnalysis)', 'curvature_freq_cli.tsv', 'freq_cli_cpu_s',
      ('optimize_cpu_s', 'fd_hessian_cpu_s'))
