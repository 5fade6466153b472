#!/usr/bin/python3
"""Converts one element's data set of the mlearn benchmark (Zuo et al., J. Phys. Chem. A 124, 731
(2020); github.com/materialsvirtuallab/mlearn, data/<El>/training.json and test.json: pymatgen
structures with DFT 'outputs') into extended XYZ for `curvature train` / `evaluate`.

Written: Lattice (rows = the pymatgen lattice matrix rows, Å), species and Cartesian positions (Å),
energy (eV, total), forces (eV/Å), config_type = the record's 'group' (Ground, Elastic, Surface,
Vacancy, AIMD_NVT, ...). The 'virial_stress' outputs are NOT written: their unit, sign and Voigt
order are not documented next to the data, and a wrong guess would be trained silently; fits on
these files therefore use energies and forces only.

Usage: /usr/bin/python3 tools/ml/mlearn_to_extxyz.py IN.json OUT.extxyz
"""
import json
import sys


def main(src, dst):
    records = json.load(open(src))
    out = []
    for r in records:
        s, o = r["structure"], r["outputs"]
        m = s["lattice"]["matrix"]
        sites = s["sites"]
        if len(o["forces"]) != len(sites):
            raise SystemExit(f"{src}: record {len(out) + 1}: {len(sites)} sites but {len(o['forces'])} forces")
        lattice = " ".join(f"{v:.10f}" for row in m for v in row)
        group = str(r.get("group", "unknown")).replace(" ", "_")
        out.append(str(len(sites)))
        out.append(f'Lattice="{lattice}" Properties=species:S:1:pos:R:3:forces:R:3 energy={o["energy"]:.10f} '
                   f'pbc="T T T" config_type={group}')
        for site, f in zip(sites, o["forces"]):
            el = site["species"][0]["element"]
            x = site["xyz"]
            out.append(f"{el} {x[0]:.10f} {x[1]:.10f} {x[2]:.10f} {f[0]:.10f} {f[1]:.10f} {f[2]:.10f}")
    with open(dst, "w") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"{dst}: {len(records)} frames", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
