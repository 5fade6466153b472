#!/usr/bin/python3
"""Reference GFN2-xTB dispersion energies from Debian's xtb for the D4 tests.

For each molecule below: a 3-D geometry (RDKit ETKDG, fixed seed, then UFF when RDKit has
parameters), one `xtb --gfn 2 --acc 0.0001 --json` single point, and from its output the final
Mulliken charges ("partial charges" in xtbout.json, 8 decimals) and the dispersion energy
(":: -> dispersion" in the summary, 12 decimals, Eh). GFN2-xTB's dispersion is D4 evaluated with
those self-consistent charges, so feeding the same charges into dev.curvature.xtb.d4 must give
the same number.

Writes src/test/resources/dev/curvature/xtb/d4/xtb-gfn2-dispersion.txt:
    molecule NAME CHARGE UNPAIRED E_DISP_EH NATOMS
    SYMBOL Z X Y Z(Angstrom, exactly as given to xtb) Q
xtb 6.5.1 reads the xyz file through mctc-lib, which converts with CODATA 2018
(0.529177210903 Angstrom/bohr); the radii inside its D4 use 0.52917726 (src/mctc/convert.f90).

Run:  /usr/bin/python3 tools/xtb/make_d4_fixtures.py
Needs python3-rdkit and xtb (Debian, 6.5.1). xtb is a reference only; Curvature never calls it.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

from rdkit import Chem
from rdkit.Chem import AllChem

OUT = "src/test/resources/dev/curvature/xtb/d4/xtb-gfn2-dispersion.txt"

# name, SMILES, unpaired electrons (xtb --uhf)
MOLECULES = [
    ("water", "O", 0),
    ("methane", "C", 0),
    ("ammonia", "N", 0),
    ("benzene", "c1ccccc1", 0),
    ("acetone", "CC(C)=O", 0),
    ("caffeine", "Cn1cnc2c1c(=O)n(C)c(=O)n2C", 0),
    ("acetate", "CC(=O)[O-]", 0),
    ("methylammonium", "C[NH3+]", 0),
    ("tetrafluoroborate", "F[B-](F)(F)F", 0),
    ("guanidinium", "NC(N)=[NH2+]", 0),
    ("sulfate", "[O-]S(=O)(=O)[O-]", 0),
    ("tetramethylammonium", "C[N+](C)(C)C", 0),
    ("nitrogen_dioxide", "N(=O)[O]", 1),
    ("lithium_fluoride", "[Li]F", 0),
    ("ammonia_borane", "[BH3-][NH3+]", 0),
    ("magnesium_chloride", "Cl[Mg]Cl", 0),
    ("trimethylaluminium", "C[Al](C)C", 0),
    ("tetramethylsilane", "C[Si](C)(C)C", 0),
    ("phosphoric_acid", "OP(=O)(O)O", 0),
    ("dimethyl_sulfoxide", "CS(C)=O", 0),
    ("chlorobenzene", "Clc1ccccc1", 0),
    ("potassium_chloride", "[K]Cl", 0),
    ("titanium_tetrachloride", "Cl[Ti](Cl)(Cl)Cl", 0),
    ("dimethylzinc", "C[Zn]C", 0),
    ("germane", "[GeH4]", 0),
    ("dimethylselenide", "C[Se]C", 0),
    ("bromobenzene", "Brc1ccccc1", 0),
    ("iodobenzene", "Ic1ccccc1", 0),
    ("tetramethyltin", "C[Sn](C)(C)C", 0),
    ("xenon_difluoride", "F[Xe]F", 0),
    ("dimethylmercury", "C[Hg]C", 0),
    ("glycine_zwitterion", "[NH3+]CC(=O)[O-]", 0),
    ("hydroxide_water", "[OH-].O", 0),
    ("cholesterol", "CC(C)CCCC(C)C1CCC2C1(CCC3C2CC=C4C3(CCC(C4)O)C)C", 0),
]


def geometry(smiles):
    mol = Chem.AddHs(Chem.MolFromSmiles(smiles))
    params = AllChem.ETKDGv3()
    params.randomSeed = 20240613
    if AllChem.EmbedMolecule(mol, params) != 0:
        if AllChem.EmbedMolecule(mol, randomSeed=7, useRandomCoords=True) != 0:
            raise RuntimeError("embedding failed")
    if AllChem.UFFHasAllMoleculeParams(mol):
        AllChem.UFFOptimizeMolecule(mol, maxIters=2000)
    conf = mol.GetConformer()
    atoms = []
    for a in mol.GetAtoms():
        p = conf.GetAtomPosition(a.GetIdx())
        atoms.append((a.GetSymbol(), a.GetAtomicNum(), p.x, p.y, p.z))
    charge = Chem.GetFormalCharge(mol)
    return atoms, charge


def run_xtb(atoms, charge, unpaired):
    with tempfile.TemporaryDirectory() as tmp:
        xyz = os.path.join(tmp, "mol.xyz")
        with open(xyz, "w") as f:
            f.write(f"{len(atoms)}\n\n")
            for sym, _, x, y, z in atoms:
                f.write(f"{sym} {x:.10f} {y:.10f} {z:.10f}\n")
        cmd = ["xtb", "--gfn", "2", "mol.xyz", "--acc", "0.0001", "--json",
               "--chrg", str(charge), "--uhf", str(unpaired)]
        env = dict(os.environ, OMP_NUM_THREADS="1")
        out = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, env=env).stdout
        m = re.search(r"::\s*-> dispersion\s+(-?\d+\.\d+)\s+Eh", out)
        if not m or "convergence criteria satisfied" not in out:
            raise RuntimeError("xtb failed or did not converge")
        with open(os.path.join(tmp, "xtbout.json")) as f:
            charges = json.load(f)["partial charges"]
        return float(m.group(1)), m.group(1), charges


def main():
    lines = ["# GFN2-xTB dispersion energies and final Mulliken charges from Debian xtb 6.5.1",
             "# made by tools/xtb/make_d4_fixtures.py; coordinates Angstrom as given to xtb,",
             "# dispersion energy Eh (12 decimals as xtb prints), charges e (8 decimals)"]
    done = 0
    for name, smiles, unpaired in MOLECULES:
        try:
            atoms, charge = geometry(smiles)
            _, energy_text, charges = run_xtb(atoms, charge, unpaired)
        except Exception as e:  # a molecule xtb or RDKit cannot do is reported and skipped
            print(f"skipped {name}: {e}", file=sys.stderr)
            continue
        lines.append(f"molecule {name} {charge} {unpaired} {energy_text} {len(atoms)}")
        for (sym, z, x, y, zc), q in zip(atoms, charges):
            lines.append(f"{sym} {z} {x:.10f} {y:.10f} {zc:.10f} {q:.8f}")
        done += 1
        print(f"{name}: E_disp = {energy_text} Eh, {len(atoms)} atoms, charge {charge}")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT + ".tmp", "w") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(OUT + ".tmp", OUT)
    print(f"wrote {OUT}: {done} molecules")


if __name__ == "__main__":
    main()
