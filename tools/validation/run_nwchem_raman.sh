#!/bin/sh
# Raman (and IR) reference for the spectrum validation: NWChem 7.0.2 (Debian), B3LYP/aug-cc-pVDZ,
# tight optimisation from the RDKit-MMFF94 geometry, then "task dft raman" (static polarizability
# derivatives by finite differences along the normal modes, S in Å^4/amu).
# Usage (repository root): sh tools/validation/run_nwchem_raman.sh water formaldehyde ...
# Keeps per molecule in src/test/resources/spectrum/nwchem/<name>/:
#   geometry.xyz  optimised geometry (input atom order)
#   hessian       NWChem .hess: lower triangle of the Cartesian Hessian, Eh/bohr^2, one value a line
#   ir.txt        the "Projected Infra Red Intensities" table (km/mol)
#   raman.txt     the stick table of the .normal file (S, Å^4/amu)
set -eu
root=$(pwd)
out="$root/src/test/resources/spectrum/nwchem"
for name in "$@"; do
  xyz="$root/src/test/resources/spectrum/xyz/$name.xyz"
  work=$(mktemp -d)
  {
    echo "start mol"
    echo "title \"$name B3LYP/aug-cc-pVDZ Raman\""
    echo "memory total 800 mb"
    echo "geometry units angstrom noautosym noautoz nocenter"
    tail -n +3 "$xyz"
    echo "end"
    echo "basis spherical"; echo " * library aug-cc-pvdz"; echo "end"
    echo "dft"; echo " xc b3lyp"; echo " convergence energy 1e-9"; echo " grid fine"; echo "end"
    echo "driver"; echo " tight"; echo " maxiter 100"; echo "end"
    echo "property"; echo " response 1 0.0"; echo "end"
    echo "raman"; echo " normal"; echo "end"
    echo "task dft optimize"
    echo "task dft raman"
  } > "$work/mol.nw"
  (cd "$work" && nwchem mol.nw > mol.out 2>&1)
  mkdir -p "$out/$name"
  n=$(head -1 "$xyz" | tr -d ' ')
  { echo "$n"; echo "$name B3LYP/aug-cc-pVDZ optimised (NWChem 7.0.2)";
    awk -v n="$n" '/Output coordinates in angstroms/ {s=NR} {l[NR]=$0} END {for (i=s+4; i<s+4+n; i++) {split(l[i], f); print f[2], f[4], f[5], f[6]}}' "$work/mol.out"; } > "$out/$name/geometry.xyz"
  cp "$work/mol.hess" "$out/$name/hessian"
  awk '/Projected Infra Red Intensities/ {p=1} p {print} p && /^ -+$/ {exit}' "$work/mol.out" > "$out/$name/ir.txt"
  awk '/# of frequencies/ {p=1} p {print} p && /^ -+$/ {c++} c==3 {exit}' "$work/mol.normal" > "$out/$name/raman.txt"
  rm -rf "$work"
  echo "$name done"
done
