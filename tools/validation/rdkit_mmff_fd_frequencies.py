#!/usr/bin/python3
# Check used in docs/validation/spectrum-notes.md: MMFF94 harmonic frequencies from central differences of
# RDKit's MMFF94 gradient at the geometries of src/test/resources/spectrum/molecules-mmff94.sdf, and RDKit's MMFF types.
# Run from anywhere with Debian's python3 (python3-rdkit, numpy).
import numpy as np
from rdkit import Chem
from rdkit.Chem import AllChem
from rdkit.Geometry import Point3D
suppl = Chem.SDMolSupplier(__import__('os').path.join(__import__('os').path.dirname(__file__), '..', '..', 'src', 'test', 'resources', 'spectrum', 'molecules-mmff94.sdf'), removeHs=False)
conv=np.sqrt(4184/6.02214076e23/1e-20/1.66053906660e-27)/(2*np.pi*2.99792458e10)
for mol in suppl:
    props = AllChem.MMFFGetMoleculeProperties(mol)
    conf=mol.GetConformer()
    x0=np.array([[p.x,p.y,p.z] for p in conf.GetPositions()[:,None].tolist() for p in [Point3D(*p[0])]]).ravel()
    n=len(x0); h=1e-4
    def grad(x):
        for a in range(n//3): conf.SetAtomPosition(a, Point3D(*x[3*a:3*a+3]))
        ff = AllChem.MMFFGetMoleculeForceField(mol, props, nonBondedThresh=100.0)
        return np.array(ff.CalcGrad())
    H=np.zeros((n,n))
    for i in range(n):
        xp=x0.copy(); xp[i]+=h; xm=x0.copy(); xm[i]-=h
        H[i]=(grad(xp)-grad(xm))/(2*h)
    grad(x0)
    H=(H+H.T)/2
    m=np.repeat([a.GetMass() for a in mol.GetAtoms()],3)
    w=np.linalg.eigvalsh(H/np.sqrt(np.outer(m,m)))
    f=np.sign(w)*np.sqrt(abs(w))*conv
    print(mol.GetProp('_Name'), np.round(f[np.abs(f)>20],1), [props.GetMMFFAtomType(i) for i in range(mol.GetNumAtoms())][:3])
