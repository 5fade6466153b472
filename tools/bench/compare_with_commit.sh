#!/bin/bash
# Same-session before/after comparison of MMFF94 E+G and the caffeine/alanine frequency pipeline:
# builds BASE and the current commit, each in a temporary git worktree (so that editing or testing
# this tree meanwhile cannot touch the classes being timed), then runs the existing harnesses of both trees
# alternately, ROUNDS times, plus the RDKit anchor once, and writes the raw TSVs to OUTDIR:
#   rdkit_mmff.tsv                       tools/bench/rdkit_mmff_timings.py (molecules up to 212 atoms)
#   {base,head}-R/curvature_mmff.tsv     ForceFieldBenchmark --max-atoms 212
#   {base,head}-R/curvature_freq.tsv     FreqPipelineBenchmark --max-atoms 32 (bind + RFO + NormalModes)
#   {base,head}-R/curvature_freq_cli.tsv FreqCommandBenchmark --max-atoms 32 (the freq command, FrequencyAnalysis)
# Summarise with: python3 tools/bench/compare_with_commit.py OUTDIR
# Usage: tools/bench/compare_with_commit.sh BASE OUTDIR [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE=$1; OUT=$2; ROUNDS=${3:-2}
REPO=$(pwd)
BASE_DIR=$(mktemp -d /tmp/curvature-base-XXXXXX)
HEAD_DIR=$(mktemp -d /tmp/curvature-head-XXXXXX)
git worktree add --detach "$BASE_DIR" "$BASE" > /dev/null
git worktree add --detach "$HEAD_DIR" HEAD > /dev/null
trap 'git -C "$REPO" worktree remove --force "$BASE_DIR"; git -C "$REPO" worktree remove --force "$HEAD_DIR"' EXIT
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
NO_ESC='s/\x1b\[[0-9;]*m//g'
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "head: $(git -C "$HEAD_DIR" rev-parse HEAD)  base: $(git -C "$BASE_DIR" rev-parse HEAD)"
  echo "nproc: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "java: $(java -version 2>&1 | head -2 | tail -1)"
  echo "rdkit: $(/usr/bin/python3 -c 'import rdkit; print(rdkit.__version__)')"
} > "$OUT/machine.txt"
load() { echo "$(date -u +%H:%M:%SZ) load average $(cut -d' ' -f1-3 /proc/loadavg) before $1" >> "$OUT/machine.txt"; }
(cd "$BASE_DIR" && mvn -B -q -o test-compile)
(cd "$HEAD_DIR" && mvn -B -q -o test-compile)
load "RDKit MMFF94"
/usr/bin/python3 tools/bench/rdkit_mmff_timings.py --fd-max-atoms 32 > "$OUT/rdkit_mmff.tsv"
run() {   # tree label round
  local dir=$1 tag=$2-$3
  mkdir -p "$OUT/$tag"
  local starts; starts=$(mktemp -d)
  (cd "$dir"
   MVN_EXEC="mvn -B -q -o exec:java -Dexec.classpathScope=test"
   load "$tag ForceFieldBenchmark"
   $MVN_EXEC -Dexec.mainClass=dev.curvature.bench.ForceFieldBenchmark -Dexec.args="--max-atoms 212" | sed "$NO_ESC" > "$OUT/$tag/curvature_mmff.tsv"
   load "$tag FreqPipelineBenchmark"
   $MVN_EXEC -Dexec.mainClass=dev.curvature.bench.FreqPipelineBenchmark -Dexec.args="--max-atoms 32" | sed "$NO_ESC" > "$OUT/$tag/curvature_freq.tsv"
   load "$tag FreqCommandBenchmark"
   $MVN_EXEC -Dexec.mainClass=dev.curvature.bench.FreqCommandBenchmark -Dexec.args="--starts-dir $starts --max-atoms 32" | sed "$NO_ESC" > "$OUT/$tag/curvature_freq_cli.tsv")
  rm -rf "$starts"
}
for r in $(seq 1 "$ROUNDS"); do
  run "$BASE_DIR" base "$r"
  run "$HEAD_DIR" head "$r"
done
echo "$(date -u +%H:%M:%SZ) load average $(cut -d' ' -f1-3 /proc/loadavg) at the end" >> "$OUT/machine.txt"
