#!/usr/bin/python3
"""Makes the GFN2-xTB reference fixtures from Debian's xtb 6.5.1 (/usr/bin/xtb).

For each molecule: a 3D structure from RDKit (ETKDG, fixed seed, MMFF94 relaxed), written as a
Turbomole coord file in bohr (so xtb and Curvature read identical coordinates, no Angstrom
conversion involved), then `xtb coord --gfn 2 --acc 0.0001 --grad --json --chrg C --uhf U`.
Writes src/test/resources/dev/curvature/xtb/fixtures/NAME.txt with: charge, uhf, atoms
(Z and bohr coordinates), every energy component xtb prints (Eh), Mulliken charges (e), dipole
(e*bohr), atomic dipoles/quadrupoles (au) and the gradient (Eh/bohr).

usage: tools/xtb/make_fixtures.py   (from the worktree root)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

from rdkit import Chem
from rdkit.Chem import AllChem

BOHR_PER_ANGSTROM = 1 / 0.529177210903

MOLECULES = [  # name, SMILES, charge, unpaired electrons
    ('water', 'O', 0, 0),
    ('methane', 'C', 0, 0),
    ('ammonia', 'N', 0, 0),
    ('hydrogen_fluoride', 'F', 0, 0),
    ('carbon_dioxide', 'O=C=O', 0, 0),
    ('formaldehyde', 'C=O', 0, 0),
    ('methanol', 'CO', 0, 0),
    ('acetone', 'CC(C)=O', 0, 0),
    ('benzene', 'c1ccccc1', 0, 0),
    ('acetate', 'CC(=O)[O-]', -1, 0),
    ('ammonium', '[NH4+]', 1, 0),
    ('methyl_radical', '[CH3]', 0, 1),
    ('hydroxyl_radical', '[OH]', 0, 1),
    ('chloromethane', 'CCl', 0, 0),
    ('dimethyl_sulfide', 'CSC', 0, 0),
    ('trimethylphosphine', 'CP(C)C', 0, 0),
    ('silane', '[SiH4]', 0, 0),
    ('bromobenzene', 'Brc1ccccc1', 0, 0),
]

OUT = 'src/test/resources/dev/curvature/xtb/fixtures'


def structure(smiles):
    mol = Chem.AddHs(Chem.MolFromSmiles(smiles))
    AllChem.EmbedMolecule(mol, randomSeed=7)
    if AllChem.MMFFHasAllMoleculeParams(mol):
        AllChem.MMFFOptimizeMolecule(mol)
    conf = mol.GetConformer()
    return [(a.GetAtomicNum(), [round(c * BOHR_PER_ANGSTROM, 8) for c in conf.GetAtomPosition(a.GetIdx())])
            for a in mol.GetAtoms()]


SYMBOL = {1: 'h', 6: 'c', 7: 'n', 8: 'o', 9: 'f', 14: 'si', 15: 'p', 16: 's', 17: 'cl', 35: 'br'}


def run(name, smiles, charge, uhf):
    atoms = structure(smiles)
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'coord'), 'w') as f:
            f.write('$coord\n')
            for zz, (x, y, z) in atoms:
                f.write('%18.10f %18.10f %18.10f %s\n' % (x, y, z, SYMBOL[zz]))
            f.write('$end\n')
        out = subprocess.run(['xtb', 'coord', '--gfn', '2', '--acc', '0.0001', '--grad', '--json',
                              '--chrg', str(charge), '--uhf', str(uhf)], cwd=d, capture_output=True,
                             text=True, env=dict(os.environ, OMP_NUM_THREADS='1')).stdout
        data = json.load(open(os.path.join(d, 'xtbout.json')))
        grad = [float(v) for v in open(os.path.join(d, 'gradient')).read().split('$end')[0]
                .split('\n')[2 + len(atoms):2 + 2 * len(atoms)] for v in v.replace('D', 'E').split()]
    summary = {}
    for key, label in [('total', 'total energy'), ('scc', 'SCC energy'), ('isotropic_es', '-> isotropic ES'),
                       ('anisotropic_es', '-> anisotropic ES'), ('anisotropic_xc', '-> anisotropic XC'),
                       ('dispersion', '-> dispersion'), ('repulsion', 'repulsion energy')]:
        m = re.search(re.escape(':: ' + label) + r'\s+(-?\d+\.\d+)', out)
        summary[key] = m.group(1)
    with open(os.path.join(OUT, name + '.txt'), 'w') as f:
        f.write('# %s (%s): xtb 6.5.1 --gfn 2 --acc 0.0001; made by tools/xtb/make_fixtures.py\n' % (name, smiles))
        f.write('charge %d\nuhf %d\n' % (charge, uhf))
        f.write('atoms %d  # Z x y z (bohr)\n' % len(atoms))
        for zz, (x, y, z) in atoms:
            f.write('%d %.10f %.10f %.10f\n' % (zz, x, y, z))
        for k, v in summary.items():
            f.write('energy_%s %s  # Eh\n' % (k, v))
        f.write('charges %s  # e\n' % ' '.join('%.8f' % c for c in data['partial charges']))
        f.write('dipole %s  # e*bohr\n' % ' '.join('%.8f' % c for c in data['dipole']))
        f.write('atomic_dipoles %s  # e*bohr\n' % ' '.join('%.8f' % c for r in data['atomic dipole moments'] for c in r))
        f.write('atomic_quadrupoles %s  # xx xy yy xz yz zz, e*bohr^2\n' % ' '.join('%.8f' % c for r in data['atomic quadrupole moments'] for c in r))
        f.write('gradient %s  # Eh/bohr\n' % ' '.join('%.12f' % g for g in grad))
    print(name, summary['total'])


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for m in MOLECULES:
        if len(sys.argv) == 1 or m[0] in sys.argv[1:]:
            run(*m)
