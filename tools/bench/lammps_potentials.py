#!/usr/bin/python3
"""LAMMPS (Debian lmp, one thread) anchor for the periodic-potential benchmark: energy + forces +
stress per atom-step on n×n×n conventional cells of diamond Si (sw: Si.sw, tersoff: Si.tersoff,
a = 5.431 Å) or fcc Cu (eam: Cu_u3.eam, a = 3.615 Å), atoms displaced by uniform ±0.05 Å, neighbour
skin 0.5 Å as Curvature's. The virial is requested every step (fix ave/time on compute pressure),
so every step computes energy, forces and stress. Cost per step = CPU time (user+sys, of the lmp
child) of a run of N steps minus that of a run of 0 steps (setup, file reading, neighbour build),
divided by N·atoms.

Usage: /usr/bin/python3 tools/bench/lammps_potentials.py sw 2,4,8
Prints TSV: style, atoms, steps, cpu_us_per_atom_step, energy_eV_per_atom.
"""
import os, resource, subprocess, sys, tempfile

POT = "/usr/share/lammps/potentials"
SETUP = {
    "sw": ("diamond 5.431", "pair_style sw\npair_coeff * * %s/Si.sw Si" % POT, 28.0855),
    "tersoff": ("diamond 5.431", "pair_style tersoff\npair_coeff * * %s/Si.tersoff Si" % POT, 28.0855),
    "eam": ("fcc 3.615", "pair_style eam\npair_coeff 1 1 %s/Cu_u3.eam" % POT, 63.546),
}


def run(style, n, steps, d):
    lattice, pot, mass = SETUP[style]
    inp = """units metal
atom_style atomic
boundary p p p
lattice %s
region box block 0 %d 0 %d 0 %d
create_box 1 box
create_atoms 1 box
mass 1 %g
displace_atoms all random 0.05 0.05 0.05 12345 units box
%s
neighbor 0.5 bin
neigh_modify every 1000000 delay 0 check no
compute pe all pe
compute p all pressure NULL virial
fix every all ave/time 1 1 1 c_pe c_p[1] c_p[2] c_p[3] c_p[4] c_p[5] c_p[6]
thermo_style custom step pe
thermo_modify format float %%.12g
run %d
""" % (lattice, n, n, n, mass, pot, steps)
    with open(os.path.join(d, "in"), "w") as f:
        f.write(inp)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(["lmp", "-in", "in", "-log", "log", "-screen", "none"], cwd=d, check=True,
                   env=dict(os.environ, OMP_NUM_THREADS="1"))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = open(os.path.join(d, "log")).read().splitlines()
    k = next(i for i, l in enumerate(lines) if l.split()[:2] == ["Step", "PotEng"])
    natoms = int(next(l for l in lines if "Created" in l and "atoms" in l).split()[1])
    pe = float(lines[k + 1].split()[1])
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), natoms, pe


if __name__ == "__main__":
    style = sys.argv[1]
    print("style\tatoms\tsteps\tcpu_us_per_atom_step\tenergy_eV_per_atom")
    with tempfile.TemporaryDirectory() as d:
        for n in [int(v) for v in sys.argv[2].split(",")]:
            atoms = (4 if style == "eam" else 8) * n ** 3
            steps = max(5, int(4e6 / atoms))
            t0, _, _ = run(style, n, 0, d)
            t1, natoms, pe = run(style, n, steps, d)
            print("%s\t%d\t%d\t%.4f\t%.8f" % (style, natoms, steps, (t1 - t0) * 1e6 / steps / natoms, pe / natoms), flush=True)
