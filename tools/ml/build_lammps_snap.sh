#!/bin/sh
# A minimal LAMMPS with ML-SNAP (pair_style snap) and MANYBODY (sw, tersoff), of the same version as
# Debian bookworm's lammps package (20220106.git7586adbb6a, "29 Sep 2021 - Update 2"), whose binary
# lacks ML-SNAP. Reference program for BENCHMARKS.md only, never a runtime dependency.
#
# Usage: [FAST_CORE=1] tools/ml/build_lammps_snap.sh [PREFIX]      (default /work/opt/lammps-snap)
# Needs: a deb-src line for bookworm (apt-get source), cmake, g++; builds serial (no MPI), -j2, nice.
# An existing configured build directory is resumed (objects already compiled are kept).
# FAST_CORE=1: compile the LAMMPS core sources that the benchmark never calls at -O0 and only the hot
# path at -O2 (tools/ml/lammps_fastcore_cmds.py); the timed pair styles are unaffected.
# Result: PREFIX/build/lmp
set -e
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-/work/opt/lammps-snap}
mkdir -p "$prefix"
cd "$prefix"
if [ ! -f lammps_20220106.git7586adbb6a+ds1.orig.tar.xz ]; then
  apt-get source --download-only lammps
fi
if [ ! -d src-lammps ]; then
  mkdir src-lammps
  tar -xJf lammps_20220106.git7586adbb6a+ds1.orig.tar.xz -C src-lammps --strip-components=1
fi
if [ ! -f build/CMakeCache.txt ] || ! grep -q '^PKG_ML-SNAP:BOOL=on' build/CMakeCache.txt; then
  rm -rf build && mkdir -p build
  (cd build && cmake ../src-lammps/cmake -DCMAKE_BUILD_TYPE=Release -DCMAKE_DISABLE_FIND_PACKAGE_MPI=ON \
    -DBUILD_MPI=off -DBUILD_OMP=off -DPKG_ML-SNAP=on -DPKG_MANYBODY=on -DBUILD_SHARED_LIBS=off \
    -DLAMMPS_EXCEPTIONS=off -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" > cmake.log)
fi
cd build
if [ "${FAST_CORE:-0}" = 1 ]; then
  /usr/bin/python3 "$here/lammps_fastcore_cmds.py" > fastcore.cmds
  xargs -P2 -d '\n' -I{} sh -c '{}' < fastcore.cmds > fastcore.log 2>&1
fi
nice -n 5 cmake --build . -j2 > make.log 2>&1
./lmp -h | grep -A3 "Installed packages"
