#!/usr/bin/env bash
# Checks that `curvature batch` streams large inputs with bounded memory: N records (default 10^5)
# of water as (1) one gzipped SDF, which cannot be split and so is one task reading its records one
# at a time, and (2) a Parquet file with a molblock column written in row groups of 10 000 rows,
# which the planner cuts between row groups (--chunk-size 256 KiB: one row group per task). The
# whole batch runs in a JVM of 512 MiB heap (Spark's minimum is 450 MiB). The gzipped file's
# records are all computed (energy; GZ_SAMPLE=F computes a fraction F); of the Parquet file's, every
# record is read and a 5 % sample computed. Checks the row counts, the chunk count and that no
# record failed; prints the peak RSS.
# Usage: PYTHON=/path/to/python-with-pyarrow [GZ_SAMPLE=1] tools/batch/large_input_check.sh [N] [WORKDIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-100000}"
work="${2:-$(mktemp -d /tmp/curvature-large.XXXXXX)}"
python="${PYTHON:-python3}"
mkdir -p "$work"
rm -rf "$work/gz-out" "$work/parquet-out"

# N numbered copies of examples/water.sdf, gzipped
block="$(sed '/^\$\$\$\$/,$d' "$root/examples/water.sdf" | tail -n +2)"
awk -v n="$n" -v b="$block" 'BEGIN { for (k = 1; k <= n; k++) printf "water-%d\n%s\n$$$$\n", k, b }' | gzip -1 > "$work/water.sdf.gz"
"$python" - "$work/water.sdf.gz" "$work/water.parquet" <<'EOF'
import gzip, sys
import pyarrow as pa, pyarrow.parquet as pq
records = gzip.open(sys.argv[1], 'rt').read().split('$$$$\n')[:-1]
table = pa.table({'name': [r.split('\n', 1)[0] for r in records], 'molblock': records})
pq.write_table(table, sys.argv[2], row_group_size=10000)
print(f'{sys.argv[2]}: {table.num_rows} rows, {pq.ParquetFile(sys.argv[2]).num_row_groups} row groups', file=sys.stderr)
EOF
ls -l "$work/water.sdf.gz" "$work/water.parquet"

export CURVATURE_JAVA_OPTS="-Xmx512m"
t="/usr/bin/time -f %e_s_wall_%M_KiB_max_RSS"
$t "$root/bin/curvature" batch energy "$work/water.sdf.gz" -o "$work/gz-out" --master 'local[2]' --sample "${GZ_SAMPLE:-1}" 2>&1 | grep -v '^batch: ' | tee "$work/gz.log"
$t "$root/bin/curvature" batch energy "$work/water.parquet" -o "$work/parquet-out" --master 'local[2]' --chunk-size 262144 --sample 0.05 \
    2>&1 | grep -v '^batch: ' | tee "$work/parquet.log"

expected=$n
[[ "${GZ_SAMPLE:-1}" == 1 ]] || expected='[0-9]*'
grep -q "batch energy: $expected records processed this run (0 failed), 1 chunks" "$work/gz.log" \
    || { echo "large_input_check: the gzipped file did not give $n good rows in one chunk" >&2; exit 1; }
chunks=$(sed -n 's/.*(0 failed), \([0-9]*\) chunks.*/\1/p' "$work/parquet.log")
[[ -n "$chunks" && $chunks -ge $(( n / 10000 )) ]] \
    || { echo "large_input_check: the Parquet file was not cut into one chunk per row group ($chunks)" >&2; exit 1; }
echo "large_input_check: OK: $n records from one gzipped SDF in one streamed task, and a $n-row Parquet file in $chunks chunks, under -Xmx512m"
