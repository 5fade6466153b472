#!/usr/bin/env bash
# Checks `curvature batch` on a Spark standalone cluster: starts a master and one worker on the
# loopback address from Maven's jars (no Spark distribution: a scratch SPARK_HOME whose jars/ links
# target/batch-lib's jars and the ones Spark shares with Curvature, e.g. log4j, slf4j, Jackson, which
# Maven files under compile scope and so leaves out of batch-lib), submits the freq job through spark-submit's main class
# (org.apache.spark.deploy.SparkSubmit) with target/curvature.jar, which leaves Spark out, runs the
# same job in local mode (bin/curvature batch), compares the two outputs' JSON lines, and stops the
# master and worker it started (also on failure or Ctrl-C).
# Usage: tools/batch/standalone_check.sh [WORKDIR]     (exit 0: the outputs are identical)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-$(mktemp -d /tmp/curvature-standalone.XXXXXX)}"
mkdir -p "$work"
jar="$root/target/curvature.jar"
lib="$root/target/batch-lib"
[[ -f "$jar" && -d "$lib" ]] || (cd "$root" && mvn -q -B -o -DskipTests package)
read -r -a opens <<< "$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$root/pom.xml")"
inputs=("$root/examples/water.sdf" "$root/examples/co2.sdf" "$root/examples/benzene.sdf"
        "$root/examples/caffeine.sdf" "$root/examples/three_records_one_broken.sdf")

export SPARK_HOME="$work/spark-home" SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_DIRS="$work/local"
rm -rf "$SPARK_HOME"
mkdir -p "$SPARK_HOME/jars" "$work/local" "$work/worker"
# the worker builds its executors' class path from SPARK_HOME/jars, which it uses when a RELEASE file
# marks SPARK_HOME as a distribution (and SPARK_SCALA_VERSION spares it looking for a source build)
touch "$SPARK_HOME/RELEASE"
export SPARK_SCALA_VERSION=2.13
(cd "$root" && mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$work/classpath.txt")
tr ':' '\n' < "$work/classpath.txt" | while read -r j; do ln -sf "$j" "$SPARK_HOME/jars/"; done
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
master="spark://127.0.0.1:$port"

pids=()
stop() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap stop EXIT

wait_for() { # LOG PATTERN WHAT PID
    for _ in $(seq 1 600); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        kill -0 "$4" 2>/dev/null || { echo "standalone_check: $3 exited; see $1" >&2; exit 1; }
        sleep 0.5
    done
    echo "standalone_check: $3 did not start; see $1" >&2
    exit 1
}

java "${opens[@]}" -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$port" --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
wait_for "$work/master.log" "I have been elected leader" "the master" "${pids[-1]}"
java "${opens[@]}" -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --port 0 --webui-port 0 --cores 2 --memory 2g --work-dir "$work/worker" "$master" > "$work/worker.log" 2>&1 &
pids+=($!)
wait_for "$work/worker.log" "Successfully registered with master" "the worker" "${pids[-1]}"
echo "standalone_check: master $master and one worker (2 cores) on 127.0.0.1; logs in $work" >&2

rm -rf "$work/cluster-out" "$work/local-out"
# the spark-submit line of README, with spark-submit's main class instead of the script (a driver whose
# application the master fails can hang: hence the time limit)
set +e
timeout 1800 java "${opens[@]}" -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --deploy-mode client --class dev.curvature.cli.Main \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.executor.memory=1g --conf spark.ui.enabled=false \
    "$jar" batch freq "${inputs[@]}" -o "$work/cluster-out" --json-lines > "$work/submit.log" 2>&1
cluster_rc=$?
timeout 1800 "$root/bin/curvature" batch freq "${inputs[@]}" -o "$work/local-out" --master 'local[2]' --json-lines > "$work/local.log" 2>&1
local_rc=$?
set -e
grep -h '^batch freq:' "$work/submit.log" "$work/local.log" >&2 || true
# one broken record in the inputs: both runs end with exit code 1 and the same rows
if [[ $cluster_rc != 1 || $local_rc != 1 ]]; then
    echo "standalone_check: exit codes cluster $cluster_rc, local $local_rc (expected 1, 1); see $work/submit.log, $work/local.log" >&2
    exit 1
fi
grep -q "Launching executor app-" "$work/master.log" && grep -q "Asked to launch executor" "$work/worker.log" \
    || { echo "standalone_check: the job did not run on the worker's executor" >&2; exit 1; }
# every column but cpu_seconds (each record's CPU time, which differs from run to run)
without_cpu() {
    /usr/bin/python3 -c 'import json, sys
for line in sys.stdin:
    o = json.loads(line)
    o.pop("cpu_seconds", None)
    print(json.dumps(o, sort_keys=True))' | sort
}
cat "$work"/cluster-out/json/*.json | without_cpu > "$work/cluster.jsonl"
cat "$work"/local-out/json/*.json | without_cpu > "$work/local.jsonl"
rows=$(wc -l < "$work/local.jsonl")
if [[ $rows -lt 6 ]] || ! cmp -s "$work/cluster.jsonl" "$work/local.jsonl"; then
    echo "standalone_check: the cluster's rows differ from the local run's ($rows rows); diff $work/cluster.jsonl $work/local.jsonl" >&2
    exit 1
fi
echo "standalone_check: OK: $rows rows from the standalone cluster equal the local run's byte for byte (but cpu_seconds)" >&2
