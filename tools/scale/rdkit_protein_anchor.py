#!/usr/bin/env python3
"""RDKit anchor for the protein benchmark (BENCHMARKS.md, issue 9): MMFF94 on tools/scale/6c83-AC.pdb.gz
with RDKit's (hard) non-bonded distance threshold, times in process CPU seconds: read, MMFF typing and
charges, force-field setup, one energy + gradient (median of 3), and MMFFOptimizeMolecule-style
minimisation for at most ITS iterations (RDKit's BFGS), with the final energy and max gradient.
Note RDKit keeps torsions about only ~500 bonds of a molecule this large (see
tools/fixtures/make_protein_rdkit_reference.py), so its energies are not Curvature's.
usage: rdkit_protein_anchor.py [PDB.gz] [THRESH_A] [ITS]"""
import gzip, sys, time
from rdkit import Chem
from rdkit.Chem import rdForceFieldHelpers as H
from rdkit.ForceField import rdForceField  # noqa: F401

path = sys.argv[1] if len(sys.argv) > 1 else "tools/scale/6c83-AC.pdb.gz"
thresh = float(sys.argv[2]) if len(sys.argv) > 2 else 9.0
its = int(sys.argv[3]) if len(sys.argv) > 3 else 200
cpu = time.process_time
t0 = cpu()
mol = Chem.MolFromPDBBlock(gzip.open(path, "rt").read(), removeHs=False)
t1 = cpu()
props = H.MMFFGetMoleculeProperties(mol)
t2 = cpu()
ff = H.MMFFGetMoleculeForceField(mol, props, nonBondedThresh=thresh, ignoreInterfragInteractions=False)
t3 = cpu()
eg = []
for _ in range(3):
    a = cpu(); e = ff.CalcEnergy(); g = ff.CalcGrad(); eg.append(cpu() - a)
eg.sort()
a = cpu()
ff.Initialize()
status = ff.Minimize(maxIts=its)
t4 = cpu() - a
g = ff.CalcGrad()
gmax = max(abs(v) for v in g)
print("program\tatoms\tthresh_A\tread_cpu_s\ttyping_cpu_s\tsetup_cpu_s\teg_cpu_s\tminimize_its\tminimize_cpu_s\tconverged\tenergy\tmax_grad")
print("rdkit %s\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%.3f\t%d\t%.1f\t%s\t%.3f\t%.3g" % (Chem.rdBase.rdkitVersion, mol.GetNumAtoms(), thresh, t1 - t0, t2 - t1,
      t3 - t2, eg[1], its, t4, status == 0, ff.CalcEnergy(), gmax))
