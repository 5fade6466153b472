#!/usr/bin/env bash
# GFN2-xTB round 3 (issue 13): E+G and the Hessian stage against Debian's xtb 6.5.1, interleaved
# in the same minutes. Usage: docs/bench/xtb-speed-3/run.sh OUTDIR [CLASSPATH]
# CLASSPATH defaults to target/classes:target/test-classes plus the Maven dependencies (copy them
# elsewhere first if you keep compiling while this runs). Writes OUTDIR/*.tsv and raw logs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
cp="${2:-}"
if [[ -z "$cp" ]]; then
    (cd "$root" && mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$out/deps.cp" >/dev/null)
    cp="$root/target/classes:$root/target/test-classes:$(cat "$out/deps.cp")"
fi
for m in caffeine ala10; do obabel "$root/examples/$m.sdf" -O "$out/$m.xyz" 2>/dev/null; done
T=/usr/bin/time
load() { cut -d' ' -f1-3 /proc/loadavg; }

# E+G: xtb whole process (fresh directory, no restart guess) vs our warm in-process calls
echo -e "molecule\trun\tload\txtb1_user_s\txtb1_wall_s\txtbN_user_s\tours_thread_cpu_s\tours_process_cpu_s\tours_iterations" > "$out/eg.tsv"
for run in 1 2 3; do
    for m in caffeine ala10; do
        d=$(mktemp -d); cp "$out/$m.xyz" "$d"
        (cd "$d" && OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $T -f "%U %e" -o t1 xtb $m.xyz --gfn 2 --grad >/dev/null 2>&1)
        rm -f "$d"/xtbrestart
        (cd "$d" && $T -f "%U %e" -o tn xtb $m.xyz --gfn 2 --grad >/dev/null 2>&1)
        reps=20; [[ $m == ala10 ]] && reps=8
        OPENBLAS_NUM_THREADS=1 java -XX:ActiveProcessorCount=1 -cp "$cp" dev.curvature.xtb.Gfn2SpeedMain "$root/examples/$m.sdf" $reps > "$out/eg_${m}_$run.log"
        ours=$(awk '/^median cpu/{c=$3} /^median process cpu/{p=$4} /iterations/{for(i=1;i<=NF;i++) if($i=="iterations") it=$(i-1)} END{print c"\t"p"\t"it}' "$out/eg_${m}_$run.log")
        echo -e "$m\t$run\t$(load)\t$(cut -d' ' -f1 $d/t1)\t$(cut -d' ' -f2 $d/t1)\t$(cut -d' ' -f1 $d/tn)\t$ours" >> "$out/eg.tsv"
        rm -rf "$d"
    done
done

# Hessian stage: xtb --hess vs curvature freq --no-opt (Hessian + IR intensities), one thread and default
echo -e "molecule\tthreads\tload\txtb_user_s\txtb_wall_s\tours_user_s\tours_wall_s" > "$out/hess.tsv"
hess() { # molecule threads
    local m=$1 t=$2 d; d=$(mktemp -d); cp "$out/$m.xyz" "$d"
    local env=() jopt=()
    if [[ $t == 1 ]]; then env=(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1); jopt=(-XX:ActiveProcessorCount=1); fi
    (cd "$d" && env "${env[@]}" $T -f "%U %e" -o tx xtb $m.xyz --gfn 2 --hess > xtb.log 2>&1)
    env "${env[@]}" $T -f "%U %e" -o "$d/to" java -XX:+UseSerialGC "${jopt[@]}" -cp "$cp" dev.curvature.cli.Main freq --no-opt --model gfn2 "$root/examples/$m.sdf" > "$out/freq_${m}_t$t.log" 2>&1
    echo -e "$m\t$t\t$(load)\t$(cut -d' ' -f1 $d/tx)\t$(cut -d' ' -f2 $d/tx)\t$(cut -d' ' -f1 $d/to)\t$(cut -d' ' -f2 $d/to)" >> "$out/hess.tsv"
    grep -m1 -A3 "projected vibrational frequencies" "$d/xtb.log" > "$out/xtb_hess_${m}_t$t.head" || true
    rm -rf "$d"
}
for run in 1 2; do hess caffeine 1; hess caffeine default; done
hess ala10 default
hess ala10 1
