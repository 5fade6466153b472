#!/bin/sh
# Does the self-built LAMMPS's pair_style snap do what SNAP says? On the 512-atom rattled Si of
# tools/ml/snap_bench.sh (run that first: it writes OUTDIR/si512.data and OUTDIR/s30.snap*):
#  1. per-atom energies of pair_style snap equal beta0 + sum_k beta_k B_k(i), with B from LAMMPS's own
#     compute sna/atom (same cutoff, 2J = 6, rfac0, rmin0, switch; 30 bispectrum components);
#  2. the force on atom 1 equals a central difference of the total energy (h = 1e-4 Å).
# Usage: tools/ml/snap_check.sh OUTDIR LMP
set -e
out=$1; lmp=$2
cat > "$out/in.check" <<LMP
units metal
atom_style atomic
atom_modify map array
boundary p p p
read_data $out/si512.data
include $out/s30.in
compute b all sna/atom 3.8 0.99363 6 0.5 1.0 rmin0 0.0 bzeroflag 0 quadraticflag 0 switchflag 1
compute pe all pe/atom
dump d all custom 1 $out/check.dump id fx fy fz c_pe c_b[*]
dump_modify d format float %.15g sort id
run 0
undump d
variable e equal pe
variable f1 equal fx[1]
print "E0 \${e} FX1 \${f1}"
group one id 1
displace_atoms one move 1e-4 0 0 units box
run 0
print "EP \${e}"
displace_atoms one move -2e-4 0 0 units box
run 0
print "EM \${e}"
LMP
"$lmp" -in "$out/in.check" -log "$out/log.check" -screen none
/usr/bin/python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
coef = [float(l) for l in open(f"{out}/s30.snapcoeff").read().split("\n")[3:] if l.strip()]
lines = open(f"{out}/check.dump").read().split("\n")
rows = [list(map(float, l.split())) for l in lines[lines.index(next(l for l in lines if l.startswith("ITEM: ATOMS"))) + 1:] if l.strip()]
k = len(coef) - 1
assert all(len(r) == 5 + k for r in rows), "sna/atom column count != coefficient count"
dev = max(abs(r[4] - (coef[0] + sum(c * b for c, b in zip(coef[1:], r[5:])))) for r in rows)
log = open(f"{out}/log.check").read()
e0, f1 = map(float, re.search(r"^E0 (\S+) FX1 (\S+)", log, re.M).groups())
ep = float(re.search(r"^EP (\S+)", log, re.M).group(1)); em = float(re.search(r"^EM (\S+)", log, re.M).group(1))
fd = -(ep - em) / 2e-4
print(f"{len(rows)} atoms, K = {k} bispectrum components: max |E_i(pair snap) - beta.B_i(sna/atom)| = {dev:.2e} eV")
print(f"atom 1: F_x = {f1:.8f} eV/Å, central difference {fd:.8f} eV/Å, |diff| = {abs(f1 - fd):.1e}")
PY
