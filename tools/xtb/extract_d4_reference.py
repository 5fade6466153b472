#!/usr/bin/python3
"""Extract the DFT-D4 reference data that GFN2-xTB uses into one plain-text table.

Reads the public source files of dftd4 (https://github.com/dftd4/dftd4, LGPL-3.0-or-later) from a
git mirror, without building or running any of its code, and writes
src/main/resources/dev/curvature/xtb/d4/d4-reference.txt, which dev.curvature.xtb.d4 reads at run
time. Only numbers are taken over; the parsing below knows the layout of Fortran DATA statements
and array constructors, nothing else.

Usage:
    /usr/bin/python3 tools/xtb/extract_d4_reference.py /work/.mirror/dftd4+dftd4/repo [COMMIT]
    /usr/bin/python3 tools/xtb/extract_d4_reference.py MIRROR [COMMIT] --compare-xtb XTB_MIRROR TAG

COMMIT defaults to HEAD of the mirror. With --compare-xtb the script also parses xtb's own copy
of the tables (include/param_ref.fh and src/mctc/param/chemical_hardnesses.f90 at TAG, e.g.
v6.5.1) and reports every H-Rn number that differs from dftd4's (it writes nothing different).

Source files read (paths inside the dftd4 repository):
    src/dftd4/reference.inc     reference systems: alpha(i omega), CNs, GFN2 charges, H counts
    src/dftd4/model/utils.f90   the 23-point imaginary-frequency grid
    src/dftd4/data/covrad.f90   covalent radii (Pyykko & Atsumi 2009, metals -10 %), Angstrom
    src/dftd4/data/en.f90       Pauling electronegativities
    src/dftd4/data/hardness.f90 chemical hardnesses (Eh) used in the charge scaling zeta
    src/dftd4/data/r4r2.f90     <r4>/<r2> expectation values
    src/dftd4/data/zeff.f90     effective nuclear charges used in zeta
"""
import re
import subprocess
import sys

MAX_Z = 86  # GFN2-xTB is parametrised for H-Rn
SYMBOLS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn "
           "Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce "
           "Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn"
           ).split()
OUT = "src/main/resources/dev/curvature/xtb/d4/d4-reference.txt"
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eEdD][-+]?\d+)?")


def git_show(mirror, commit, path):
    return subprocess.run(["git", "--git-dir", mirror, "show", f"{commit}:{path}"],
                          check=True, capture_output=True, text=True).stdout


def strip_comments(text):
    return "\n".join(line.split("!", 1)[0] for line in text.splitlines())


def numbers(fragment):
    """Numbers of a Fortran value list; kind suffixes (_wp) are dropped."""
    fragment = re.sub(r"_[A-Za-z]+", "", fragment)
    return [float(x.replace("d", "e").replace("D", "e")) for x in NUMBER.findall(fragment)]


def data_statements(text):
    """Yield (name, index string, values) for every `data name(idx) / values /` statement."""
    body = strip_comments(text).replace("&\n", " ").replace("\n     &", " ")
    pattern = re.compile(r"data\s+(\w+)\s*\(([^)]*)\)\s*/([^/]*)/", re.IGNORECASE)
    for m in pattern.finditer(body):
        yield m.group(1).lower(), m.group(2).replace(" ", ""), numbers(m.group(3))


def parse_reference(text):
    per_ref = {}   # (name, ref, Z) -> value or list
    per_sec = {}   # (name, system) -> value or list
    refn = {}
    for name, idx, vals in data_statements(text):
        parts = idx.split(",")
        if name == "refn":
            refn[int(parts[0])] = int(vals[0])
        elif name in ("secq", "sscale", "seccn", "seccnd3"):
            per_sec[(name, int(parts[0]))] = vals[0]
        elif name == "secaiw":
            per_sec[(name, int(parts[1]))] = vals
        elif name == "alphaiw":
            per_ref[(name, int(parts[1]), int(parts[2]))] = vals
        else:
            per_ref[(name, int(parts[0]), int(parts[1]))] = vals[0]
    return refn, per_ref, per_sec


def parse_array(text, name):
    """Values of a `name(...) = [ ... ]` parameter array constructor (optionally `aatoau * [`)."""
    body = strip_comments(text)
    m = re.search(name + r"\s*\([^)]*\)\s*=\s*(?:\w+\s*\*\s*)?\[(.*?)\]", body, re.S)
    if not m:
        raise SystemExit(f"array {name} not found")
    return numbers(m.group(1).replace("&", " "))


def describe(mirror, commit):
    sha = subprocess.run(["git", "--git-dir", mirror, "rev-parse", commit], check=True,
                         capture_output=True, text=True).stdout.strip()
    tag = subprocess.run(["git", "--git-dir", mirror, "describe", "--tags", sha],
                         capture_output=True, text=True).stdout.strip() or "untagged"
    return sha, tag


def compare_with_xtb(refn, per_ref, per_sec, hardness, xtb_mirror, tag):
    x_refn, x_ref, x_sec = parse_reference(git_show(xtb_mirror, tag, "include/param_ref.fh"))
    x_hard = parse_array(git_show(xtb_mirror, tag, "src/mctc/param/chemical_hardnesses.f90"),
                         "chemical_hardness")
    diffs = 0
    for z in range(1, MAX_Z + 1):
        if refn[z] != x_refn[z]:
            print(f"Z={z}: refn {refn[z]} vs {x_refn[z]}"); diffs += 1
        for r in range(1, refn[z] + 1):
            for name in ("refq", "refh", "hcount", "ascale", "refcovcn", "refcn", "refsys",
                         "alphaiw"):
                a, b = per_ref[(name, r, z)], x_ref[(name, r, z)]
                if a != b:
                    print(f"Z={z} ref={r} {name}: dftd4 {a} xtb {b}"); diffs += 1
        if abs(hardness[z - 1] - x_hard[z - 1]) > 0:
            print(f"Z={z} hardness {hardness[z-1]} vs {x_hard[z-1]}"); diffs += 1
    for key, val in per_sec.items():
        if key in x_sec and x_sec[key] != val:
            print(f"secondary {key}: dftd4 {val} xtb {x_sec[key]}"); diffs += 1
    print(f"compared H-Rn with xtb {tag}: {diffs} differing numbers")


