#!/usr/bin/python3
"""Writes the drug-like library of the batch benchmark (BENCHMARKS.md, "Library-scale batch"):
3-D structures of two SMILES lists shipped in the Debian package rdkit-data 202209.3-1:

  /usr/share/RDKit/Data/Pains/test_data/wehi_mols.csv   10 000 compounds of the WEHI screening
      library, the test set of Saubern, Guha & Baell, Mol. Inform. 30, 847-850 (2011)
  src/test/resources/embed/rdkit-data-chembl.smi          1 216 ChEMBL compounds
      (tools/validation/extract_druglike_smiles.py)

Each SMILES: largest fragment (salts and solvents dropped), hydrogens added, RDKit ETKDGv3
(random seed 42), MMFF94 minimisation (2000 steps), so that every record starts near a minimum
as a library prepared for a screen would. Molecules RDKit cannot embed, parameterise with MMFF94
or converge are left out and counted on stderr. Titles are the lists' identifiers.

Usage: /usr/bin/python3 tools/batch/make_druglike_library.py OUT.sdf [LIMIT]
"""
import csv
import sys

from rdkit import Chem, RDLogger
from rdkit.Chem import AllChem

RDLogger.DisableLog('rdApp.*')
ROOT = __file__.rsplit('/tools/', 1)[0]


def sources():
    with open('/usr/share/RDKit/Data/Pains/test_data/wehi_mols.csv') as f:
        for row in csv.reader(f):
            if len(row) >= 2:
                yield row[0], row[1]
    with open(ROOT + '/src/test/resources/embed/rdkit-data-chembl.smi') as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                yield parts[0], parts[1]


def largest_fragment(mol):
    frags = Chem.GetMolFrags(mol, asMols=True)
    return max(frags, key=lambda m: m.GetNumHeavyAtoms())


def prepare(smiles, name):
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return None, 'unparsable'
    mol = Chem.AddHs(largest_fragment(mol))
    params = AllChem.ETKDGv3()
    params.randomSeed = 42
    if AllChem.EmbedMolecule(mol, params) != 0:
        return None, 'not embedded'
    if not AllChem.MMFFHasAllMoleculeParams(mol):
        return None, 'no MMFF94 parameters'
    if AllChem.MMFFOptimizeMolecule(mol, maxIters=2000) != 0:
        return None, 'MMFF94 minimisation not converged'
    mol.SetProp('_Name', name)
    return mol, None


def main():
    out = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    skipped = {}
    written = 0
    with Chem.SDWriter(out) as w:
        for k, (smiles, name) in enumerate(sources()):
            if limit is not None and k >= limit:
                break
            mol, why = prepare(smiles, name)
            if mol is None:
                skipped[why] = skipped.get(why, 0) + 1
                continue
            w.write(mol)
            written += 1
            if written % 1000 == 0:
                print(f'{written} written', file=sys.stderr, flush=True)
    print(f'{out}: {written} molecules; left out: {skipped}', file=sys.stderr)


if __name__ == '__main__':
    main()
