#!/bin/sh
# Generates the Stillinger-Weber silicon training and held-out test sets of VALIDATION.md
# ("Learned potentials") with Curvature's own SW (dev.curvature.ml.data.SiliconDataSet): seed 1 for
# training, seed 2 (independent MD runs, strains and rattles) for testing. Not committed: ~1 MB.
# Usage: tools/ml/make_sw_silicon.sh OUTDIR   (from the worktree, after mvn -o -q compile)
set -e
out=${1:-/tmp/curvature-sw-si}
mkdir -p "$out"
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
CP=target/classes:$(cat "$out/cp.txt")
java -cp "$CP" dev.curvature.ml.data.SiliconDataSet "$out/train.extxyz" 1
java -cp "$CP" dev.curvature.ml.data.SiliconDataSet "$out/test.extxyz" 2
printf 'pair_style sw\npair_coeff * * Si.sw Si\n' > "$out/si.pot"
printf 'Si Si Si 2.1683 2.0951 1.80 21.0 1.20 -0.333333333333 7.049556277 0.6022245584 4.0 0.0 0.0\n' > "$out/Si.sw"
cat > "$out/si.extxyz" <<XYZ
8
Lattice="5.431 0 0 0 5.431 0 0 0 5.431" Properties=species:S:1:pos:R:3 pbc="T T T"
Si 0 0 0
Si 0 2.7155 2.7155
Si 2.7155 0 2.7155
Si 2.7155 2.7155 0
Si 1.35775 1.35775 1.35775
Si 1.35775 4.07325 4.07325
Si 4.07325 1.35775 4.07325
Si 4.07325 4.07325 1.35775
XYZ
