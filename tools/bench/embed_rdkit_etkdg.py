#!/usr/bin/python3
"""RDKit anchor for SMILES -> 3-D (Debian python3-rdkit 202209.3): per molecule the CPU time of
ETKDGv3 embedding (EmbedMolecule, randomSeed 1) and of MMFF94 minimisation (MMFFOptimizeMolecule,
maxIters 2000), and the MMFF94 energy reached. Same SMILES as EmbeddingValidationTest.
Usage: /usr/bin/python3 tools/bench/embed_rdkit_etkdg.py > target/embed-rdkit.tsv
"""
import sys
import time

from rdkit import Chem, RDLogger
from rdkit.Chem import AllChem

RDLogger.DisableLog("rdApp.*")
FILES = [("MMFF94_hypervalent.smi", "../shared/data/mmff94-validation/MMFF94_hypervalent.smi"),
         ("rdkit-data-chembl.smi", "src/test/resources/embed/rdkit-data-chembl.smi")]

print("set\tname\tatoms\tetkdg_cpu_ms\tmmff_cpu_ms\tenergy_kcal_mol\tstatus")
for label, path in FILES:
    for line in open(path):
        parts = line.split()
        if len(parts) < 2 or parts[0] == "SMILES":
            continue
        smi, name = parts[0], parts[1]
        mol = Chem.MolFromSmiles(smi)
        if mol is None:
            print(f"{label}\t{name}\t\t\t\t\tparse-failed")
            continue
        mol = Chem.AddHs(mol)
        params = AllChem.ETKDGv3()
        params.randomSeed = 1
        t0 = time.process_time()
        cid = AllChem.EmbedMolecule(mol, params)
        t1 = time.process_time()
        if cid < 0:
            print(f"{label}\t{name}\t{mol.GetNumAtoms()}\t{(t1 - t0) * 1e3:.2f}\t\t\tembed-failed")
            continue
        props = AllChem.MMFFGetMoleculeProperties(mol)
        energy = ""
        t2 = time.process_time()
        if props is not None:
            AllChem.MMFFOptimizeMolecule(mol, maxIters=2000)
            ff = AllChem.MMFFGetMoleculeForceField(mol, props)
            energy = f"{ff.CalcEnergy():.4f}"
        t3 = time.process_time()
        print(f"{label}\t{name}\t{mol.GetNumAtoms()}\t{(t1 - t0) * 1e3:.2f}\t{(t3 - t2) * 1e3:.2f}\t{energy}\tok")
        sys.stdout.flush()

# C300 chain: embedding alone
mol = Chem.AddHs(Chem.MolFromSmiles("C" * 300))
params = AllChem.ETKDGv3()
params.randomSeed = 1
t0 = time.process_time()
cid = AllChem.EmbedMolecule(mol, params)
print(f"chain\tC300\t{mol.GetNumAtoms()}\t{(time.process_time() - t0) * 1e3:.2f}\t\t\t{'ok' if cid >= 0 else 'embed-failed'}")
