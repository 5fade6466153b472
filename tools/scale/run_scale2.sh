#!/usr/bin/env bash
# Large-system figures of issue 9 (second round) into OUT (default docs/bench/scale-2):
#   machine.txt         CPU, JDK, load before/after each step
#   water_eg.tsv        MMFF94 bind + E+G of water boxes of 5 001, 10 002, 20 001 atoms, --cutoff 9
#   opt_peptides.tsv    optimize 24 Ace-(Ala)20-NMe (5 088 atoms, --cutoff 9) from their minimum displaced by ≤ 0.05 Å:
#                       preconditioned L-BFGS (AUTO's choice) and plain L-BFGS
#   modes.tsv           lowest 20 modes by sparse Hessian + LOBPCG: 212 atoms checked against the dense
#                       diagonalisation, then the 5 088-atom cluster
# usage: tools/scale/run_scale2.sh [OUT]   (after mvn -o test-compile; needs /usr/bin/python3 with RDKit)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/bench/scale-2}"
mkdir -p "$out"
cd "$root"
cp="target/classes:target/test-classes:$(mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
tmp="$(mktemp -d)"
bench() { java -XX:+UseSerialGC -cp "$cp" dev.curvature.bench.ScaleBenchmark "$@"; }
{ date -u; nproc; grep -m1 'model name' /proc/cpuinfo; java -version 2>&1 | head -1; uptime; } > "$out/machine.txt"

: > "$out/water_eg.tsv"
for w in 1667 3334 6667; do
    /usr/bin/python3 tools/scale/make_water_box.py $w "$tmp/w$w.xyz"
    uptime >> "$out/machine.txt"
    bench eg "$tmp/w$w.xyz" --cutoff 9 --repeats 3 > "$tmp/row"
    [[ -s "$out/water_eg.tsv" ]] || head -1 "$tmp/row" > "$out/water_eg.tsv"
    tail -1 "$tmp/row" >> "$out/water_eg.tsv"
done

# the peptide at its minimum with the 9 Å cutoff, then 24 copies 10 Å apart (beyond the cutoff)
/usr/bin/python3 tools/scale/make_peptide_cluster.py 1 "$tmp/ala1.sdf"
java -cp "$cp" dev.curvature.cli.Main optimize "$tmp/ala1.sdf" --cutoff 9 -o "$tmp/ala1-min9.sdf" > /dev/null
/usr/bin/python3 tools/scale/make_peptide_cluster.py 24 "$tmp/ala24.sdf" 10 "$tmp/ala1-min9.sdf"
: > "$out/opt_peptides.tsv"
for m in PRECONDITIONED_LBFGS LBFGS; do
    uptime >> "$out/machine.txt"
    bench opt "$tmp/ala24.sdf" --cutoff 9 --method $m > "$tmp/row"
    [[ -s "$out/opt_peptides.tsv" ]] || head -1 "$tmp/row" > "$out/opt_peptides.tsv"
    tail -1 "$tmp/row" >> "$out/opt_peptides.tsv"
done

uptime >> "$out/machine.txt"
bench modes "$tmp/ala1-min9.sdf" --lowest 20 --check-dense > "$out/modes.tsv"
uptime >> "$out/machine.txt"
bench modes "$tmp/ala24.sdf" --cutoff 9 --lowest 20 | tail -1 >> "$out/modes.tsv"
uptime >> "$out/machine.txt"
