#!/usr/bin/python3
"""Non-bonded pair counts of the benchmark molecules: pairs whose shortest bond path is >= 3 bonds
(or that lie in different fragments), which is exactly the list MmffForceField's vdW term loops over,
against all N(N-1)/2 pairs. Run: /usr/bin/python3 tools/bench/count_pairs.py > docs/bench/nonbonded_pairs.tsv
"""
import os
import numpy as np
from rdkit import Chem

sdf = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'bench-molecules.sdf')
print('name\tatoms\tnonbonded_pairs\tall_pairs')
for m in Chem.SDMolSupplier(sdf, removeHs=False):
    n = m.GetNumAtoms()
    d = Chem.GetDistanceMatrix(m)  # bond counts; disconnected pairs get a huge value
    iu = np.triu_indices(n, 1)
    print(f"{m.GetProp('_Name')}\t{n}\t{int((d[iu] >= 3).sum())}\t{n * (n - 1) // 2}")
