#!/usr/bin/env python3
"""Protein benchmark input for issue 9: chains A and C of PDB 6C83 (Aurora A kinase 122-403 with the
monobody Mb2; wwPDB entry, CC0), read from the copy Debian's rdkit-data ships
(/usr/share/RDKit/Contrib/CalcLigRMSD/data/6c83.pdb), protein atoms only (the AMPPCP ligand dropped),
protonated for pH 7.4 by residue rules and given hydrogens with RDKit (a reference tool, not a
runtime dependency of Curvature):

  * Asp, Glu carboxylates (-1), Lys NZ (+1), Arg guanidinium (+1); His neutral (RDKit's template
    tautomer), Cys thiols, Tyr neutral;
  * every chain segment is a zwitterion: its first N is NH3+, its last C gets an OXT oxygen placed
    in the C-alpha/C/O plane (-1). Segments are separated where residues are missing (REMARK 465),
    so each segment is one bonded fragment;
  * hydrogens from RDKit's AddHs(addCoords=True), i.e. not relaxed: minimise before computing modes.

Writes a PDB (charges in columns 79-80, CONECT records with bond orders as repeated entries) and
prints a summary. tools/scale/6c83-AC.pdb.gz is `make_protein.py 6c83-AC.pdb && gzip -9 6c83-AC.pdb`
(5 061 atoms, 2 552 heavy, net charge -16, 5 bonded fragments: the chain segments).
usage: make_protein.py OUT.pdb [CHAINS]   (default chains AC)
"""
import sys
from rdkit import Chem
from rdkit.Geometry import Point3D

SOURCE = "/usr/share/RDKit/Contrib/CalcLigRMSD/data/6c83.pdb"


def main(out, chains="AC"):
    # columns 79-80 cleared: the entry marks some carboxylates charged; the rules below decide alone
    lines = [l[:78].rstrip() + "\n" for l in open(SOURCE) if l.startswith("ATOM") and l[21] in chains]
    mol = Chem.MolFromPDBBlock("".join(lines) + "END\n", removeHs=False, sanitize=True, proximityBonding=True)
    # a side-chain piece cut off by a missing atom (REMARK 470: Arg A251 lacks CD) is not kept
    keep = [i for f in Chem.GetMolFrags(mol) if any(mol.GetAtomWithIdx(i).GetPDBResidueInfo().GetName() == " CA " for i in f) for i in f]
    if len(keep) < mol.GetNumAtoms():
        dropped = mol.GetNumAtoms() - len(keep)
        rw = Chem.RWMol(mol)
        for i in sorted(set(range(mol.GetNumAtoms())) - set(keep), reverse=True):
            rw.RemoveAtom(i)
        mol = rw.GetMol()
        Chem.SanitizeMol(mol)
        print("dropped %d heavy atoms not bonded to a backbone" % dropped)
    Chem.Kekulize(mol, clearAromaticFlags=True)
    rw = Chem.RWMol(mol)
    info = lambda a: a.GetPDBResidueInfo()
    # charged side chains
    for a in rw.GetAtoms():
        r, name = info(a).GetResidueName(), info(a).GetName().strip()
        if (r, name) in (("ASP", "OD2"), ("GLU", "OE2")):
            a.SetFormalCharge(-1)
        elif (r, name) == ("LYS", "NZ"):
            a.SetFormalCharge(1)
        elif r == "ARG" and name in ("NH1", "NH2", "NE"):
            if any(b.GetBondType() == Chem.BondType.DOUBLE for b in a.GetBonds()):
                a.SetFormalCharge(1)
    # segment ends: an N without a C neighbour from another residue, a C without an N neighbour
    def other_residue(a, b):
        return info(a).GetResidueNumber() != info(b).GetResidueNumber() or info(a).GetChainId() != info(b).GetChainId()
    added = []
    for a in list(rw.GetAtoms()):
        name = info(a).GetName().strip()
        if name == "N" and not any(other_residue(a, n) for n in a.GetNeighbors()):
            a.SetFormalCharge(1)
        if name == "C" and not any(other_residue(a, n) for n in a.GetNeighbors()):
            oxt = [n for n in a.GetNeighbors() if info(n).GetName().strip() == "OXT"]
            if oxt:
                oxt[0].SetFormalCharge(-1)
            else:
                added.append(a.GetIdx())
    conf = rw.GetConformer()
    for c in added:
        ca = next(n for n in rw.GetAtomWithIdx(c).GetNeighbors() if info(n).GetName().strip() == "CA")
        o = next(n for n in rw.GetAtomWithIdx(c).GetNeighbors() if info(n).GetName().strip() == "O")
        pc = conf.GetAtomPosition(c)
        u = (conf.GetAtomPosition(ca.GetIdx()) - pc)
        u.Normalize()
        v = (conf.GetAtomPosition(o.GetIdx()) - pc)
        v.Normalize()
        d = (u + v) * -1.0
        d.Normalize()
        oxt = Chem.Atom(8)
        oxt.SetFormalCharge(-1)
        ri = Chem.AtomPDBResidueInfo(" OXT", residueName=info(rw.GetAtomWithIdx(c)).GetResidueName(),
                                     residueNumber=info(rw.GetAtomWithIdx(c)).GetResidueNumber(),
                                     chainId=info(rw.GetAtomWithIdx(c)).GetChainId(), isHeteroAtom=False)
        oxt.SetMonomerInfo(ri)
        k = rw.AddAtom(oxt)
        rw.AddBond(c, k, Chem.BondType.SINGLE)
        conf.SetAtomPosition(k, Point3D(pc.x + 1.25 * d.x, pc.y + 1.25 * d.y, pc.z + 1.25 * d.z))
    for a in rw.GetAtoms():
        if a.GetFormalCharge() != 0:
            a.SetNoImplicit(False)
            a.SetNumExplicitHs(0)
    m = rw.GetMol()
    Chem.SanitizeMol(m)
    mh = Chem.AddHs(m, addCoords=True, addResidueInfo=True)
    Chem.SanitizeMol(mh)
    block = Chem.MolToPDBBlock(mh, flavor=0)
    with open(out, "w") as f:
        f.write("COMPND    PDB 6C83 chains %s, protonated pH 7.4 (tools/scale/make_protein.py)\n" % chains)
        f.write("".join(l + "\n" for l in block.splitlines() if not l.startswith("COMPND")))
    frags = Chem.GetMolFrags(mh)
    print("%s: %d atoms (%d heavy), net charge %+d, %d bonded fragments %s" % (out, mh.GetNumAtoms(), m.GetNumAtoms(),
          Chem.GetFormalCharge(mh), len(frags), sorted(len(f) for f in frags)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "AC")
