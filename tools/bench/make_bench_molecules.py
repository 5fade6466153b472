#!/usr/bin/python3
"""Writes the benchmark molecules (bench-molecules.sdf): from ~10 to ~1000 atoms.

- n-alkanes CnH2n+2 (homogeneous sp3 chains) up to 200 atoms,
- capped poly-alanine peptides Ace-(Ala)n-NMe (polar, H-bonds) up to 212 atoms,
- clusters of 2 and 5 copies of Ace-(Ala)20-NMe on a 20 Å grid (424 and 1060 atoms): one system
  whose non-bonded pairs all interact, without the minutes ETKDG needs to embed a 1000-atom chain,
plus caffeine. 3-D coordinates from RDKit ETKDG (fixed seed), relaxed with RDKit's MMFF94 so that
all timings are taken at realistic geometries. Each record's title is '<series>-<atoms>'.
Run: /usr/bin/python3 tools/bench/make_bench_molecules.py   (uses Debian's python3-rdkit)
"""
import os, sys
from rdkit import Chem
from rdkit.Chem import AllChem

def embed(smiles, title):
    m = Chem.AddHs(Chem.MolFromSmiles(smiles))
    params = AllChem.ETKDGv3()
    params.randomSeed = 42
    params.useRandomCoords = m.GetNumAtoms() > 100
    params.maxIterations = 0
    if AllChem.EmbedMolecule(m, params) != 0:
        raise SystemExit(f'embedding failed for {title} ({m.GetNumAtoms()} atoms)')
    AllChem.MMFFOptimizeMolecule(m, maxIters=2000)
    m.SetProp('_Name', f'{title}-{m.GetNumAtoms()}')
    return m

mols = [embed('Cn1cnc2c1c(=O)n(C)c(=O)n2C', 'caffeine')]
for n in (3, 8, 16, 33, 66):
    mols.append(embed('C' * n, 'alkane'))
for n in (2, 5, 10, 20):
    mols.append(embed('CC(=O)' + 'N[C@@H](C)C(=O)' * n + 'NC', 'alanine'))

def cluster(mol, copies, spacing=20.0):
    from rdkit.Geometry import Point3D
    combined = None
    for c in range(copies):
        m = Chem.Mol(mol)
        conf = m.GetConformer()
        shift = Point3D(spacing * (c % 3), spacing * ((c // 3) % 3), spacing * (c // 9))
        for k in range(m.GetNumAtoms()):
            conf.SetAtomPosition(k, conf.GetAtomPosition(k) + shift)
        combined = m if combined is None else Chem.CombineMols(combined, m)
    combined.SetProp('_Name', f'alanine20x{copies}-{combined.GetNumAtoms()}')
    return combined

ala20 = mols[-1]
for copies in (2, 5):
    mols.append(cluster(ala20, copies))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'bench-molecules.sdf')
w = Chem.SDWriter(out)
for m in mols:
    w.write(m)
    print(m.GetProp('_Name'), file=sys.stderr)
w.close()
