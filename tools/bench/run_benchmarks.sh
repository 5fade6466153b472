#!/bin/bash
# Runs every benchmark behind BENCHMARKS.md back to back on this machine and writes the raw outputs
# (TSV) and a description of the machine and its load to OUTDIR (default docs/bench):
#   machine.txt              CPU, cores, memory, Java/RDKit/numpy versions, OpenBLAS env, load averages
#   rdkit_mmff.tsv           tools/bench/rdkit_mmff_timings.py  (RDKit MMFF94 anchor)
#   curvature_mmff.tsv       dev.curvature.bench.ForceFieldBenchmark
#   numpy_eigh_1thread.tsv   tools/bench/numpy_eigh.py, OpenBLAS on 1 thread (as our LAPACK backend)
#   numpy_eigh_default.tsv   the same with OpenBLAS's default thread count
#   curvature_eigen.tsv      dev.curvature.bench.EigenSolverBenchmark (EJML and LAPACK dsyevd)
#   curvature_eigen_small_n.tsv  the same at the Hessian sizes of small molecules (n = 72, 150, 336)
#   curvature_freq.tsv       dev.curvature.bench.FreqPipelineBenchmark (bind + optimize + Hessian + modes; default AUTO)
#   curvature_freq_lbfgs.tsv the same with L-BFGS forced
#   curvature_freq_cli.tsv   dev.curvature.bench.FreqCommandBenchmark: the `freq` command in-process, warm JVM
#   curvature_freq_cli_cold.tsv  tools/bench/cold_freq.py: `java -jar target/curvature.jar freq FILE`, fresh JVM each
# With --cli-only only the RDKit anchor and the two `freq` command benchmarks run.
# Usage: tools/bench/run_benchmarks.sh [OUTDIR] [--sizes "300 1000 3000"] [--cli-only]
# Needs Debian's python3-rdkit and python3-numpy (/usr/bin/python3), Maven and the repository built offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=docs/bench
SIZES="300 1000 3000"
CLI_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --cli-only) CLI_ONLY=1; shift ;;
    *) OUT="$1"; shift ;;
  esac
done
mkdir -p "$OUT"
PY=/usr/bin/python3
MVN_EXEC="mvn -B -q -o exec:java -Dexec.classpathScope=test"
NO_ESC='s/\x1b\[[0-9;]*m//g'   # Maven 3.8 prints terminal escapes even in batch mode

load() { echo "$(date -u +%H:%M:%SZ) load average $(cut -d' ' -f1-3 /proc/loadavg) before $1" >> "$OUT/machine.txt"; }

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse HEAD)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(grep MemTotal /proc/meminfo | sed 's/MemTotal: *//')"
  echo "java: $(java -version 2>&1 | head -2 | tail -1)"
  echo "rdkit: $($PY -c 'import rdkit; print(rdkit.__version__)')"
  echo "numpy: $($PY -c 'import numpy; print(numpy.__version__)')"
  echo "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE-<unset>} OPENBLAS_L2_SIZE=${OPENBLAS_L2_SIZE-<unset>} OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS-<unset>}"
} > "$OUT/machine.txt"

mvn -B -q -o test-compile

load "RDKit MMFF94"
$PY tools/bench/rdkit_mmff_timings.py > "$OUT/rdkit_mmff.tsv"

if [ "$CLI_ONLY" = 0 ]; then
load "Curvature MMFF94"
$MVN_EXEC -Dexec.mainClass=dev.curvature.bench.ForceFieldBenchmark | sed "$NO_ESC" > "$OUT/curvature_mmff.tsv"

# numpy: the machine-wide OpenBLAS tuning variables are removed for this command alone, so that the
# system OpenBLAS picks its kernel for this CPU; OPENBLAS_VERBOSE=2 makes it print that kernel.
load "numpy eigh (1 thread)"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 $PY tools/bench/numpy_eigh.py $SIZES > "$OUT/numpy_eigh_1thread.tsv"
load "numpy eigh (default threads)"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE -u OPENBLAS_NUM_THREADS $PY tools/bench/numpy_eigh.py $SIZES > "$OUT/numpy_eigh_default.tsv"

load "Curvature eigensolvers, small n (3N of 24, 50, 112 atoms)"
$MVN_EXEC -Dexec.mainClass=dev.curvature.bench.EigenSolverBenchmark -Dexec.args="72 150 336 --repeats 7 --warmup-ms 2000 --min-sample-ms 50" \
  2> /dev/null | sed "$NO_ESC" > "$OUT/curvature_eigen_small_n.tsv"
load "Curvature eigensolvers"
OPENBLAS_VERBOSE=2 $MVN_EXEC -Dexec.mainClass=dev.curvature.bench.EigenSolverBenchmark -Dexec.args="$SIZES" \
  2> "$OUT/curvature_eigen.stderr" | sed "$NO_ESC" > "$OUT/curvature_eigen.tsv"
echo "curvature OpenBLAS (bytedeco) $(sed "$NO_ESC" "$OUT/curvature_eigen.stderr" | grep -m1 'Core:' || echo 'Core: not reported')" >> "$OUT/machine.txt"
rm -f "$OUT/curvature_eigen.stderr"
load "Curvature freq pipeline (AUTO)"
$MVN_EXEC -Dexec.mainClass=dev.curvature.bench.FreqPipelineBenchmark | sed "$NO_ESC" > "$OUT/curvature_freq.tsv"
load "Curvature freq pipeline (L-BFGS)"
$MVN_EXEC -Dexec.mainClass=dev.curvature.bench.FreqPipelineBenchmark -Dexec.args="--method LBFGS" | sed "$NO_ESC" > "$OUT/curvature_freq_lbfgs.tsv"
fi

# The freq command: start files (the perturbed geometries RDKit minimizes from) go to a scratch
# directory; warm in-process timings, then the shaded jar in a fresh JVM per call.
STARTS=$(mktemp -d)
load "curvature freq command (warm, in-process)"
$MVN_EXEC -Dexec.mainClass=dev.curvature.bench.FreqCommandBenchmark -Dexec.args="--starts-dir $STARTS" | sed "$NO_ESC" > "$OUT/curvature_freq_cli.tsv"
mvn -B -q -o package -DskipTests > /dev/null
load "curvature freq command (cold JVM)"
$PY tools/bench/cold_freq.py target/curvature.jar $(ls "$STARTS"/*.sdf | sort -t- -k2 -n) --repeat 3 > "$OUT/curvature_freq_cli_cold.tsv"
rm -rf "$STARTS"
echo "$(date -u +%H:%M:%SZ) load average $(cut -d' ' -f1-3 /proc/loadavg) at the end" >> "$OUT/machine.txt"
