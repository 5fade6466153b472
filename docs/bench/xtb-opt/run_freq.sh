#!/usr/bin/env bash
# Whole `freq` (optimization + Hessian + IR intensities) under GFN2: ours with the ANC optimizer
# (AUTO), ours with the optimizer AUTO used before (--method plbfgs: model-preconditioned L-BFGS),
# and xtb 6.5.1 --ohess, interleaved in the same minutes, one thread and default threads.
# Usage: docs/bench/xtb-opt/run_freq.sh MOLECULE REPEATS > out.tsv   (from the worktree root;
# needs target/classes and the Maven class path in $CURVATURE_DEPS)
set -euo pipefail
mol=${1:-caffeine}; reps=${2:-2}
cp="target/classes:${CURVATURE_DEPS:?set CURVATURE_DEPS to the Maven class path}"
work=$(mktemp -d); obabel "examples/$mol.sdf" -O "$work/$mol.xyz" 2>/dev/null
printf 'run\tthreads\tprogram\tuser_s\twall_s\tload1\tgradients\tenergy\timaginary\n'
for rep in $(seq 1 "$reps"); do
  for threads in 1 default; do
    if [[ $threads == 1 ]]; then env=(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1); jvm=(-XX:ActiveProcessorCount=1); else env=(); jvm=(); fi
    for prog in xtb anc plbfgs; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      if [[ $prog == xtb ]]; then
        d=$(mktemp -d -p "$work"); cp "$work/$mol.xyz" "$d/"
        ( cd "$d" && env "${env[@]}" /usr/bin/time -f '%U %e' -o time.txt xtb "$mol.xyz" --gfn 2 --ohess > out.txt 2>&1 )
        read -r u w < "$d/time.txt"
        grads=$(grep -o 'CONVERGED AFTER [0-9]* ITERATIONS' "$d/out.txt" | grep -o '[0-9]*' || echo NA)
        e=$(grep 'TOTAL ENERGY' "$d/out.txt" | tail -1 | awk '{print $4}')
        im=$(grep -o 'found *[0-9]* *significant imaginary' "$d/out.txt" | grep -o '[0-9]*' || echo 0)
      else
        method=auto; [[ $prog == plbfgs ]] && method=plbfgs
        env "${env[@]}" /usr/bin/time -f '%U %e' -o "$work/time.txt" java -XX:+UseSerialGC "${jvm[@]}" -cp "$cp" \
          dev.curvature.cli.Main freq "examples/$mol.sdf" --model gfn2 --method "$method" --json > "$work/out.json" 2>/dev/null || true
        read -r u w < "$work/time.txt"
        read -r grads e im < <(/usr/bin/python3 -c "
import json,sys
d=json.loads(open('$work/out.json').readline())
o=d['optimization']
print(o.get('gradient_evaluations', o.get('gradients','NA')), d['energy'], d['imaginary_frequencies'])")
      fi
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rep" "$threads" "$prog" "$u" "$w" "$load" "$grads" "$e" "$im"
    done
  done
done
rm -rf "$work"
