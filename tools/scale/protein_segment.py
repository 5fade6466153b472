#!/usr/bin/env python3
"""One chain segment (bonded fragment) of a protein PDB as an SDF, for checks that need a dense
Hessian (LOBPCG against LAPACK on a real protein piece). Fragments are numbered by size, smallest first.
usage: protein_segment.py IN.pdb[.gz] K OUT.sdf"""
import gzip, sys
from rdkit import Chem

src = sys.argv[1]
text = gzip.open(src, "rt").read() if src.endswith(".gz") else open(src).read()
mol = Chem.MolFromPDBBlock(text, removeHs=False)
frags = sorted(Chem.GetMolFrags(mol, asMols=True, sanitizeFrags=True), key=lambda m: m.GetNumAtoms())
frag = frags[int(sys.argv[2])]
frag.SetProp("_Name", "%s segment %s (%d atoms)" % (src.split("/")[-1], sys.argv[2], frag.GetNumAtoms()))
w = Chem.SDWriter(sys.argv[3])
w.write(frag)
w.close()
print(sys.argv[3], frag.GetNumAtoms(), "atoms, charge", Chem.GetFormalCharge(frag))
