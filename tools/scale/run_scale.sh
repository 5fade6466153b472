#!/usr/bin/env bash
# Scale and start-up figures of issue 9, in one run, into OUT (default docs/bench/scale-1):
#   machine.txt        load, CPU, JDK
#   water_eg.tsv       MMFF94 E+G of a 20 001-atom water box: all pairs, --cutoff 9 and 12 Å
#   cold_start.tsv     `curvature freq caffeine` cold wall/CPU: bin/curvature (CDS) vs plain java -jar, vs RDKit's process
# usage: tools/scale/run_scale.sh [OUT]   (after mvn -o package; ~5 min on a quiet 2-core machine)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/bench/scale-1}"
mkdir -p "$out"
cd "$root"
jar=target/curvature.jar
cp="$jar:target/test-classes"
box="$(mktemp -d)/water20001.xyz"
/usr/bin/python3 tools/scale/make_water_box.py 6667 "$box"
{ date -u; nproc; grep -m1 'model name' /proc/cpuinfo; java -version 2>&1 | head -1; uptime; } > "$out/machine.txt"

: > "$out/water_eg.tsv"
for c in "--cutoff 9" "--cutoff 12" ""; do
    uptime >> "$out/machine.txt"
    java -XX:+UseSerialGC -cp "$cp" dev.curvature.bench.ScaleBenchmark eg "$box" $c --repeats 3 > "$out/.row"
    [[ -s "$out/water_eg.tsv" ]] || head -1 "$out/.row" > "$out/water_eg.tsv"
    tail -1 "$out/.row" >> "$out/water_eg.tsv"
done
rm -f "$out/.row"

caffeine=tools/startup/training-caffeine.sdf
echo -e "run\tprogram\twall_s\tcpu_s" > "$out/cold_start.tsv"
for k in 1 2 3 4 5; do
    uptime >> "$out/machine.txt"
    for prog in cds plain rdkit; do
        case $prog in
            cds)   cmd=(bin/curvature freq "$caffeine") ;;
            plain) cmd=(java -jar "$jar" freq "$caffeine") ;;
            rdkit) cmd=(/usr/bin/python3 tools/scale/rdkit_freq_process.py "$caffeine") ;;
        esac
        /usr/bin/time -f "%e %U %S" -o "$out/.t" "${cmd[@]}" > /dev/null 2>&1
        read -r wall user sys < "$out/.t"
        echo -e "$k\t$prog\t$wall\t$(echo "$user + $sys" | bc)" >> "$out/cold_start.tsv"
    done
done
rm -f "$out/.t"
uptime >> "$out/machine.txt"
