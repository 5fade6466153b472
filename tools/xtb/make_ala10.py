#!/usr/bin/python3
"""Writes examples/ala10.sdf: deca-alanine H-(Ala)10-OH (103 atoms), the ~100-atom molecule of
the GFN2-xTB speed benchmark (BENCHMARKS.md, issue 13). RDKit ETKDG embedding with a fixed seed,
then MMFF94 minimisation, so the file is reproducible. Run: /usr/bin/python3 tools/xtb/make_ala10.py"""
from rdkit import Chem
from rdkit.Chem import AllChem

smiles = "N[C@@H](C)C(=O)" + "N[C@@H](C)C(=O)" * 9 + "O"
mol = Chem.AddHs(Chem.MolFromSmiles(smiles))
params = AllChem.ETKDGv3()
params.randomSeed = 20261203
if AllChem.EmbedMolecule(mol, params) != 0:
    raise SystemExit("embedding failed")
AllChem.MMFFOptimizeMolecule(mol, maxIters=5000)
mol.SetProp("_Name", "ala10")
with open("examples/ala10.sdf", "w") as f:
    f.write(Chem.MolToMolBlock(mol))
    f.write("$$$$\n")
print(mol.GetNumAtoms(), "atoms written to examples/ala10.sdf")
