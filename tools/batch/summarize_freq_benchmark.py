#!/usr/bin/python3
"""Summarizes a run of tools/batch/freq_benchmark.sh (its WORKDIR as the argument):

- checks that the Spark rows and the plain command's records agree for every record (energy to
  1e-9 kcal/mol, every frequency to 1e-6 cm^-1) and have the same successes and failures;
- wall and CPU time (user + system, from /usr/bin/time) of each side, records per second, and the
  overhead ratio Spark / plain (wall: the slower of the two plain halves, which ran side by side);
- the CPU time of each record on its executor thread (the cpu_seconds column): mean, median,
  p90, p99, max;
- the projected cost of 10^7 such molecules on N executor cores: chunks of C records, each chunk's
  cost the sum of C per-record costs drawn from the measured ones (bootstrap, fixed seed), chunks
  handed in order to whichever core is free first (as Spark's scheduler does), times the measured
  ratio of the Spark process's CPU time to the sum of its records' CPU times (Spark's own work,
  JIT, GC, Parquet writing).
"""
import glob
import heapq
import json
import math
import os
import sys

import numpy as np

work = sys.argv[1]


def timing(name):
    wall, user, system, rss = open(os.path.join(work, name)).read().strip().splitlines()[-1].split('_')
    return float(wall), float(user) + float(system), int(rss) / 1024


def records_of(sdf):
    return sum(1 for line in open(sdf) if line.startswith('$$$$'))


def head_fields(line):
    """record, energy and frequencies of one command record, from the line's head: the records also
    hold every normal mode, hundreds of kB each, which json.loads would parse for nothing."""
    head = line[:line.index('"frequencies":')] + line[line.index('"frequencies":'):].split(']', 1)[0] + ']}'
    return json.loads(head)


half = records_of(os.path.join(work, 'half1.sdf'))
plain = {}
for name, offset in (('plain1.jsonl', 0), ('plain2.jsonl', half)):
    for line in open(os.path.join(work, name)):
        o = head_fields(line) if '"frequencies":' in line else json.loads(line)
        plain[o['record'] + offset] = o
spark = {}
for f in glob.glob(os.path.join(work, 'spark-out', 'json', '*.json')):
    for line in open(f):
        o = json.loads(line)
        spark[o['record']] = o

total = records_of(os.path.join(work, 'lib.sdf'))
ok = [r for r in spark.values() if r['status'] == 'ok']
mismatch = []
for k in range(1, total + 1):
    s, p = spark.get(k), plain.get(k)
    if s is None:
        mismatch.append(f'record {k}: no Spark row')
        continue
    p_ok = p is not None and 'frequencies' in p
    if (s['status'] == 'ok') != p_ok:
        mismatch.append(f"record {k}: Spark {s['status']} ({s.get('error')}), plain {'ok' if p_ok else 'failed'}")
        continue
    if not p_ok:
        continue
    if abs(s['energy'] - p['energy']) > 1e-9:
        mismatch.append(f"record {k}: energy {s['energy']} vs {p['energy']}")
    fs, fp = s['frequencies'], p['frequencies']
    if len(fs) != len(fp) or max((abs(a - b) for a, b in zip(fs, fp)), default=0) > 1e-6:
        mismatch.append(f'record {k}: frequencies differ')
print(f'records: {total}; Spark rows {len(spark)}, ok {len(ok)}; plain records {len(plain)}, '
      f'with frequencies {sum(1 for p in plain.values() if "frequencies" in p)}')
print(f'rows equal (energy 1e-9 kcal/mol, frequencies 1e-6 cm^-1): {total - len(mismatch)} of {total}')
for m in mismatch[:10]:
    print('  MISMATCH', m)

sw, sc, srss = timing('spark.time')
p1, p2 = timing('plain1.time'), timing('plain2.time')
pw, pc = max(p1[0], p2[0]), p1[1] + p2[1]
print(f'Spark local[2]: wall {sw:.1f} s, CPU {sc:.1f} s, max RSS {srss:.0f} MiB, {total / sw:.2f} records/s wall, '
      f'{total / sc:.2f} records per CPU-second')
print(f'plain 2 x freq: wall {pw:.1f} s (halves {p1[0]:.1f}, {p2[0]:.1f}), CPU {pc:.1f} s, max RSS {max(p1[2], p2[2]):.0f} MiB, '
      f'{total / pw:.2f} records/s wall, {total / pc:.2f} records per CPU-second')
print(f'overhead ratio Spark / plain: wall {sw / pw:.3f}, CPU {sc / pc:.3f} (target <= 1.15)')

cpu = np.array([r['cpu_seconds'] for r in spark.values() if r.get('cpu_seconds') is not None])
q = np.percentile(cpu, [50, 90, 99])
print(f'per-record CPU time over {len(cpu)} rows: mean {cpu.mean() * 1e3:.1f} ms, median {q[0] * 1e3:.1f} ms, '
      f'p90 {q[1] * 1e3:.1f} ms, p99 {q[2] * 1e3:.1f} ms, max {cpu.max() * 1e3:.1f} ms, sum {cpu.sum():.1f} s')
factor = sc / cpu.sum()
print(f'Spark process CPU / sum of record CPU: {factor:.3f}')

# projection
bytes_per_record = os.path.getsize(os.path.join(work, 'lib.sdf')) / total
default_chunk = int((32 << 20) / bytes_per_record)
target = 10 ** 7
rng = np.random.default_rng(20261203)


def makespan(cores, chunk):
    chunks = math.ceil(target / chunk)
    costs = np.empty(chunks)
    for i in range(chunks):
        n = min(chunk, target - i * chunk)
        costs[i] = rng.choice(cpu, n).sum()
    free = [0.0] * min(cores, chunks)
    heapq.heapify(free)
    for c in costs:
        heapq.heappush(free, heapq.heappop(free) + c)
    return max(free) * factor, costs.sum() * factor / cores, costs.max() * factor


print(f'projection for 10^7 molecules ({bytes_per_record:.0f} bytes of SDF per record; default 32 MiB chunk = '
      f'{default_chunk} records):')
print('  cores  chunk(records)  chunks  wall(h)  ideal(h)  straggler excess  largest chunk(min)  core-hours')
for cores in (2, 16, 128, 1024):
    for chunk in sorted({default_chunk, max(1, min(default_chunk, target // (4 * cores)))}):
        wall, ideal, largest = makespan(cores, chunk)
        print(f'  {cores:5d}  {chunk:14d}  {math.ceil(target / chunk):6d}  {wall / 3600:7.2f}  {ideal / 3600:8.2f}  '
              f'{wall / ideal - 1:15.1%}  {largest / 60:18.1f}  {wall * cores / 3600:10.0f}')
