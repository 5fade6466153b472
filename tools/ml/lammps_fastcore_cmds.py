#!/usr/bin/python3
"""Compile commands for the not-yet-built objects of a configured LAMMPS cmake build (run in the build
directory): the sources on the benchmark's hot path (pair styles sw/tersoff/snap and the SNA kernel,
Pair, neighbour lists, Verlet/fix nve, communication, atoms, thermo/pressure) at the configured
-O2, the rest of LAMMPS's core at -O0. The rest is never called inside the timed loop of
tools/ml/snap_bench.sh, and -O0 compiles it faster on a busy 2-core machine.
Used by tools/ml/build_lammps_snap.sh when FAST_CORE=1."""
import os, re
bm = open('CMakeFiles/lammps.dir/build.make').read()
flags = dict(re.findall(r'^(CXX_\w+) = (.*)$', open('CMakeFiles/lammps.dir/flags.make').read(), re.M))
HOT = set('''pair npair npair_full_bin npair_full_bin_atomonly npair_half_bin_atomonly_newton npair_half_bin_newton
npair_halffull_newton npair_copy npair_skip nstencil nstencil_full_bin_3d nstencil_half_bin_3d nbin nbin_standard
neigh_list neigh_request neighbor verlet fix_nve fix integrate force update modify domain memory math_extra
math_special thermo compute_pe compute_pressure compute_temp compute my_page timer rerun read_dump reader
reader_native comm comm_brick atom atom_vec atom_vec_atomic irregular run lammps sna pair_snap pair_sw pair_tersoff
compute_sna_atom compute_snad_atom compute_snav_atom compute_snap'''.split())
for obj, src in re.findall(r'^(CMakeFiles/lammps\.dir/\S+\.cpp\.o): (/\S+\.cpp)$', bm, re.M):
    if os.path.exists(obj):
        continue
    o2 = os.path.basename(src)[:-4] in HOT
    cxx = flags['CXX_FLAGS'] if o2 else flags['CXX_FLAGS'].replace('-O2', '-O0')
    print(f"nice -n 5 /usr/bin/c++ {flags['CXX_DEFINES']} {flags['CXX_INCLUDES']} {cxx} -MD -MT {obj} -MF {obj}.d -o {obj} -c {src}")
