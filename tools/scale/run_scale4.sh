#!/usr/bin/env bash
# Protein and one-large-fragment figures of issue 9 (round 4) into OUT (default docs/bench/scale-4):
#   machine.txt   CPU, JDK, load
#   typing.tsv    read + MMFF94 typing CPU of single polypeptide chains of 1k-50k atoms and of the protein
#   water_eg.tsv  E+G of the 20 001-atom water box, --cutoff 9
#   opt_protein_trace.txt  preconditioned L-BFGS on the 5 061-atom protein (9 A cutoff), 1 000 steps
#   modes.tsv     lowest 20 modes of two minimised protein segments against the dense diagonalisation
#   rdkit_anchor.tsv  RDKit MMFF94 on the protein (9 A threshold): typing, setup, E+G, 200 BFGS steps
# usage: tools/scale/run_scale4.sh [OUT]   (after mvn -o test-compile; needs /usr/bin/python3 with RDKit)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/bench/scale-4}"
mkdir -p "$out"
cd "$root"
cp="target/classes:target/test-classes:$(mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
tmp="$(mktemp -d)"
bench() { java -XX:+UseSerialGC -cp "$cp" dev.curvature.bench.ScaleBenchmark "$@"; }
cli() { java -XX:+UseSerialGC -cp "$cp" dev.curvature.cli.Main "$@"; }
{ date -u; nproc; grep -m1 'model name' /proc/cpuinfo; java -version 2>&1 | head -1; uptime; } > "$out/machine.txt"

gzip -dc tools/scale/6c83-AC.pdb.gz > "$tmp/6c83-AC.pdb"
: > "$out/typing.tsv"
for n in 1000 2000 5000 10000 20000 50000; do
    /usr/bin/python3 tools/scale/make_long_peptide.py $n "$tmp/pep$n.pdb"
    bench type "$tmp/pep$n.pdb" --repeats 3 > "$tmp/row"
    [[ -s "$out/typing.tsv" ]] || head -1 "$tmp/row" > "$out/typing.tsv"
    tail -1 "$tmp/row" >> "$out/typing.tsv"
done
bench type "$tmp/6c83-AC.pdb" --repeats 3 | tail -1 >> "$out/typing.tsv"

/usr/bin/python3 tools/scale/make_water_box.py 6667 "$tmp/w6667.xyz"
bench eg "$tmp/w6667.xyz" --cutoff 9 --repeats 3 > "$out/water_eg.tsv"

bench opt "$tmp/6c83-AC.pdb" --cutoff 9 --as-is --trace-every 100 --max-iterations 1000 > "$tmp/opt.tsv" 2> "$out/opt_protein_trace.txt" || true

: > "$out/modes.tsv"
for k in 0 2; do
    /usr/bin/python3 tools/scale/protein_segment.py tools/scale/6c83-AC.pdb.gz $k "$tmp/seg$k.sdf"
    cli optimize "$tmp/seg$k.sdf" -o "$tmp/seg$k-min.sdf"
    bench modes "$tmp/seg$k-min.sdf" --lowest 20 --check-dense > "$tmp/row"
    [[ -s "$out/modes.tsv" ]] || head -1 "$tmp/row" > "$out/modes.tsv"
    tail -1 "$tmp/row" >> "$out/modes.tsv"
done
uptime >> "$out/machine.txt"
/usr/bin/python3 tools/scale/rdkit_protein_anchor.py tools/scale/6c83-AC.pdb.gz 9 200 > "$out/rdkit_anchor.tsv"
uptime >> "$out/machine.txt"
