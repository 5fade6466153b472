#!/usr/bin/python3
"""Cold-JVM timing of `curvature freq`: each call is a fresh `java -jar JAR freq FILE` (JVM start-up,
class loading, parameter files, typing, optimization, Hessian, modes, thermochemistry, text output
to /dev/null). Prints a TSV row per file: name, exit code, median wall seconds and median CPU
seconds (user + system of the child, all JVM threads) over --repeat runs.
Run: /usr/bin/python3 tools/bench/cold_freq.py target/curvature.jar STARTS_DIR/*.sdf [--repeat 5]
"""
import argparse, os, resource, statistics, subprocess, time

ap = argparse.ArgumentParser()
ap.add_argument('jar')
ap.add_argument('files', nargs='+')
ap.add_argument('--repeat', type=int, default=5)
a = ap.parse_args()

print('name\texit_code\tcold_wall_s\tcold_cpu_s\truns')
for path in a.files:
    wall, cpu, codes = [], [], set()
    for _ in range(a.repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(['java', '-jar', a.jar, 'freq', path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime))
        codes.add(p.returncode)
    name = os.path.splitext(os.path.basename(path))[0]
    print(f'{name}\t{max(codes)}\t{statistics.median(wall):.6g}\t{statistics.median(cpu):.6g}\t{a.repeat}', flush=True)
