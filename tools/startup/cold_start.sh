#!/usr/bin/env bash
# Cold `curvature freq caffeine.sdf` against RDKit's whole process, interleaved, into OUT
# (default docs/bench/cold-2):
#   machine.txt     CPU, JDK, load average before every round
#   cold_start.tsv  round, program, wall s, CPU s (user + system of the whole process)
# Programs: `new` = bin/curvature of this checkout; `base` = bin/curvature of another checkout
# (BASE=/path, optional: the tree before the change, built with mvn package); `rdkit` =
# tools/scale/rdkit_freq_process.py under Debian's python3-rdkit.
# usage: tools/startup/cold_start.sh [OUT] [ROUNDS]   (after mvn -o -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/bench/cold-2}"
rounds="${2:-6}"
mkdir -p "$out"
cd "$root"
caffeine=tools/startup/training-caffeine.sdf
programs=(new rdkit)
[[ -n "${BASE:-}" ]] && programs=(base new rdkit)
{ date -u; nproc; grep -m1 'model name' /proc/cpuinfo; java -version 2>&1 | head -1; git log --oneline -1; } > "$out/machine.txt"
echo -e "round\tprogram\twall_s\tcpu_s" > "$out/cold_start.tsv"
for k in $(seq "$rounds"); do
    echo "round $k: $(uptime)" >> "$out/machine.txt"
    for prog in "${programs[@]}"; do
        case $prog in
            new)   cmd=(bin/curvature freq "$caffeine") ;;
            base)  cmd=("$BASE/bin/curvature" freq "$caffeine") ;;
            rdkit) cmd=(/usr/bin/python3 tools/scale/rdkit_freq_process.py "$caffeine") ;;
        esac
        /usr/bin/time -f "%e %U %S" -o "$out/.t" "${cmd[@]}" > /dev/null 2>&1
        read -r wall user sys < "$out/.t"
        echo -e "$k\t$prog\t$wall\t$(echo "$user + $sys" | bc)" >> "$out/cold_start.tsv"
    done
done
rm -f "$out/.t"
echo "end: $(uptime)" >> "$out/machine.txt"
# medians per program
for prog in "${programs[@]}"; do
    for col in 3 4; do
        awk -F'\t' -v p="$prog" -v c="$col" '$2 == p { print $c }' "$out/cold_start.tsv" | sort -g \
            | awk '{ v[NR] = $1 } END { printf "%.3f\t", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
    done | sed "s/^/$prog\t/; s/\t$//"
    echo
done | sed '/^$/d' | { echo -e "program\tmedian_wall_s\tmedian_cpu_s"; cat; } | tee "$out/medians.tsv"
