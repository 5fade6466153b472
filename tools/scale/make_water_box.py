#!/usr/bin/env python3
"""Writes a cubic-lattice box of rigid TIP3P-geometry waters (O-H 0.9572 Å, H-O-H 104.52°) at
1.0 g/cm³ with reproducible random orientations, as XYZ: the scale benchmark's water box.

usage: make_water_box.py MOLECULES OUT.xyz   (6667 molecules = 20 001 atoms)
"""
import math
import random
import sys

def rotation(rng):
    # uniform random rotation from a random unit quaternion (Shoemake)
    u1, u2, u3 = rng.random(), rng.random(), rng.random()
    a, b = math.sqrt(1 - u1), math.sqrt(u1)
    w, x, y, z = a * math.sin(2 * math.pi * u2), a * math.cos(2 * math.pi * u2), b * math.sin(2 * math.pi * u3), b * math.cos(2 * math.pi * u3)
    return [[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
            [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
            [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)]]

def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    spacing = (18.015 / 6.02214076e23 / 1.0 * 1e24) ** (1 / 3)   # Å per molecule at 1 g/cm³
    side = math.ceil(count ** (1 / 3))
    rng = random.Random(20001)
    half = math.radians(104.52) / 2
    local = [(0.0, 0.0, 0.0), (0.9572 * math.sin(half), 0.9572 * math.cos(half), 0.0),
             (-0.9572 * math.sin(half), 0.9572 * math.cos(half), 0.0)]
    lines = []
    for m in range(count):
        i, j, k = m % side, (m // side) % side, m // (side * side)
        centre = (i * spacing, j * spacing, k * spacing)
        r = rotation(rng)
        for el, p in zip("OHH", local):
            q = [sum(r[a][b] * p[b] for b in range(3)) + centre[a] for a in range(3)]
            lines.append(f"{el} {q[0]:.6f} {q[1]:.6f} {q[2]:.6f}")
    with open(out, "w") as f:
        f.write(f"{len(lines)}\nwater box, {count} molecules, 1.0 g/cm3, make_water_box.py seed 20001\n")
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
