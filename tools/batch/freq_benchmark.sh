#!/usr/bin/env bash
# The batch benchmark of BENCHMARKS.md ("Library-scale batch: freq throughput"): `curvature batch
# freq` on Spark local[2] against the plain single-machine command on the same records, both given
# two cores, started at the same moment so that they share the machine's load:
#   Spark:  bin/curvature batch freq LIB.sdf -o OUT --master 'local[2]' --json-lines
#   plain:  two `bin/curvature freq HALF.sdf --json` processes, one per half of the records: each is
#           one JVM reading its records in a loop through the same workflow code (no Spark)
# then checks that both give the same energies and frequencies for every record, and summarizes
# wall and CPU times, records per second, the overhead ratio, each record's CPU time (the
# cpu_seconds column) and the projected cost of 10^7 molecules (summarize_freq_benchmark.py).
#
# Usage: tools/batch/freq_benchmark.sh LIBRARY.sdf [RECORDS] [WORKDIR]
#   LIBRARY.sdf  e.g. from tools/batch/make_druglike_library.py (11 000 drug-like molecules)
#   RECORDS      take the first RECORDS records (default: all)
# Run it at low priority on a shared machine: nice -n 10 tools/batch/freq_benchmark.sh ...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
library="$(realpath "$1")"
records="${2:-0}"
work="${3:-$(mktemp -d /tmp/curvature-freqbench.XXXXXX)}"
mkdir -p "$work"
cd "$work"
rm -rf spark-out lib.sdf half1.sdf half2.sdf ./*.jsonl ./*.time ./*.log

# the first RECORDS records, and the same records cut into two halves
awk -v n="$records" 'n > 0 && k >= n { exit } { print } /^\$\$\$\$/ { k++ }' "$library" > lib.sdf
total=$(grep -c '^\$\$\$\$' lib.sdf)
awk -v h=$(( (total + 1) / 2 )) 'BEGIN { f = "half1.sdf" } { print > f } /^\$\$\$\$/ { if (++k == h) f = "half2.sdf" }' lib.sdf
echo "freq_benchmark: $total records ($(du -h lib.sdf | cut -f1)); load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee summary.log
# make sure the jar is built before the clock starts
"$root/bin/curvature" --version > /dev/null
# four chunks per core, so that Spark can balance the two cores
chunk=$(( $(stat -c %s lib.sdf) / 8 + 1 ))

t="/usr/bin/time -f %e_%U_%S_%M"
$t -o spark.time "$root/bin/curvature" batch freq lib.sdf -o spark-out --master 'local[2]' --json-lines --chunk-size "$chunk" \
    > spark.log 2>&1 &
spark=$!
$t -o plain1.time "$root/bin/curvature" freq half1.sdf --json > plain1.jsonl 2> plain1.log &
p1=$!
$t -o plain2.time "$root/bin/curvature" freq half2.sdf --json > plain2.jsonl 2> plain2.log &
p2=$!
set +e
wait $spark; rs=$?
wait $p1; r1=$?
wait $p2; r2=$?
set -e
echo "freq_benchmark: exit codes spark $rs, plain $r1 $r2; load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a summary.log
/usr/bin/python3 "$root/tools/batch/summarize_freq_benchmark.py" "$work" | tee -a summary.log
