#!/usr/bin/env bash
# Periodic potentials vs LAMMPS (Debian lmp, one thread) in one session: energy + forces + stress
# per atom-step for sw, tersoff (diamond Si) and eam (fcc Cu, Cu_u3.eam) from 64/108 to ~1e5 atoms.
# Needs `mvn -o test-compile` first. Output: TSV blocks, Curvature then LAMMPS per style.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
CP=${CURVATURE_CP:-target/classes:target/test-classes}
for style in sw tersoff; do
    java -cp "$CP" dev.curvature.bench.PeriodicPotentialBenchmark "$style" 2,3,4,6,8,12,16,23
    /usr/bin/python3 tools/bench/lammps_potentials.py "$style" 2,3,4,6,8,12,16,23
done
java -cp "$CP" dev.curvature.bench.PeriodicPotentialBenchmark eam 3,5,8,12,20,30
/usr/bin/python3 tools/bench/lammps_potentials.py eam 3,5,8,12,20,30