def main(argv):
    if len(argv) < 2:
        print(__doc__); return 2
    mirror = argv[1]
    commit = argv[2] if len(argv) > 2 and not argv[2].startswith("--") else "HEAD"
    sha, tag = describe(mirror, commit)
    refn, per_ref, per_sec = parse_reference(git_show(mirror, sha, "src/dftd4/reference.inc"))
    freq = parse_array(git_show(mirror, sha, "src/dftd4/model/utils.f90"), "freq")
    covrad = parse_array(git_show(mirror, sha, "src/dftd4/data/covrad.f90"), "covalent_rad_2009")
    en = parse_array(git_show(mirror, sha, "src/dftd4/data/en.f90"), "pauling_en")
    hardness = parse_array(git_show(mirror, sha, "src/dftd4/data/hardness.f90"),
                           "chemical_hardness")
    r4r2 = parse_array(git_show(mirror, sha, "src/dftd4/data/r4r2.f90"), "r4_over_r2")
    zeff = parse_array(git_show(mirror, sha, "src/dftd4/data/zeff.f90"),
                       "effective_nuclear_charge")
    assert len(freq) == 23 and min(len(covrad), len(en), len(hardness), len(r4r2),
                                   len(zeff)) >= 118
    if "--compare-xtb" in argv:
        i = argv.index("--compare-xtb")
        compare_with_xtb(refn, per_ref, per_sec, hardness, argv[i + 1], argv[i + 2])

    systems = sorted({int(per_ref[("refsys", r, z)]) for z in range(1, MAX_Z + 1)
                      for r in range(1, refn[z] + 1)})
    lines = [
        "# DFT-D4 reference data for GFN2-xTB dispersion, elements H-Rn.",
        "# Extracted by tools/xtb/extract_d4_reference.py (numbers only, no code) from",
        f"#   dftd4 https://github.com/dftd4/dftd4 commit {sha} ({tag})",
        "#   files src/dftd4/reference.inc, src/dftd4/model/utils.f90, src/dftd4/data/*.f90",
        "# dftd4 is licensed LGPL-3.0-or-later; these tables are data from it under that licence.",
        "# Method: E. Caldeweyher et al., J. Chem. Phys. 150, 154122 (2019); GFN2-xTB:",
        "#   C. Bannwarth, S. Ehlert, S. Grimme, J. Chem. Theory Comput. 15, 1652 (2019).",
        "# Units: atomic units (polarizabilities bohr^3, frequencies Eh), radii in Angstrom,",
        "# hardness in Eh, charges in e.",
        "#",
        "# freq: the 23 imaginary frequencies of the Casimir-Polder quadrature",
        "# element Z symbol covrad_angstrom pauling_en hardness r4_over_r2 zeff nref",
        "# secondary system sscale secq 23*alpha   (hydrogen-count correction systems)",
        "# ref Z index refsys refcn refcovcn refq_gfn2 refh_gfn2 hcount ascale 23*alpha",
        "#   refcn: D3-type CN of the reference (counts Gaussians), refcovcn: covalent D4 CN",
        "#   used in the Gaussian weighting, refq/refh: GFN2-xTB charges of the atom and of",
        "#   the hydrogen-count partner, alpha: alpha(i omega) of the reference molecule's atom",
        "freq " + " ".join(f"{f:.6f}" for f in freq),
    ]
    for z in range(1, MAX_Z + 1):
        lines.append(f"element {z} {SYMBOLS[z-1]} {covrad[z-1]:.2f} {en[z-1]:.2f} "
                     f"{hardness[z-1]:.8f} {r4r2[z-1]:.4f} {int(zeff[z-1])} {refn[z]}")
    for s in systems:
        alpha = per_sec[("secaiw", s)]
        assert len(alpha) == 23
        lines.append(f"secondary {s} {per_sec[('sscale', s)]:.7f} {per_sec[('secq', s)]:.7f} "
                     + " ".join(f"{a:.7f}" for a in alpha))
    for z in range(1, MAX_Z + 1):
        for r in range(1, refn[z] + 1):
            g = lambda name: per_ref[(name, r, z)]
            alpha = g("alphaiw")
            assert len(alpha) == 23
            lines.append(f"ref {z} {r} {int(g('refsys'))} {g('refcn'):.14f} "
                         f"{g('refcovcn'):.14f} {g('refq'):.14f} {g('refh'):.14f} "
                         f"{g('hcount'):.14f} {g('ascale'):.14f} "
                         + " ".join(f"{a:.7f}" for a in alpha))
    with open(OUT + ".tmp", "w") as f:
        f.write("\n".join(lines) + "\n")
    import os
    os.replace(OUT + ".tmp", OUT)
    print(f"wrote {OUT}: {MAX_Z} elements, {sum(refn[z] for z in range(1, MAX_Z + 1))} "
          f"references, {len(systems)} secondary systems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
