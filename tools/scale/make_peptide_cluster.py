#!/usr/bin/python3
"""Writes a cluster of COPIES Ace-(Ala)20-NMe peptides (212 atoms each) to OUT.sdf, for the
large-system optimize and lowest-modes benchmarks: the RDKit-MMFF94-relaxed 'alanine-212' record
of tools/bench/bench-molecules.sdf, minimised further to RDKit's convergence, replicated on a cubic grid whose spacing is the copy's bounding-sphere
diameter + GAP Å (default 4, so no two copies come closer than 4 Å; a GAP above a non-bonded
cutoff makes the copies independent), copy c rotated by a fixed pseudo-random rotation (seed c)
so that the copies are not symmetry-equivalent. 24 copies = 5 088 atoms.
Run: /usr/bin/python3 tools/scale/make_peptide_cluster.py COPIES OUT.sdf [GAP [SOURCE.sdf]]
SOURCE.sdf replaces the peptide by a given geometry of it (e.g. `curvature optimize ... --cutoff 9 -o`),
taken as it is.
"""
import math, os, random, sys
from rdkit import Chem
from rdkit.Chem import AllChem
from rdkit.Geometry import Point3D

copies, out = int(sys.argv[1]), sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
sdf = os.path.join(here, '..', 'bench', 'bench-molecules.sdf')
ala20 = next(m for m in Chem.SDMolSupplier(sdf, removeHs=False) if m.GetProp('_Name') == 'alanine-212')
source = sys.argv[4] if len(sys.argv) > 4 else None
if source:
    ala20 = next(iter(Chem.SDMolSupplier(source, removeHs=False)))
else:
  # that record stopped after 2000 RDKit iterations; minimise it to RDKit's convergence so that the
  # cluster starts near a local minimum (an optimizer benchmark, not a folding simulation)
  props = AllChem.MMFFGetMoleculeProperties(ala20)
  ff = AllChem.MMFFGetMoleculeForceField(ala20, props, nonBondedThresh=100.0, ignoreInterfragInteractions=False)
  status = ff.Minimize(maxIts=200000, forceTol=1e-6, energyTol=1e-12)
  print(f'alanine-212 re-minimised with RDKit MMFF94: status {status}, E = {ff.CalcEnergy():.6f} kcal/mol', file=sys.stderr)

def rotation(seed):
    """A rotation matrix from a random unit quaternion (Shoemake)."""
    r = random.Random(seed)
    u1, u2, u3 = r.random(), r.random(), r.random()
    a, b = math.sqrt(1 - u1), math.sqrt(u1)
    w, x, y, z = a * math.sin(2 * math.pi * u2), a * math.cos(2 * math.pi * u2), b * math.sin(2 * math.pi * u3), b * math.cos(2 * math.pi * u3)
    return [[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
            [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
            [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)]]

conf0 = ala20.GetConformer()
n = ala20.GetNumAtoms()
centre = [sum(conf0.GetAtomPosition(k)[d] for k in range(n)) / n for d in range(3)]
radius = max(math.dist(conf0.GetAtomPosition(k), centre) for k in range(n))
# rotated copies never overlap: grid spacing = diameter of the copy's bounding sphere + 4 Å
spacing = 2 * radius + float(sys.argv[3]) if len(sys.argv) > 3 else 2 * radius + 4.0
side = max(1, math.ceil(copies ** (1 / 3) - 1e-9))
combined = None
for c in range(copies):
    m = Chem.Mol(ala20)
    conf = m.GetConformer()
    rot = rotation(c)
    shift = (spacing * (c % side), spacing * ((c // side) % side), spacing * (c // (side * side)))
    for k in range(n):
        p = [conf0.GetAtomPosition(k)[d] - centre[d] for d in range(3)]
        q = [sum(rot[i][j] * p[j] for j in range(3)) + shift[i] for i in range(3)]
        conf.SetAtomPosition(k, Point3D(*q))
    combined = m if combined is None else Chem.CombineMols(combined, m)
combined.SetProp('_Name', f'alanine20x{copies}-{combined.GetNumAtoms()}')
w = Chem.SDWriter(out)
w.write(combined)
w.close()
print(combined.GetProp('_Name'), file=sys.stderr)
