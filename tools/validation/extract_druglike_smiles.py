#!/usr/bin/python3
"""Writes the drug-like SMILES used to validate SMILES -> 3-D embedding (EmbeddingValidationTest,
tools/bench/embed_rdkit_etkdg.py) from files shipped in the Debian package rdkit-data 202209.3-1:

  /usr/share/RDKit/Contrib/FreeWilson/data/CHEMBL2321810.smi        1016 ChEMBL compounds (one series)
  /usr/share/RDKit/Contrib/NIBRSubstructureFilters/examples/chembl24_structs_randomtestSample_100.csv
                                                                     100 random ChEMBL 24 compounds
  /usr/share/RDKit/Contrib/fraggle/data/ChEMBL_11265_actives.smi     100 ChEMBL actives

Output: SMILES and a name per line (source prefix + the file's own identifier), in file order.
Usage: /usr/bin/python3 tools/validation/extract_druglike_smiles.py > src/test/resources/embed/rdkit-data-chembl.smi
"""
import csv

ROOT = "/usr/share/RDKit/Contrib/"


def smi(path, prefix):
    with open(ROOT + path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                yield parts[0], prefix + parts[1]


def chembl24():
    with open(ROOT + "NIBRSubstructureFilters/examples/chembl24_structs_randomtestSample_100.csv") as f:
        for row in csv.DictReader(f):
            yield row["smiles"], "chembl24_" + row["chemblid"]


for s, name in list(smi("FreeWilson/data/CHEMBL2321810.smi", "CHEMBL2321810_")) + list(chembl24()) + list(
        smi("fraggle/data/ChEMBL_11265_actives.smi", "")):
    print(s, name)
