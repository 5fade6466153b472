#!/bin/sh
# Reference IR data for the spectrum validation: GFN2-xTB (Debian's xtb) optimisation plus
# harmonic frequencies and IR intensities (--ohess tight) for each XYZ in
# src/test/resources/spectrum/xyz/ (written by tools/fixtures/make_spectrum_molecules.py).
# Keeps, per molecule, in src/test/resources/spectrum/xtb/<name>/:
#   xtbopt.xyz   optimised geometry (input atom order)
#   hessian      Cartesian Hessian, Eh/bohr^2 ($hessian, 3N x 3N)
#   vibspectrum  frequencies (cm-1) and IR intensities (km/mol)
#   xtb.log      the full output (version, settings, thermochemistry)
# Usage: sh tools/validation/run_xtb_ohess.sh   (from the repository root)
set -eu
root=$(pwd)
in="$root/src/test/resources/spectrum/xyz"
out="$root/src/test/resources/spectrum/xtb"
mkdir -p "$out"
export OMP_NUM_THREADS=1 OMP_STACKSIZE=200M
for xyz in "$in"/*.xyz; do
  name=$(basename "$xyz" .xyz)
  work=$(mktemp -d)
  cp "$xyz" "$work/mol.xyz"
  # Debian's xtb 6.5.1 aborts (stack-protector) at the very end for linear CO2, after
  # vibspectrum and hessian are written but before xtbopt.xyz: keep the exit code, and take the
  # optimised geometry from the last frame of the optimisation trajectory xtbopt.log instead.
  rc=0
  (cd "$work" && xtb mol.xyz --gfn 2 --ohess tight > xtb.log 2>&1) || rc=$?
  echo "exit code $rc" >> "$work/xtb.log"
  if [ ! -f "$work/xtbopt.xyz" ]; then
    n=$(head -1 "$work/xtbopt.log" | tr -d ' ')
    tail -n $((n + 2)) "$work/xtbopt.log" > "$work/xtbopt.xyz"
  fi
  mkdir -p "$out/$name"
  for f in xtbopt.xyz hessian vibspectrum xtb.log; do cp "$work/$f" "$out/$name/$f"; done
  rm -rf "$work"
  echo "$name done (xtb exit code $rc)"
done
