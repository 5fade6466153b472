#!/usr/bin/python3
"""GFN2-xTB reference set from Debian's xtb 6.5.1: energies, gradients and dipoles of ~60 molecules
covering every element H-Kr plus Sn, I, Xe, Pt, charged and open-shell.

Where the molecules come from:
  * "mmff94:NAME" -- the structure NAME of the MMFF94 validation suite (Halgren, Merck; the copy in
    /work/shared/data/mmff94-validation/MMFF94_dative.sdf, see its README for provenance), atoms,
    coordinates (Angstrom, 4 decimals, MMFF94-optimized) and formal charges as given there. The
    suite's ion-water pairs bring Li, Na, K, Mg, Ca, Fe(II), Fe(III), Cu(I), Cu(II), Zn.
  * "hand" -- idealized geometries made here from textbook bond lengths and ideal angles (the
    numbers are in HAND below; they need not be minima: this is a single-point comparison).

Both programs read identical coordinates: they are converted to bohr once (CODATA 2018,
0.529177210903 Angstrom/bohr), rounded to 10 decimals and written as a Turbomole coord file.
For each molecule: `xtb coord --gfn 2 --acc 0.0001 --grad --json --chrg C --uhf U` (one thread).
Open-shell molecules get the unpaired-electron count in UHF below (high spin for the 3d ions).

Writes src/test/resources/dev/curvature/xtb/xtb-gfn2-reference-set.txt, one record per molecule:
    molecule NAME CHARGE UHF NATOMS SOURCE
    energy E                       total energy, Eh (12 decimals, xtb's summary line)
    dipole X Y Z                   e*bohr (xtbout.json, 8 decimals)
    NATOMS lines: Z x y z gx gy gz  coordinates bohr, gradient Eh/bohr (file `gradient`)
    [energy_differences + NATOMS lines gx gy gz: for the molecules in CHECK_GRADIENT, xtb's gradient
     from central differences (h = 1e-4 bohr) of its own total energies]

usage: /usr/bin/python3 tools/xtb/make_reference_set.py   (from the worktree root)
Needs python3-rdkit (only to read the SDF) and xtb 6.5.1. xtb is a reference; Curvature never calls it.
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile

from rdkit import Chem

ANGSTROM_PER_BOHR = 0.529177210903
SDF = os.path.join(os.environ.get('CURVATURE_SHARED', '../shared'), 'data/mmff94-validation/MMFF94_dative.sdf')
OUT = 'src/test/resources/dev/curvature/xtb/xtb-gfn2-reference-set.txt'

# MMFF94 suite entries: name -> unpaired electrons (charge from the suite's formal charges)
MMFF = [('SR01A', 0), ('BRMW1', 0), ('CAFORM07', 0), ('CLMW1', 0), ('CO01A', 0), ('CU1PW1', 0),
        ('FMW1', 0), ('FUCTIG01', 0), ('KPW1', 0), ('LIPW1', 0), ('NAPW', 0), ('NH10A', 0),
        ('PR01A', 0), ('AN06A', 0), ('CYANAM01', 0), ('KIMLEX01', 0), ('OHMW1', 0), ('VIMHII', 0),
        ('HL13A', 0), ('NC13A', 0), ('H3OPW1', 0), ('SI02A', 0), ('SO12A', 0), ('SR05A', 0),
        ('AR14A', 0), ('CA2PW3', 0), ('CU2PW3', 1), ('FE2PW3', 4), ('FE3PW3', 5), ('MG2PW3', 0),
        ('ZN2PW3', 0), ('FAMYUN', 0), ('ZZZVCQ01', 0), ('KICCUU', 0), ('FUCMIZ', 0), ('FAPLUD', 0),
        ('SEGWEG', 0), ('TAKHES', 0), ('GESNIB', 0), ('DIVVEJ', 0)]

# molecules whose printed xtb gradient disagreed with ours (> 1e-8 Eh/bohr) while the energies
# agreed: for them the record also carries xtb's gradient from differences of its own energies
CHECK_GRADIENT = {'SR01A', 'CO01A', 'AN06A', 'HL13A', 'SI02A', 'TAKHES', 'ferrocene', 'CYANAM01', 'CAFORM07', 'DIVVEJ'}

Z = {'H': 1, 'He': 2, 'Li': 3, 'Be': 4, 'B': 5, 'C': 6, 'N': 7, 'O': 8, 'F': 9, 'Ne': 10, 'Na': 11,
     'Mg': 12, 'Al': 13, 'Si': 14, 'P': 15, 'S': 16, 'Cl': 17, 'Ar': 18, 'K': 19, 'Ca': 20,
     'Sc': 21, 'Ti': 22, 'V': 23, 'Cr': 24, 'Mn': 25, 'Fe': 26, 'Co': 27, 'Ni': 28, 'Cu': 29,
     'Zn': 30, 'Ga': 31, 'Ge': 32, 'As': 33, 'Se': 34, 'Br': 35, 'Kr': 36, 'Sn': 50, 'I': 53,
     'Xe': 54, 'Pt': 78}
SYMBOL = {z: s for s, z in Z.items()}

TETRA = [(1, 1, 1), (1, -1, -1), (-1, 1, -1), (-1, -1, 1)]
OCTA = [(1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1)]


def unit(v):
    n = math.sqrt(sum(c * c for c in v))
    return [c / n for c in v]


def star(center, ligand, d, directions):
    """center at the origin, one ligand at distance d (Angstrom) along each direction."""
    return [(center, 0.0, 0.0, 0.0)] + [(ligand, *[d * c for c in unit(u)]) for u in directions]


def trigonal(center, ligand, d):
    return star(center, ligand, d, [(math.cos(a), math.sin(a), 0) for a in (0, 2 * math.pi / 3, 4 * math.pi / 3)])


def carbonyl(metal, d_mc, d_co, directions):
    atoms = [(metal, 0.0, 0.0, 0.0)]
    for u in directions:
        u = unit(u)
        atoms.append(('C', *[d_mc * c for c in u]))
        atoms.append(('O', *[(d_mc + d_co) * c for c in u]))
    return atoms


def bent(center, ligand, d, angle_deg):
    h = math.radians(angle_deg) / 2
    return [(center, 0.0, 0.0, 0.0), (ligand, d * math.sin(h), 0.0, d * math.cos(h)),
            (ligand, -d * math.sin(h), 0.0, d * math.cos(h))]


def pyramidal(center, ligand, d, angle_deg):
    # three ligands at distance d with equal L-X-L angles
    a = math.radians(angle_deg)
    # cos(angle) = 1 - 1.5 sin^2(theta) for ligands at polar angle theta, 120 deg apart in azimuth
    s2 = (1 - math.cos(a)) / 1.5
    st, ct = math.sqrt(s2), math.sqrt(1 - s2)
    return [(center, 0.0, 0.0, 0.0)] + [(ligand, d * st * math.cos(p), d * st * math.sin(p), d * ct)
                                         for p in (0, 2 * math.pi / 3, 4 * math.pi / 3)]


def ferrocene():
    # eclipsed D5h: Fe-ring centroid 1.66, ring radius from C-C 1.43, C-H 1.08 in the ring plane
    r = 1.43 / (2 * math.sin(math.pi / 5))
    atoms = [('Fe', 0.0, 0.0, 0.0)]
    for zc in (1.66, -1.66):
        for k in range(5):
            p = 2 * math.pi * k / 5
            atoms.append(('C', r * math.cos(p), r * math.sin(p), zc))
            atoms.append(('H', (r + 1.08) * math.cos(p), (r + 1.08) * math.sin(p), zc))
    return atoms


# name, charge, unpaired, atoms (symbol, x, y, z in Angstrom), what it is
HAND = [
    ('helium_hydride_cation', 1, 0, [('He', 0, 0, 0), ('H', 0, 0, 0.772)], 'HeH+'),
    ('neon_hydrogen_fluoride', 0, 0, [('Ne', 0, 0, 0), ('H', 0, 0, 2.30), ('F', 0, 0, 3.22)], 'Ne...HF, linear'),
    ('argon_hydrogen_chloride', 0, 0, [('Ar', 0, 0, 0), ('H', 0, 0, 2.60), ('Cl', 0, 0, 3.87)], 'Ar...HCl, linear'),
    ('krypton_difluoride', 0, 0, [('F', 0, 0, -1.89), ('Kr', 0, 0, 0), ('F', 0, 0, 1.89)], 'KrF2'),
    ('beryllium_chloride', 0, 0, [('Cl', 0, 0, -1.80), ('Be', 0, 0, 0), ('Cl', 0, 0, 1.80)], 'BeCl2'),
    ('boron_trifluoride', 0, 0, trigonal('B', 'F', 1.31), 'BF3'),
    ('aluminium_chloride', 0, 0, trigonal('Al', 'Cl', 2.06), 'AlCl3 monomer'),
    ('scandium_chloride', 0, 0, trigonal('Sc', 'Cl', 2.29), 'ScCl3'),
    ('titanium_tetrachloride', 0, 0, star('Ti', 'Cl', 2.17, TETRA), 'TiCl4'),
    ('vanadium_tetrachloride', 0, 1, star('V', 'Cl', 2.14, TETRA), 'VCl4, d1 doublet'),
    ('chromium_hexacarbonyl', 0, 0, carbonyl('Cr', 1.92, 1.15, OCTA), 'Cr(CO)6'),
    ('permanganate', -1, 0, star('Mn', 'O', 1.63, TETRA), 'MnO4-'),
    ('ferrocene', 0, 0, ferrocene(), 'Fe(C5H5)2, eclipsed'),
    ('tetrachlorocobaltate', -2, 3, star('Co', 'Cl', 2.28, TETRA), '[CoCl4]2-, d7 quartet'),
    ('nickel_tetracarbonyl', 0, 0, carbonyl('Ni', 1.84, 1.15, TETRA), 'Ni(CO)4'),
    ('dichlorocuprate', -1, 0, [('Cl', 0, 0, -2.10), ('Cu', 0, 0, 0), ('Cl', 0, 0, 2.10)], '[CuCl2]-'),
    ('gallium_chloride', 0, 0, trigonal('Ga', 'Cl', 2.10), 'GaCl3 monomer'),
    ('germane', 0, 0, star('Ge', 'H', 1.53, TETRA), 'GeH4'),
    ('arsine', 0, 0, pyramidal('As', 'H', 1.52, 92.1), 'AsH3'),
    ('hydrogen_selenide', 0, 0, bent('Se', 'H', 1.46, 91.0), 'H2Se'),
    ('dioxygen', 0, 2, [('O', 0, 0, 0), ('O', 0, 0, 1.21)], 'O2, triplet'),
    ('nitric_oxide', 0, 1, [('N', 0, 0, 0), ('O', 0, 0, 1.15)], 'NO, doublet'),
    ('nitrogen_dioxide', 0, 1, bent('N', 'O', 1.20, 134.0), 'NO2, doublet'),
    ('tin_tetrachloride', 0, 0, star('Sn', 'Cl', 2.28, TETRA), 'SnCl4'),
    ('triiodide', -1, 0, [('I', 0, 0, -2.92), ('I', 0, 0, 0), ('I', 0, 0, 2.92)], 'I3-'),
    ('xenon_tetrafluoride', 0, 0, star('Xe', 'F', 1.95, [(1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0)]), 'XeF4, square planar'),
    ('tetrachloroplatinate', -2, 0, star('Pt', 'Cl', 2.31, [(1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0)]), '[PtCl4]2-, square planar'),
]


def mmff_molecules():
    wanted = dict(MMFF)
    found = {}
    for mol in Chem.SDMolSupplier(SDF, removeHs=False, sanitize=False):
        name = mol.GetProp('_Name').strip()
        if name in wanted:
            conf = mol.GetConformer()
            atoms = [(a.GetSymbol(), *conf.GetAtomPosition(a.GetIdx())) for a in mol.GetAtoms()]
            charge = sum(a.GetFormalCharge() for a in mol.GetAtoms())
            found[name] = (name, charge, wanted[name], atoms, 'mmff94:' + name)
    missing = [n for n, _ in MMFF if n not in found]
    if missing:
        raise SystemExit('not in %s: %s' % (SDF, missing))
    return [found[n] for n, _ in MMFF]


def xtb(d, bohr, charge, uhf, *extra):
    with open(os.path.join(d, 'coord'), 'w') as f:
        f.write('$coord\n')
        for z, (x, y, zc) in bohr:
            f.write('%20.10f %20.10f %20.10f %s\n' % (x, y, zc, SYMBOL[z].lower()))
        f.write('$end\n')
    out = subprocess.run(['xtb', 'coord', '--gfn', '2', '--acc', '0.0001', '--chrg', str(charge),
                          '--uhf', str(uhf), *extra], cwd=d, capture_output=True,
                         text=True, env=dict(os.environ, OMP_NUM_THREADS='1'))
    return out.stdout + out.stderr


def total_energy(out):
    return re.search(r':: total energy\s+(-?\d+\.\d+) Eh', out).group(1)


def energy_differences(bohr, charge, uhf, h=1e-4):
    """xtb's own gradient by central differences of its printed energies (12 decimals): rounding
    5e-13/h = 5e-9 and truncation h^2/6 E''' ~ 2e-9 Eh/bohr."""
    grad = []
    with tempfile.TemporaryDirectory() as d:
        for a in range(len(bohr)):
            row = []
            for k in range(3):
                e = []
                for sign in (1, -1):
                    moved = [(z, list(x)) for z, x in bohr]
                    moved[a][1][k] += sign * h
                    e.append(float(total_energy(xtb(d, moved, charge, uhf))))
                row.append((e[0] - e[1]) / (2 * h))
            grad.append(row)
    return grad


def run(name, charge, uhf, atoms, source):
    bohr = [(Z[s], [round(c / ANGSTROM_PER_BOHR, 10) for c in xyz]) for s, *xyz in atoms]
    with tempfile.TemporaryDirectory() as d:
        out = xtb(d, bohr, charge, uhf, '--grad', '--json')
        if 'normal termination' not in out or 'convergence criteria cannot be satisfied' in out:
            raise RuntimeError('xtb failed or did not converge')
        data = json.load(open(os.path.join(d, 'xtbout.json')))
        lines = open(os.path.join(d, 'gradient')).read().split('$end')[0].strip().split('\n')
        grad = [[float(v.replace('D', 'E')) for v in line.split()] for line in lines[-len(bohr):]]
    energy = total_energy(out)
    rec = ['molecule %s %d %d %d %s' % (name, charge, uhf, len(bohr), source),
           'energy %s' % energy,
           'dipole %s' % ' '.join('%.8f' % c for c in data['dipole'])]
    for (z, xyz), g in zip(bohr, grad):
        rec.append('%d %.10f %.10f %.10f %.13e %.13e %.13e' % (z, *xyz, *g))
    if name in CHECK_GRADIENT:
        rec.append('energy_differences  # xtb gradient by central differences of its energies, Eh/bohr')
        rec += ['%.13e %.13e %.13e' % tuple(g) for g in energy_differences(bohr, charge, uhf)]
    return rec


def main():
    molecules = mmff_molecules() + [(n, c, u, a, 'hand: ' + what) for n, c, u, a, what in HAND]
    lines = ['# GFN2-xTB single points by Debian xtb 6.5.1 (xtb coord --gfn 2 --acc 0.0001 --grad --json',
             '# --chrg C --uhf U); made by tools/xtb/make_reference_set.py. Per record: molecule NAME',
             '# CHARGE UHF NATOMS SOURCE; energy (Eh); dipole (e*bohr); Z x y z (bohr) gx gy gz (Eh/bohr)']
    for m in molecules:
        try:
            lines += run(*m)
            print(m[0], 'ok')
        except Exception as e:  # reported and left out; the record count is checked by the test
            print('skipped %s: %s' % (m[0], e), file=sys.stderr)
    with open(OUT, 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
