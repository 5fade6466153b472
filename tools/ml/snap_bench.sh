#!/bin/sh
# Evaluation cost per atom-step: Curvature's learned potentials and SW (tools/ml/EvalBench.java)
# against LAMMPS's pair_style snap and pair_style sw, on the same 512-atom rattled diamond Si
# (EvalBench writes it as a LAMMPS data file), interleaved round by round so both see the same load.
# Energy + forces + stress every step on both sides (LAMMPS: `thermo 1` with press, so the virial is
# computed every step; run N with fix nve and a 1e-6 ps step, so the neighbour list is never rebuilt).
#
# Usage: [RUNS="sw tersoff s30 ..."] tools/ml/snap_bench.sh OUTDIR LMP ROUNDS MODELDIR
#   LMP:      a LAMMPS with ML-SNAP and MANYBODY (tools/ml/build_lammps_snap.sh)
#   MODELDIR: Curvature models f36 f56 f113 f190 z56 [zq56] .json (those present; commands in BENCHMARKS.md)
# Output: OUTDIR/times.tsv (round, program, potential, µs/atom-step wall, µs/atom-step CPU, load average)
set -e
out=$1; lmp=$2; rounds=${3:-3}; models=$4
CP=target/classes:$(cat "$out/cp.txt")
pots=/usr/share/lammps/potentials
mkdir -p "$out"
printf 'pair_style sw\npair_coeff * * %s/Si.sw Si\n' $pots > "$out/si.pot"
printf 'pair_style tersoff\npair_coeff * * %s/Si.tersoff Si\n' $pots > "$out/tersoff.pot"
# SNAP variants: name, twojmax, cutoff (Å; rcutfac with radelem 0.5). Coefficients for the synthetic
# ones are small fixed numbers: the cost of pair_style snap does not depend on their values.
snap_variant() {
  name=$1; twoj=$2; rc=$3
  printf 'rcutfac %s\ntwojmax %s\nrfac0 0.99363\nrmin0 0\nquadraticflag 0\nbzeroflag 0\n' "$rc" "$twoj" > "$out/$name.snapparam"
  k=$(/usr/bin/python3 -c "j=$twoj; print(sum(1 for j1 in range(j+1) for j2 in range(j1+1) for jj in range(j1-j2, min(j, j1+j2)+1, 2) if jj >= j1))")
  /usr/bin/python3 -c "
k=$k
print('# synthetic SNAP coefficients for timing (tools/ml/snap_bench.sh)'); print(1, k + 1); print('Si 0.5 1'); print(-5.0)
for i in range(k): print(1e-3 * ((i * 7919) % 13 - 6))" > "$out/$name.snapcoeff"
  printf 'pair_style snap\npair_coeff * * %s/%s.snapcoeff %s/%s.snapparam Si\n' "$out" "$name" "$out" "$name" > "$out/$name.in"
  echo "$name 2J=$twoj K=$k rc=$rc" >> "$out/variants.txt"
}
: > "$out/variants.txt"
snap_variant s30 6 3.8
snap_variant s55 8 3.8
snap_variant s91 10 4.5
snap_variant s140 12 4.5
snap_variant s204 14 3.8
printf 'pair_style snap\npair_coeff * * %s/Si_Zuo_JPCA2020.snapcoeff %s/Si_Zuo_JPCA2020.snapparam Si\n' $pots $pots > "$out/zuo.in"
printf 'pair_style snap\npair_coeff * * %s/Si_Zuo_JPCA2020.quadratic.snapcoeff %s/Si_Zuo_JPCA2020.quadratic.snapparam Si\n' $pots $pots > "$out/zuoq.in"
printf 'pair_style sw\npair_coeff * * %s/Si.sw Si\n' $pots > "$out/sw.in"
cp "$out/tersoff.pot" "$out/tersoff.in"
run_lmp() {  # name steps
  cat > "$out/in.$1" <<LMP
units metal
atom_style atomic
boundary p p p
read_data $out/si512.data
include $out/$1.in
neighbor 0.3 bin
neigh_modify every 1 delay 0 check yes
fix 1 all nve
timestep 1e-6
thermo_style custom step pe press
thermo_modify format float %.10f
thermo 1
run $2
LMP
  nice -n 5 "$lmp" -in "$out/in.$1" -log "$out/log.$1" -screen none
  /usr/bin/python3 - "$out/log.$1" "$1" "$r" "$(cut -d' ' -f1 /proc/loadavg)" >> "$out/times.tsv" <<'PY'
import re, sys
log = open(sys.argv[1]).read()
t, steps, atoms = re.search(r'Loop time of (\S+) on 1 procs for (\d+) steps with (\d+) atoms', log).groups()
cpu = float(re.search(r'([\d.]+)% CPU use', log).group(1)) / 100
us = float(t) * 1e6 / int(steps) / int(atoms)
pe = re.findall(r'^\s*\d+\s+(-?[\d.]+)\s+(-?[\d.]+)\s*$', log, re.M)[0]
print(f"{sys.argv[3]}\tlammps\t{sys.argv[2]}\t{us:.3f}\t{us * cpu:.3f}\t{sys.argv[4]}\tE/atom {float(pe[0]) / int(atoms):.6f} eV, p {pe[1]} bar")
PY
}
[ -f "$out/times.tsv" ] || printf 'round\tprogram\tpotential\tus_wall\tus_cpu\tload1\tnote\n' > "$out/times.tsv"
m=""
for f in f36 f56 f113 f190 z56 zq56; do if [ -f "$models/$f.json" ]; then m="$m${m:+,}$models/$f.json"; fi; done
for r in $(seq 1 "$rounds"); do
  nice -n 5 java -cp "$CP" tools/ml/EvalBench.java "$m" \
      "$out/si.pot,$out/tersoff.pot" 4 20 "$out/si512.data" > "$out/evalbench.$r"
  load=$(cut -d' ' -f1 /proc/loadavg)
  awk -v r="$r" -v l="$load" '{print r "\tcurvature\t" ($2=="si.pot" ? "sw" : $2=="tersoff.pot" ? "tersoff" : $2) "\t" $5 "\t" $8 "\t" l "\tE/atom " $11 " eV"}' "$out/evalbench.$r" >> "$out/times.tsv"
  for v in ${RUNS:-sw tersoff s30 s55 zuo zuoq s91 s140 s204}; do
    case $v in sw|tersoff) n=200;; s30) n=20;; s55) n=10;; zuo|zuoq|s91) n=5;; *) n=3;; esac
    run_lmp "$v" "$n"
  done
done
# Medians over the rounds, per program and potential, with the ratio to that program's SW.
/usr/bin/python3 - "$out/times.tsv" "$out/variants.txt" <<'PY'
import statistics as st, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]).readlines()[1:]]
var = {l.split()[0]: " ".join(l.split()[1:]) for l in open(sys.argv[2])}
keys = list(dict.fromkeys((r[1], r[2]) for r in rows))
med = {k: (st.median(float(r[3]) for r in rows if (r[1], r[2]) == k), st.median(float(r[4]) for r in rows if (r[1], r[2]) == k),
           len([r for r in rows if (r[1], r[2]) == k])) for k in keys}
loads = [float(r[5]) for r in rows]
print(f"load average (1 min) during the runs: {min(loads):.1f}-{max(loads):.1f}, median {st.median(loads):.1f}")
print("| program | potential | rounds | µs/atom-step CPU (median) | wall (median) | CPU / same program's SW |")
print("|---|---|---|---|---|---|")
for k in keys:
    w, c, n = med[k]
    print(f"| {k[0]} | {k[1]} {var.get(k[1], '')} | {n} | {c:.1f} | {w:.1f} | {c / med[(k[0], 'sw')][1]:.1f} |")
PY
