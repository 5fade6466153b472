#!/bin/sh
# The numbers of VALIDATION.md / BENCHMARKS.md "Learned potentials": train on SW silicon, test on
# independent runs, learned relaxed-ion C_ij against SW's, learning curves, evaluation cost.
# Usage: tools/ml/run_validation.sh OUTDIR   (after tools/ml/make_sw_silicon.sh OUTDIR)
set -e
out=${1:-/tmp/curvature-sw-si}
CP=target/classes:$(cat "$out/cp.txt")
cv() { java -cp "$CP" dev.curvature.cli.Main "$@"; }
for b in "--cutoff 4.5 --basis 8" "--cutoff 3.8 --basis 10"; do
  echo "== train $b"
  cv train "$out/train.extxyz" -o "$out/model.json" --test "$out/test.extxyz" $b 2>/dev/null
done
cv evaluate "$out/model.json" "$out/test.extxyz" --plot "$out/parity"
echo "== elastic: SW, then the learned model"
cv elastic "$out/si.extxyz" --potential "$out/si.pot" --relax-cell | grep -E "C11|C12|C44|^ *[0-9]" | head -8
cv elastic "$out/si.extxyz" --model "ml:$out/model.json" --relax-cell | grep -E "C11|C12|C44|^ *[0-9]" | head -8
echo "== learning curve"
cv learning-curve "$out/train.extxyz" --test "$out/test.extxyz" --crystal "$out/si.extxyz" --reference-potential "$out/si.pot" \
   --cutoff 3.8 --basis 10 --sizes 8,16,32,66
echo "== evaluation cost"
java -cp "$CP" tools/ml/EvalBench.java "$out/model.json" "$out/si.pot" 4 50
