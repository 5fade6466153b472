#!/usr/bin/env bash
# The 5 061-atom protein (PDB 6C83 chains A+C, protonated: tools/scale/6c83-AC.pdb.gz) minimised with
# MMFF94 and the 9 A smooth non-bonded cutoff to the default thresholds by the command users run
# (`curvature optimize`; AUTO = preconditioned L-BFGS, then truncated Newton on the sparse Hessian
# above 1 500 atoms), written as SDF V3000 (8 decimals) and gzipped: tools/scale/6c83-AC-min9.sdf.gz.
# Then its lowest 20 modes through `curvature freq --lowest 20` (the optimization there must stop at
# once: the file is a minimum to 1e-4 kcal/mol/A as read back).
# usage: tools/scale/minimize_protein.sh [OUT.sdf.gz]   (after mvn -o compile)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/tools/scale/6c83-AC-min9.sdf.gz}"
cd "$root"
cp="target/classes:$(mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
cli() { java -XX:+UseSerialGC -Xmx3g -cp "$cp" dev.curvature.cli.Main "$@"; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cli optimize tools/scale/6c83-AC.pdb.gz --cutoff 9 -o "$tmp/min.sdf"
gzip -9 -n -c "$tmp/min.sdf" > "$tmp/min.sdf.gz"
mv "$tmp/min.sdf.gz" "$out"
cli freq "$out" --cutoff 9 --lowest 20
