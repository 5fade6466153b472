#!/usr/bin/env bash
# Protein minimum and lowest modes, PDB reading (issue 9, part 5, round 5) into OUT (default docs/bench/scale-5):
#   machine.txt                        CPU, JDK, memory, load
#   pdb_read_{before,after}.tsv        read + typing CPU of single chains of 10k-50k atoms (ScaleBenchmark type);
#                                      "before" needs the classes of the commit before the grid (CURVATURE_CP=...)
#   opt_protein_*.tsv / *_trace.txt    the 5 061-atom protein, 9 A cutoff, default thresholds, AUTO
#   modes_protein.tsv                  lowest 20 modes at that minimum, checked by residuals against the dense Hessian
#   cli_freq_lowest.txt                the user's route: curvature freq MIN.sdf.gz --cutoff 9 --lowest 20
# usage: tools/scale/run_scale5.sh [OUT]   (after mvn -o test-compile; /usr/bin/time for peak RSS)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/bench/scale-5}"
mkdir -p "$out"
cd "$root"
dep="$(mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
cp="${CURVATURE_CP:-target/classes:target/test-classes}:$dep"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bench() { /usr/bin/time -v java -XX:+UseSerialGC -Xmx4g -cp "$cp" dev.curvature.bench.ScaleBenchmark "$@"; }
cli() { /usr/bin/time -v java -XX:+UseSerialGC -Xmx3g -cp "$cp" dev.curvature.cli.Main "$@"; }
{ date -u; nproc; grep -m1 'model name' /proc/cpuinfo; java -version 2>&1 | head -1; free -g | head -2; uptime; } > "$out/machine.txt"

for n in 10000 20000 50000; do
    /usr/bin/python3 tools/scale/make_long_peptide.py $n "$tmp/pep$n.pdb"
    bench type "$tmp/pep$n.pdb" --repeats 1 2>/dev/null
done > "$out/pdb_read_after.tsv"

gzip -dc tools/scale/6c83-AC.pdb.gz > "$tmp/6c83-AC.pdb"
java -Dcurvature.optimizer.trace=true -XX:+UseSerialGC -cp "$cp" dev.curvature.bench.ScaleBenchmark opt "$tmp/6c83-AC.pdb" \
    --cutoff 9 --as-is --trace-every 50 --max-iterations 5000 --save "$tmp/min.xyz" > "$out/opt_protein_auto.tsv" 2> "$out/opt_protein_auto_trace.txt"
bench save "$tmp/6c83-AC.pdb" --positions "$tmp/min.xyz" --save "$tmp/min.sdf"
bench modes "$tmp/min.sdf" --cutoff 9 --lowest 20 --check-residuals > "$out/modes_protein.tsv" 2> "$out/modes_protein_time.txt"
gzip -9 -n -c "$tmp/min.sdf" > "$tmp/min.sdf.gz"
cli freq "$tmp/min.sdf.gz" --cutoff 9 --lowest 20 > "$out/cli_freq_lowest.txt" 2>&1
uptime >> "$out/machine.txt"
