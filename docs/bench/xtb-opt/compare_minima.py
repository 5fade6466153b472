#!/usr/bin/python3
"""Our GFN2 minimum (curvature optimize --model gfn2 -o ours_M.xyz) against xtb 6.5.1's
(xtb M.xyz --gfn 2 --opt vtight -> x_M/xtbopt.xyz): heavy-atom and all-atom RMSD after the best
rigid superposition (Kabsch; same atom order), and the two energies (ours from the "energy A -> B
kcal/mol" line of our optimize output saved as ours_M.log, xtb's from its xtbopt.xyz comment, Eh).
Usage: compare_minima.py DIR M [M ...]"""
import sys, re
import numpy as np

KCAL_PER_EH = 627.5094740631

def read_xyz(path):
    lines = open(path).read().splitlines()
    n = int(lines[0].split()[0])
    sym = [l.split()[0] for l in lines[2:2 + n]]
    x = np.array([[float(v) for v in l.split()[1:4]] for l in lines[2:2 + n]])
    return lines[1], sym, x

def rmsd(a, b):
    a = a - a.mean(0); b = b - b.mean(0)
    u, s, vt = np.linalg.svd(a.T @ b)
    d = np.sign(np.linalg.det(u @ vt))
    r = u @ np.diag([1, 1, d]) @ vt
    return np.sqrt(((a @ r - b) ** 2).sum(1).mean())

d = sys.argv[1]
print("molecule\tatoms\trmsd_all_A\trmsd_heavy_A\tours_Eh\txtb_Eh\tdiff_Eh")
for m in sys.argv[2:]:
    c1, s1, x1 = read_xyz(f"{d}/ours_{m}.xyz")
    c2, s2, x2 = read_xyz(f"{d}/x_{m}/xtbopt.xyz")
    assert [s.capitalize() for s in s1] == [s.capitalize() for s in s2], m
    heavy = [i for i, s in enumerate(s1) if s.upper() != "H"]
    e_xtb = float(re.search(r"energy:\s*(-?\d+\.\d+)", c2).group(1))
    m1 = re.search(r"->\s*(-?\d+\.\d+)\s*kcal/mol", open(f"{d}/ours_{m}.log").read())
    e_ours = float(m1.group(1)) / KCAL_PER_EH
    hr = rmsd(x1[heavy], x2[heavy]) if len(heavy) > 2 else float("nan")
    print(f"{m}\t{len(s1)}\t{rmsd(x1, x2):.4f}\t{hr:.4f}\t{e_ours:.9f}\t{e_xtb:.9f}\t{e_ours - e_xtb:.2e}")
