#!/bin/sh
# The numbers of VALIDATION.md "A small quantum data set: GPAW PBE silicon": the first NTRAIN frames of
# examples/ml/si-gpaw-pbe.extxyz trained, the later frames (independent draws, every kind) held out;
# then cross-validation on all frames. Usage: tools/ml/run_gpaw_validation.sh OUTDIR NTRAIN
# (from the worktree, after mvn -o -q compile)
set -e
out=${1:-/tmp/curvature-gpaw-si}; ntrain=${2:-22}
data=examples/ml/si-gpaw-pbe.extxyz
mkdir -p "$out"
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
CP=target/classes:$(cat "$out/cp.txt")
cv() { java -cp "$CP" dev.curvature.cli.Main "$@"; }
head -n $((ntrain * 10)) "$data" > "$out/train.extxyz"        # 8 atoms + 2 header lines per frame
tail -n +$((ntrain * 10 + 1)) "$data" > "$out/test.extxyz"
for m in "--basis 4 --lmax 2" "--basis 6 --lmax 2" "--basis 8 --lmax 2" "--basis 8 --lmax 4" "--basis 4 --lmax 2 --quadratic"; do
  echo "== train $m"
  cv train "$out/train.extxyz" -o "$out/model.json" --test "$out/test.extxyz" --cutoff 4.5 $m 2>/dev/null | grep -E "^model|^overall|^rows"
done
cv train "$out/train.extxyz" -o "$out/b8.json" --cutoff 4.5 --basis 8 --lmax 2 >/dev/null 2>&1
cv evaluate "$out/b8.json" "$out/test.extxyz"
echo "== cross-validation on all frames"
cv train "$data" -o "$out/cv.json" --cutoff 4.5 --lmax 2 --cv 5 --cv-basis 4,6,8 --cv-ridge 1e-12,1e-10,1e-8,1e-6 2>&1 | grep -E "cutoff 4.50|^model"
