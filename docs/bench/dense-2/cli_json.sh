#!/bin/bash
# CLI `freq --no-opt --json` on the 1060-atom cluster and C333 (optimized geometry as XYZ), old vs new classes, interleaved.
CP=$(cat /tmp/hdense-cp.txt)
out=/tmp/hd/cli; mkdir -p $out
for round in 1 2; do
for v in old new; do
  if [ $v = old ]; then CL=/tmp/hdense-base-classes; else CL=/tmp/hd/new-classes; fi
  for m in ala1060 c333; do
    f=/tmp/hd/ala1060.sdf; [ $m = c333 ] && f=/tmp/hd/c333opt.xyz
    echo "== $v $m round $round $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out/log.txt
    /usr/bin/time -f "maxrss_kb %M elapsed %e user %U sys %S" java -XX:+UseSerialGC -cp $CL:$CP dev.curvature.cli.Main freq $f --no-opt --json > $out/$v-$m-$round.json 2>> $out/log.txt
  done
done
done
echo DONE >> $out/log.txt
