#!/usr/bin/env python3
"""RDKit's whole-process anchor for a cold `curvature freq FILE`: start Python, import RDKit and
numpy, read the SDF, set up MMFF94 (all pairs), minimize, central-difference Hessian from
analytic gradients (h = 1e-4 Å), mass-weight and diagonalise with numpy, print the frequencies.
usage: rdkit_freq_process.py FILE.sdf
"""
import sys
import numpy as np
from rdkit import Chem
from rdkit.Chem import AllChem

mol = Chem.MolFromMolFile(sys.argv[1], removeHs=False)
props = AllChem.MMFFGetMoleculeProperties(mol)
ff = AllChem.MMFFGetMoleculeForceField(mol, props, nonBondedThresh=1e6, ignoreInterfragInteractions=False)
ff.Minimize(maxIts=10000, forceTol=1e-6, energyTol=1e-10)
x = np.array(ff.Positions())
n3 = len(x)
h = 1e-4
hess = np.empty((n3, n3))
for k in range(n3):
    for s, sign in ((h, 1), (-h, -1)):
        y = x.copy(); y[k] += s
        ff.CalcEnergy(list(y))
        g = np.array(ff.CalcGrad(list(y)))
        hess[k] = hess[k] + sign * g / (2 * h) if sign < 0 else g / (2 * h)
hess = 0.5 * (hess + hess.T)
m = np.repeat([a.GetMass() for a in mol.GetAtoms()], 3)
w = np.linalg.eigvalsh(hess / np.sqrt(np.outer(m, m)))
print(np.sign(w[6:]) * np.sqrt(np.abs(w[6:])) * 108.59)
