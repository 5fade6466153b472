#!/bin/bash
# A/B of FreqStages: old = main's classes (h-dense branch point), new = this branch; same bench classes.
CP=$(cat /tmp/hdense-cp.txt)
C333=$(python3 -c 'print("C"*333)')
out=/tmp/hd/ab-$1
mkdir -p $out
for round in 1 2; do
for v in old new; do
  if [ $v = old ]; then CL=/tmp/hdense-base-classes; else CL=/work/h-dense/target/classes; fi
  for m in c333 ala1060; do
    if [ $m = c333 ]; then args="$C333 --start /tmp/hd/c333opt.pos"; else args="/tmp/hd/ala1060.sdf"; fi
    echo "== $v $m round $round $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt
    /usr/bin/time -f "maxrss_kb %M elapsed %e user %U sys %S" java -XX:+UseSerialGC -cp $CL:/tmp/hd/tc:$CP dev.curvature.bench.FreqStages $args --no-optimize --dump $out/$v-$m.txt >> $out/log.txt 2>&1
  done
done
done
echo DONE >> $out/log.txt
