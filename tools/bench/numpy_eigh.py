#!/usr/bin/python3
"""numpy.linalg.eigh (LAPACK dsyevd through the system OpenBLAS) on the matrices EigenSolverBenchmark uses.

The n×n symmetric test matrix is defined bit for bit in both languages: entry (i, j), i <= j, is
2u - 1 with u = (splitmix64(seed + (i*n + j + 1) * 0x9E3779B97F4A7C15) >> 11) * 2^-53 (seed 2026);
lambda_min and lambda_max are printed so the two outputs can be seen to solve the same problem.
Prints a TSV row per size: n, backend, threads, kernel (OpenBLAS core), median wall seconds and
median process CPU seconds of one eigh (eigenvalues and eigenvectors), samples, lambda_min, lambda_max.
Each median is over --repeat calls after one untimed warm-up call.
Run: /usr/bin/python3 tools/bench/numpy_eigh.py [300 1000 3000] [--repeat 3]
The OpenBLAS thread count comes from OPENBLAS_NUM_THREADS (default: one per core).
"""
import argparse, ctypes, re, statistics, time
import numpy as np

SEED = 2026
GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def test_matrix(n):
    i, j = np.triu_indices(n)
    k = (i * n + j + 1).astype(np.uint64)
    with np.errstate(over='ignore'):
        z = np.uint64(SEED) + k * GOLDEN
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    v = 2.0 * ((z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53) - 1.0
    a = np.zeros((n, n))
    a[i, j] = v
    a[j, i] = v
    return a


def openblas_info():
    """(core name, threads) of the OpenBLAS numpy loaded, or ('unknown', 0)."""
    libs = sorted(set(re.findall(r'(/\S*openblas\S*\.so\S*)', open('/proc/self/maps').read())))
    for path in libs:
        try:
            lib = ctypes.CDLL(path)
            lib.openblas_get_corename.restype = ctypes.c_char_p
            return lib.openblas_get_corename().decode(), lib.openblas_get_num_threads()
        except (OSError, AttributeError):
            continue
    return 'unknown', 0


ap = argparse.ArgumentParser()
ap.add_argument('sizes', nargs='*', type=int, default=[300, 1000, 3000])
ap.add_argument('--repeat', type=int, default=3)
args = ap.parse_args()

np.linalg.eigh(test_matrix(4))  # loads the library so that openblas_info can find it
core, threads = openblas_info()
print('n\tbackend\tthreads\tkernel\tseconds\tcpu_seconds\tsamples\tlambda_min\tlambda_max')
for n in args.sizes:
    a = test_matrix(n)
    w, _ = np.linalg.eigh(a)  # warm-up
    wall, cpu = [], []
    for _ in range(args.repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        w, v = np.linalg.eigh(a)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print(f'{n}\tnumpy {np.__version__} eigh\t{threads}\t{core}\t{statistics.median(wall):.6g}\t{statistics.median(cpu):.6g}'
          f'\t{args.repeat}\t{w[0]:.12g}\t{w[-1]:.12g}', flush=True)
