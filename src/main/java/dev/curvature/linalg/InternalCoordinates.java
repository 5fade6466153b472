package dev.curvature.linalg;

/**
 * Internal coordinates of a few atoms and their exact first and second derivatives with respect to
 * the Cartesian coordinates of those atoms.
 *
 * <p>Every method reads positions from {@code x} (3N values, interleaved x, y, z, Å; atom indices
 * are 0-based) and returns the value of the coordinate. If {@code grad} is not null (length 3k for
 * a k-atom coordinate) it is overwritten with the gradient, atoms in the order of the arguments;
 * if {@code hess} is not null (length (3k)², row-major) it is overwritten with the Hessian in the
 * same order. Nothing is allocated: the Hessian array itself serves as scratch while it is built.
 *
 * <p>All formulas are closed-form. Bends go through unit vectors, the in-plane perpendiculars and
 * the unit normal of the bend plane (a rearrangement of Bakken &amp; Helgaker, J. Chem. Phys. 117,
 * 9160 (2002)) so that sin θ is taken as |p × q| rather than √(1 − cos²θ), which keeps full
 * relative accuracy to within a few degrees of linearity. Dihedrals differentiate
 * φ = atan2(|b2| b1·(b2×b3), (b1×b2)·(b2×b3)) through the bond vectors b1, b2, b3 (gradient as in
 * Blondel &amp; Karplus, J. Comput. Chem. 17, 1132 (1996)). The Wilson angle is π/2 minus the bend
 * angle between the plane normal n = u × w and the out-of-plane bond, chained through n.
 *
 * <p>Coincident atoms (a zero bond vector) are not handled: results are NaN. Where a coordinate is
 * not differentiable (see each method) the documented fallback is returned instead of NaN/∞.
 */
public final class InternalCoordinates {

    private InternalCoordinates() {
    }

    /**
     * Dihedrals whose bend angle at b or c, and Wilson angles whose in-plane angle, has a sine
     * below this are treated as undefined (value 0, zero derivatives).
     */
    public static final double COLLINEAR_SIN = 1e-10;

    // ------------------------------------------------------------------------------------------
    // distance

    /**
     * Distance |x_b − x_a| in Å. Local order (a, b). The Hessian is (I − r̂r̂ᵀ)/r in the bb and aa
     * blocks and its negative in the ab and ba blocks.
     */
    public static double distance(double[] x, int a, int b, double[] grad, double[] hess) {
        double ux = x[3 * b] - x[3 * a], uy = x[3 * b + 1] - x[3 * a + 1], uz = x[3 * b + 2] - x[3 * a + 2];
        double r = Math.sqrt(ux * ux + uy * uy + uz * uz);
        if (grad == null && hess == null) return r;
        double inv = 1.0 / r;
        double px = ux * inv, py = uy * inv, pz = uz * inv;
        if (grad != null) {
            grad[0] = -px; grad[1] = -py; grad[2] = -pz;
            grad[3] = px; grad[4] = py; grad[5] = pz;
        }
        if (hess != null) {
            // M = (I − p pᵀ)/r in the aa and bb blocks, −M in ab and ba
            double xx = inv * (1 - px * px), yy = inv * (1 - py * py), zz = inv * (1 - pz * pz);
            double xy = -inv * px * py, xz = -inv * px * pz, yz = -inv * py * pz;
            for (int blockRow = 0; blockRow < 2; blockRow++) {
                for (int blockCol = 0; blockCol < 2; blockCol++) {
                    double sg = blockRow == blockCol ? 1.0 : -1.0;
                    int o = block(2, blockRow, blockCol);
                    hess[o] = sg * xx; hess[o + 1] = sg * xy; hess[o + 2] = sg * xz;
                    hess[o + 6] = sg * xy; hess[o + 7] = sg * yy; hess[o + 8] = sg * yz;
                    hess[o + 12] = sg * xz; hess[o + 13] = sg * yz; hess[o + 14] = sg * zz;
                }
            }
        }
        return r;
    }

    // ------------------------------------------------------------------------------------------
    // bends

    /**
     * Bend angle a–vertex–c in radians, in [0, π], computed as atan2(|u×w|, u·w) (accurate at all
     * angles). Local order (a, vertex, c).
     *
     * <p>The angle is not differentiable at θ = 0 or π: its Hessian grows like 1/sin θ and loses
     * relative accuracy like ε/sin θ close to linearity. At exactly collinear positions (sin θ = 0)
     * the gradient and Hessian are returned as zero. Terms that must behave well at linear
     * geometries should use {@link #cosBendAngle}.
     */
    public static double bendAngle(double[] x, int a, int vertex, int c, double[] grad, double[] hess) {
        double ux = x[3 * a] - x[3 * vertex], uy = x[3 * a + 1] - x[3 * vertex + 1], uz = x[3 * a + 2] - x[3 * vertex + 2];
        double wx = x[3 * c] - x[3 * vertex], wy = x[3 * c + 1] - x[3 * vertex + 1], wz = x[3 * c + 2] - x[3 * vertex + 2];
        double lu = Math.sqrt(ux * ux + uy * uy + uz * uz), lw = Math.sqrt(wx * wx + wy * wy + wz * wz);
        double iu = 1.0 / lu, iw = 1.0 / lw;
        double px = ux * iu, py = uy * iu, pz = uz * iu;
        double qx = wx * iw, qy = wy * iw, qz = wz * iw;
        double mx = py * qz - pz * qy, my = pz * qx - px * qz, mz = px * qy - py * qx;
        double sin = Math.sqrt(mx * mx + my * my + mz * mz);
        double cos = px * qx + py * qy + pz * qz;
        double theta = Math.atan2(sin, cos);
        if (grad == null && hess == null) return theta;
        if (sin == 0.0) {
            zero(grad);
            zero(hess);
            return theta;
        }
        double is = 1.0 / sin;
        mx *= is; my *= is; mz *= is;
        // e = m × p: in-plane unit vector ⟂ p pointing towards q; f = q × m: ⟂ q pointing towards p
        double ex = my * pz - mz * py, ey = mz * px - mx * pz, ez = mx * py - my * px;
        double fx = qy * mz - qz * my, fy = qz * mx - qx * mz, fz = qx * my - qy * mx;
        if (grad != null) {
            double gax = -ex * iu, gay = -ey * iu, gaz = -ez * iu;
            double gcx = -fx * iw, gcy = -fy * iw, gcz = -fz * iw;
            grad[0] = gax; grad[1] = gay; grad[2] = gaz;
            grad[3] = -gax - gcx; grad[4] = -gay - gcy; grad[5] = -gaz - gcz;
            grad[6] = gcx; grad[7] = gcy; grad[8] = gcz;
        }
        if (hess != null) {
            double cot = cos * is;
            // uu = (p eᵀ + e pᵀ + cot m mᵀ)/|u|², ww = (q fᵀ + f qᵀ + cot m mᵀ)/|w|², uw = −m mᵀ/(sin |u||w|)
            fillBendBlock(hess, block(3, 0, 0), 9, px, py, pz, ex, ey, ez, mx, my, mz, cot, iu * iu);
            fillBendBlock(hess, block(3, 2, 2), 9, qx, qy, qz, fx, fy, fz, mx, my, mz, cot, iw * iw);
            setOuter(hess, block(3, 0, 2), 9, mx, my, mz, mx, my, mz, -is * iu * iw);
            completeCentered(hess, 3, 1);
        }
        return theta;
    }

    /**
     * cos θ of the bend a–vertex–c. Smooth everywhere except for coincident atoms, including at
     * θ = 0 and θ = π, so it is the coordinate of choice for linear and near-linear bends.
     * The value is clamped to [−1, 1]. Local order (a, vertex, c).
     */
    public static double cosBendAngle(double[] x, int a, int vertex, int c, double[] grad, double[] hess) {
        double ux = x[3 * a] - x[3 * vertex], uy = x[3 * a + 1] - x[3 * vertex + 1], uz = x[3 * a + 2] - x[3 * vertex + 2];
        double wx = x[3 * c] - x[3 * vertex], wy = x[3 * c + 1] - x[3 * vertex + 1], wz = x[3 * c + 2] - x[3 * vertex + 2];
        double lu = Math.sqrt(ux * ux + uy * uy + uz * uz), lw = Math.sqrt(wx * wx + wy * wy + wz * wz);
        double iu = 1.0 / lu, iw = 1.0 / lw;
        double px = ux * iu, py = uy * iu, pz = uz * iu;
        double qx = wx * iw, qy = wy * iw, qz = wz * iw;
        double cos = px * qx + py * qy + pz * qz;
        if (grad != null) {
            // dc/du = (q − c p)/|u|, dc/dw = (p − c q)/|w|
            double gax = (qx - cos * px) * iu, gay = (qy - cos * py) * iu, gaz = (qz - cos * pz) * iu;
            double gcx = (px - cos * qx) * iw, gcy = (py - cos * qy) * iw, gcz = (pz - cos * qz) * iw;
            grad[0] = gax; grad[1] = gay; grad[2] = gaz;
            grad[3] = -gax - gcx; grad[4] = -gay - gcy; grad[5] = -gaz - gcz;
            grad[6] = gcx; grad[7] = gcy; grad[8] = gcz;
        }
        if (hess != null) {
            // uu = (3c p pᵀ − p qᵀ − q pᵀ − c I)/|u|², ww likewise with p ↔ q
            fillCosDiagonalBlock(hess, block(3, 0, 0), 9, px, py, pz, qx, qy, qz, cos, iu * iu);
            fillCosDiagonalBlock(hess, block(3, 2, 2), 9, qx, qy, qz, px, py, pz, cos, iw * iw);
            // uw = (I − p pᵀ − q qᵀ + c p qᵀ)/(|u||w|)
            double s = iu * iw;
            int o = block(3, 0, 2);
            double[] h = hess;   // short alias for the nine lines below
            h[o] = s * (1 - px * px - qx * qx + cos * px * qx);
            h[o + 1] = s * (-px * py - qx * qy + cos * px * qy);
            h[o + 2] = s * (-px * pz - qx * qz + cos * px * qz);
            h[o + 9] = s * (-py * px - qy * qx + cos * py * qx);
            h[o + 10] = s * (1 - py * py - qy * qy + cos * py * qy);
            h[o + 11] = s * (-py * pz - qy * qz + cos * py * qz);
            h[o + 18] = s * (-pz * px - qz * qx + cos * pz * qx);
            h[o + 19] = s * (-pz * py - qz * qy + cos * pz * qy);
            h[o + 20] = s * (1 - pz * pz - qz * qz + cos * pz * qz);
            completeCentered(hess, 3, 1);
        }
        // rounding can put the dot product of unit vectors a few ulp outside [−1, 1]; callers may acos it
        return Math.max(-1.0, Math.min(1.0, cos));
    }

    // ------------------------------------------------------------------------------------------
    // dihedral

    /**
     * Dihedral angle a–b–c–d in radians, in (−π, π], IUPAC sign: positive when, looking from b to
     * c, the bond b→a must turn clockwise (by less than π) to eclipse c→d. Local order (a, b, c, d).
     *
     * <p>If a, b, c or b, c, d are collinear (sin of the bend angle at b or c below
     * {@link #COLLINEAR_SIN}) the dihedral is undefined: the value 0 is returned with zero
     * gradient and Hessian. Force fields skip such torsions anyway.
     */
    public static double dihedral(double[] x, int a, int b, int c, int d, double[] grad, double[] hess) {
        double b1x = x[3 * b] - x[3 * a], b1y = x[3 * b + 1] - x[3 * a + 1], b1z = x[3 * b + 2] - x[3 * a + 2];
        double b2x = x[3 * c] - x[3 * b], b2y = x[3 * c + 1] - x[3 * b + 1], b2z = x[3 * c + 2] - x[3 * b + 2];
        double b3x = x[3 * d] - x[3 * c], b3y = x[3 * d + 1] - x[3 * c + 1], b3z = x[3 * d + 2] - x[3 * c + 2];
        // n1 = b1 × b2, n2 = b2 × b3
        double n1x = b1y * b2z - b1z * b2y, n1y = b1z * b2x - b1x * b2z, n1z = b1x * b2y - b1y * b2x;
        double n2x = b2y * b3z - b2z * b3y, n2y = b2z * b3x - b2x * b3z, n2z = b2x * b3y - b2y * b3x;
        double aa = n1x * n1x + n1y * n1y + n1z * n1z;
        double bb = n2x * n2x + n2y * n2y + n2z * n2z;
        double l2 = b2x * b2x + b2y * b2y + b2z * b2z;
        double b1sq = b1x * b1x + b1y * b1y + b1z * b1z;
        double b3sq = b3x * b3x + b3y * b3y + b3z * b3z;
        double tol = COLLINEAR_SIN * COLLINEAR_SIN * l2;
        if (!(aa > tol * b1sq) || !(bb > tol * b3sq)) {
            zero(grad);
            zero(hess);
            return 0.0;
        }
        double l = Math.sqrt(l2);
        double yv = l * (b1x * n2x + b1y * n2y + b1z * n2z);
        double xv = n1x * n2x + n1y * n2y + n1z * n2z;
        double phi = Math.atan2(yv, xv);
        if (phi == -Math.PI) phi = Math.PI;   // keep the range (−π, π] for y = −0 or −tiny
        if (grad == null && hess == null) return phi;

        // gradients with respect to the bond vectors: g1 = l n1/|n1|², g3 = l n2/|n2|²,
        // g2 = −(k1 g1 + k3 g3) with k1 = b1·b2/l², k3 = b3·b2/l²
        double ia = 1.0 / aa, ib = 1.0 / bb, il2 = 1.0 / l2;
        double g1x = l * ia * n1x, g1y = l * ia * n1y, g1z = l * ia * n1z;
        double g3x = l * ib * n2x, g3y = l * ib * n2y, g3z = l * ib * n2z;
        double k1 = (b1x * b2x + b1y * b2y + b1z * b2z) * il2;
        double k3 = (b3x * b2x + b3y * b2y + b3z * b2z) * il2;
        double g2x = -(k1 * g1x + k3 * g3x), g2y = -(k1 * g1y + k3 * g3y), g2z = -(k1 * g1z + k3 * g3z);
        if (grad != null) {
            grad[0] = -g1x; grad[1] = -g1y; grad[2] = -g1z;
            grad[3] = g1x - g2x; grad[4] = g1y - g2y; grad[5] = g1z - g2z;
            grad[6] = g2x - g3x; grad[7] = g2y - g3y; grad[8] = g2z - g3z;
            grad[9] = g3x; grad[10] = g3y; grad[11] = g3z;
        }
        if (hess != null) {
            final int n = 12;
            // Second derivatives with respect to the bond vectors, Hij = ∂g_i/∂b_j (H13 = 0):
            //   H11 = −l (n1 tᵀ + t n1ᵀ)/|n1|⁴, t = b2 × n1
            //   H33 =  l (n2 sᵀ + s n2ᵀ)/|n2|⁴, s = b2 × n2
            //   H12 = n1 r1ᵀ + (l/|n1|²)[b1]×,  r1 = b2/(l|n1|²) − 2l (n1 × b1)/|n1|⁴
            //   H32 = n2 r3ᵀ − (l/|n2|²)[b3]×,  r3 = b2/(l|n2|²) − 2l (b3 × n2)/|n2|⁴
            //   H22 = −sym(g1 q1ᵀ + k1 H12 + g3 q3ᵀ + k3 H32), q1 = (b1 − 2k1 b2)/l², q3 = (b3 − 2k3 b2)/l²
            // They are stored in free blocks of hess and then combined into Cartesian blocks.
            double tx = b2y * n1z - b2z * n1y, ty = b2z * n1x - b2x * n1z, tz = b2x * n1y - b2y * n1x;
            double sx = b2y * n2z - b2z * n2y, sy = b2z * n2x - b2x * n2z, sz = b2x * n2y - b2y * n2x;
            int o11 = block(4, 0, 0), o33 = block(4, 3, 3), o12 = block(4, 0, 2), o23 = block(4, 1, 3);
            int o22 = block(4, 1, 1);
            double c11 = -l * ia * ia;
            setSymOuter(hess, o11, n, n1x, n1y, n1z, tx, ty, tz, c11);
            double c33 = l * ib * ib;
            setSymOuter(hess, o33, n, n2x, n2y, n2z, sx, sy, sz, c33);
            // H12 stored negated in block (a, c); H23 = H32ᵀ stored negated in block (b, d)
            double m1x = n1y * b1z - n1z * b1y, m1y = n1z * b1x - n1x * b1z, m1z = n1x * b1y - n1y * b1x;
            double cr1 = 1.0 / (l * aa), cm1 = -2.0 * l * ia * ia;
            double r1x = cr1 * b2x + cm1 * m1x, r1y = cr1 * b2y + cm1 * m1y, r1z = cr1 * b2z + cm1 * m1z;
            setOuterPlusCross(hess, o12, n, n1x, n1y, n1z, r1x, r1y, r1z, l * ia, b1x, b1y, b1z, -1.0, false);
            double m3x = b3y * n2z - b3z * n2y, m3y = b3z * n2x - b3x * n2z, m3z = b3x * n2y - b3y * n2x;
            double cr3 = 1.0 / (l * bb), cm3 = -2.0 * l * ib * ib;
            double r3x = cr3 * b2x + cm3 * m3x, r3y = cr3 * b2y + cm3 * m3y, r3z = cr3 * b2z + cm3 * m3z;
            setOuterPlusCross(hess, o23, n, n2x, n2y, n2z, r3x, r3y, r3z, -l * ib, b3x, b3y, b3z, -1.0, true);
            // H22
            double q1x = (b1x - 2 * k1 * b2x) * il2, q1y = (b1y - 2 * k1 * b2y) * il2, q1z = (b1z - 2 * k1 * b2z) * il2;
            double q3x = (b3x - 2 * k3 * b2x) * il2, q3y = (b3y - 2 * k3 * b2y) * il2, q3z = (b3z - 2 * k3 * b2z) * il2;
            double g1i, g3i, q1j, q3j;
            for (int i = 0; i < 3; i++) {
                g1i = i == 0 ? g1x : i == 1 ? g1y : g1z;
                g3i = i == 0 ? g3x : i == 1 ? g3y : g3z;
                for (int j = 0; j < 3; j++) {
                    q1j = j == 0 ? q1x : j == 1 ? q1y : q1z;
                    q3j = j == 0 ? q3x : j == 1 ? q3y : q3z;
                    double h12 = -hess[o12 + i * n + j];
                    double h32 = -hess[o23 + j * n + i];
                    hess[o22 + i * n + j] = -(g1i * q1j + k1 * h12 + g3i * q3j + k3 * h32);
                }
            }
            symmetrize(hess, o22, n);
            // Cartesian blocks: b1 = x_b − x_a, b2 = x_c − x_b, b3 = x_d − x_c
            int oab = block(4, 0, 1), obc = block(4, 1, 2), ocd = block(4, 2, 3), oad = block(4, 0, 3);
            int ocC = block(4, 2, 2);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double h11 = hess[o11 + i * n + j];
                    double h12 = -hess[o12 + i * n + j];
                    double h22 = hess[o22 + i * n + j];
                    double h23 = -hess[o23 + i * n + j];
                    double h23t = -hess[o23 + j * n + i];
                    double h33 = hess[o33 + i * n + j];
                    hess[ocC + i * n + j] = h22 - h23 - h23t + h33;
                    hess[obc + i * n + j] = h12 - h22 + h23;
                    hess[oab + i * n + j] = -h11 + h12;
                    hess[ocd + i * n + j] = h23 - h33;
                    hess[oad + i * n + j] = 0.0;
                }
            }
            // bb = H11 − H12 − H12ᵀ + H22 (after the reads of H22 above); ac = −H12 and bd = −H23
            // are already in place.
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double h11 = hess[o11 + i * n + j];
                    double h12 = -hess[o12 + i * n + j];
                    double h12t = -hess[o12 + j * n + i];
                    hess[o22 + i * n + j] += h11 - h12 - h12t;
                }
            }
            mirrorUpperBlocks(hess, 4);
        }
        return phi;
    }

    // ------------------------------------------------------------------------------------------
    // out-of-plane (Wilson) angle

    /**
     * Wilson out-of-plane angle in radians, in [−π/2, π/2]: the angle between the bond center→out
     * and the plane through a, center, c. Positive when out lies on the side of n = u × w, with
     * u = x_a − x_center and w = x_c − x_center. Local order (a, center, c, out).
     *
     * <p>Computed as atan2(n̂·v̂, |n̂×v̂|) with v = x_out − x_center. If a, center, c are collinear
     * (no plane: sin of the angle a–center–c below {@link #COLLINEAR_SIN}) the value 0 with zero
     * derivatives is returned. At χ = ±π/2 exactly the angle is
     * not differentiable; zero derivatives are returned there, and the Hessian grows like
     * 1/cos χ when approaching it. Force fields use it near χ = 0.
     */
    public static double outOfPlaneAngle(double[] x, int a, int center, int c, int out, double[] grad, double[] hess) {
        double ux = x[3 * a] - x[3 * center], uy = x[3 * a + 1] - x[3 * center + 1], uz = x[3 * a + 2] - x[3 * center + 2];
        double wx = x[3 * c] - x[3 * center], wy = x[3 * c + 1] - x[3 * center + 1], wz = x[3 * c + 2] - x[3 * center + 2];
        double vx = x[3 * out] - x[3 * center], vy = x[3 * out + 1] - x[3 * center + 1], vz = x[3 * out + 2] - x[3 * center + 2];
        double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
        double ln = Math.sqrt(nx * nx + ny * ny + nz * nz);
        double lu2 = ux * ux + uy * uy + uz * uz, lw2 = wx * wx + wy * wy + wz * wz;
        if (!(ln > COLLINEAR_SIN * Math.sqrt(lu2 * lw2))) {
            zero(grad);
            zero(hess);
            return 0.0;
        }
        double lv = Math.sqrt(vx * vx + vy * vy + vz * vz);
        double in = 1.0 / ln, iv = 1.0 / lv;
        double px = nx * in, py = ny * in, pz = nz * in;   // n̂
        double qx = vx * iv, qy = vy * iv, qz = vz * iv;   // v̂
        double mx = py * qz - pz * qy, my = pz * qx - px * qz, mz = px * qy - py * qx;
        double cosChi = Math.sqrt(mx * mx + my * my + mz * mz);
        double sinChi = px * qx + py * qy + pz * qz;
        double chi = Math.atan2(sinChi, cosChi);
        if (grad == null && hess == null) return chi;
        if (cosChi == 0.0) {
            zero(grad);
            zero(hess);
            return chi;
        }
        // χ = π/2 − θ(n, v), θ the bend angle between n and v: reuse the bend formulas with
        // p = n̂, q = v̂, m = (p × q)/sin θ, e = m × p, f = q × m (sin θ = cos χ, cos θ = sin χ).
        double is = 1.0 / cosChi;
        mx *= is; my *= is; mz *= is;
        double ex = my * pz - mz * py, ey = mz * px - mx * pz, ez = mx * py - my * px;
        double fx = qy * mz - qz * my, fy = qz * mx - qx * mz, fz = qx * my - qy * mx;
        // dχ/dn = e/|n|, dχ/dv = f/|v|
        double gnx = ex * in, gny = ey * in, gnz = ez * in;
        double gvx = fx * iv, gvy = fy * iv, gvz = fz * iv;
        // n = u × w: dχ/du = w × gn, dχ/dw = gn × u
        double gux = wy * gnz - wz * gny, guy = wz * gnx - wx * gnz, guz = wx * gny - wy * gnx;
        double gwx = gny * uz - gnz * uy, gwy = gnz * ux - gnx * uz, gwz = gnx * uy - gny * ux;
        if (grad != null) {
            grad[0] = gux; grad[1] = guy; grad[2] = guz;
            grad[3] = -gux - gwx - gvx; grad[4] = -guy - gwy - gvy; grad[5] = -guz - gwz - gvz;
            grad[6] = gwx; grad[7] = gwy; grad[8] = gwz;
            grad[9] = gvx; grad[10] = gvy; grad[11] = gvz;
        }
        if (hess != null) {
            final int n = 12;
            double cot = sinChi * is;
            // Hessian of χ in (n, v), held in blocks of the center row that are rewritten last:
            //   Hnn = −(p eᵀ + e pᵀ + cot m mᵀ)/|n|², Hvv = −(q fᵀ + f qᵀ + cot m mᵀ)/|v|²,
            //   Hnv = m mᵀ/(cos χ |n||v|)
            int oNN = block(4, 1, 1), oNV = block(4, 1, 0), oT = block(4, 1, 2);
            fillBendBlock(hess, oNN, n, px, py, pz, ex, ey, ez, mx, my, mz, cot, -in * in);
            fillBendBlock(hess, block(4, 3, 3), n, qx, qy, qz, fx, fy, fz, mx, my, mz, cot, -iv * iv);
            setOuter(hess, oNV, n, mx, my, mz, mx, my, mz, is * in * iv);
            // With J_u = ∂n/∂u = −[w]×, J_w = [u]×:
            //   Huu = [w]× Hnn [w]×ᵀ, Hww = [u]×ᵀ Hnn [u]×, Huw = [w]× Hnn [u]× − [gn]×,
            //   Huv = [w]× Hnv, Hwv = −[u]× Hnv
            int oUU = block(4, 0, 0), oUW = block(4, 0, 2), oWW = block(4, 2, 2);
            int oUV = block(4, 0, 3), oWV = block(4, 2, 3);
            crossTimes(hess, oNN, n, wx, wy, wz, 1.0, hess, oT, n);        // T = [w]× Hnn
            timesCross(hess, oT, n, wx, wy, wz, -1.0, hess, oUU, n);       // Huu = T [w]×ᵀ = −T [w]×
            timesCross(hess, oT, n, ux, uy, uz, 1.0, hess, oUW, n);        // Huw = T [u]× ...
            addCross(hess, oUW, n, gnx, gny, gnz, -1.0);                   //       − [gn]×
            crossTimes(hess, oNN, n, ux, uy, uz, -1.0, hess, oT, n);       // T = [u]×ᵀ Hnn = −[u]× Hnn
            timesCross(hess, oT, n, ux, uy, uz, 1.0, hess, oWW, n);        // Hww = T [u]×
            crossTimes(hess, oNV, n, wx, wy, wz, 1.0, hess, oUV, n);       // Huv
            crossTimes(hess, oNV, n, ux, uy, uz, -1.0, hess, oWV, n);      // Hwv
            symmetrize(hess, oUU, n);
            symmetrize(hess, oWW, n);
            completeCentered(hess, 4, 1);
        }
        return chi;
    }

    // ------------------------------------------------------------------------------------------
    // block helpers (k atoms, 3k × 3k row-major local Hessian)

    /** Offset of the 3×3 block (row atom p, column atom q) in a k-atom local Hessian. */
    private static int block(int k, int p, int q) {
        return 9 * k * p + 3 * q;
    }

    private static void zero(double[] a) {
        if (a != null) java.util.Arrays.fill(a, 0.0);
    }

    /** h[o..] = s · a bᵀ. */
    private static void setOuter(double[] h, int o, int n, double ax, double ay, double az,
                                 double bx, double by, double bz, double s) {
        h[o] = s * ax * bx; h[o + 1] = s * ax * by; h[o + 2] = s * ax * bz;
        h[o + n] = s * ay * bx; h[o + n + 1] = s * ay * by; h[o + n + 2] = s * ay * bz;
        h[o + 2 * n] = s * az * bx; h[o + 2 * n + 1] = s * az * by; h[o + 2 * n + 2] = s * az * bz;
    }

    /** h[o..] = s · (a bᵀ + b aᵀ). */
    private static void setSymOuter(double[] h, int o, int n, double ax, double ay, double az,
                                    double bx, double by, double bz, double s) {
        double xy = s * (ax * by + bx * ay), xz = s * (ax * bz + bx * az), yz = s * (ay * bz + by * az);
        h[o] = 2 * s * ax * bx; h[o + 1] = xy; h[o + 2] = xz;
        h[o + n] = xy; h[o + n + 1] = 2 * s * ay * by; h[o + n + 2] = yz;
        h[o + 2 * n] = xz; h[o + 2 * n + 1] = yz; h[o + 2 * n + 2] = 2 * s * az * bz;
    }

    /** h[o..] = s · (p eᵀ + e pᵀ + cot · m mᵀ): the diagonal block of a bend angle. */
    private static void fillBendBlock(double[] h, int o, int n, double px, double py, double pz,
                                      double ex, double ey, double ez, double mx, double my, double mz,
                                      double cot, double s) {
        double xy = s * (px * ey + ex * py + cot * mx * my);
        double xz = s * (px * ez + ex * pz + cot * mx * mz);
        double yz = s * (py * ez + ey * pz + cot * my * mz);
        h[o] = s * (2 * px * ex + cot * mx * mx); h[o + 1] = xy; h[o + 2] = xz;
        h[o + n] = xy; h[o + n + 1] = s * (2 * py * ey + cot * my * my); h[o + n + 2] = yz;
        h[o + 2 * n] = xz; h[o + 2 * n + 1] = yz; h[o + 2 * n + 2] = s * (2 * pz * ez + cot * mz * mz);
    }

    /** h[o..] = s · (3c p pᵀ − p qᵀ − q pᵀ − c I): the diagonal block of cos θ. */
    private static void fillCosDiagonalBlock(double[] h, int o, int n, double px, double py, double pz,
                                             double qx, double qy, double qz, double c, double s) {
        double c3 = 3 * c;
        double xy = s * (c3 * px * py - px * qy - qx * py);
        double xz = s * (c3 * px * pz - px * qz - qx * pz);
        double yz = s * (c3 * py * pz - py * qz - qy * pz);
        h[o] = s * (c3 * px * px - 2 * px * qx - c); h[o + 1] = xy; h[o + 2] = xz;
        h[o + n] = xy; h[o + n + 1] = s * (c3 * py * py - 2 * py * qy - c); h[o + n + 2] = yz;
        h[o + 2 * n] = xz; h[o + 2 * n + 1] = yz; h[o + 2 * n + 2] = s * (c3 * pz * pz - 2 * pz * qz - c);
    }

    /**
     * h[o..] = sign · (a rᵀ + s [v]×), or its transpose if {@code transpose}. Used for the mixed
     * dihedral blocks.
     */
    private static void setOuterPlusCross(double[] h, int o, int n, double ax, double ay, double az,
                                          double rx, double ry, double rz, double s,
                                          double vx, double vy, double vz, double sign, boolean transpose) {
        // [v]× = [[0, −vz, vy], [vz, 0, −vx], [−vy, vx, 0]]
        double m00 = ax * rx, m01 = ax * ry - s * vz, m02 = ax * rz + s * vy;
        double m10 = ay * rx + s * vz, m11 = ay * ry, m12 = ay * rz - s * vx;
        double m20 = az * rx - s * vy, m21 = az * ry + s * vx, m22 = az * rz;
        if (transpose) {
            double t;
            t = m01; m01 = m10; m10 = t;
            t = m02; m02 = m20; m20 = t;
            t = m12; m12 = m21; m21 = t;
        }
        h[o] = sign * m00; h[o + 1] = sign * m01; h[o + 2] = sign * m02;
        h[o + n] = sign * m10; h[o + n + 1] = sign * m11; h[o + n + 2] = sign * m12;
        h[o + 2 * n] = sign * m20; h[o + 2 * n + 1] = sign * m21; h[o + 2 * n + 2] = sign * m22;
    }

    /** dst = sign · [v]× · src (3×3 blocks; dst must not overlap src). */
    private static void crossTimes(double[] src, int os, int n, double vx, double vy, double vz, double sign,
                                   double[] dst, int od, int nd) {
        for (int j = 0; j < 3; j++) {
            double s0 = src[os + j], s1 = src[os + n + j], s2 = src[os + 2 * n + j];
            dst[od + j] = sign * (-vz * s1 + vy * s2);
            dst[od + nd + j] = sign * (vz * s0 - vx * s2);
            dst[od + 2 * nd + j] = sign * (-vy * s0 + vx * s1);
        }
    }

    /** dst = sign · src · [v]× (3×3 blocks; dst must not overlap src). */
    private static void timesCross(double[] src, int os, int n, double vx, double vy, double vz, double sign,
                                   double[] dst, int od, int nd) {
        for (int i = 0; i < 3; i++) {
            double s0 = src[os + i * n], s1 = src[os + i * n + 1], s2 = src[os + i * n + 2];
            // row i of src times columns of [v]×
            dst[od + i * nd] = sign * (s1 * vz - s2 * vy);
            dst[od + i * nd + 1] = sign * (-s0 * vz + s2 * vx);
            dst[od + i * nd + 2] = sign * (s0 * vy - s1 * vx);
        }
    }

    /** h[o..] += sign · [v]×. */
    private static void addCross(double[] h, int o, int n, double vx, double vy, double vz, double sign) {
        h[o + 1] -= sign * vz; h[o + 2] += sign * vy;
        h[o + n] += sign * vz; h[o + n + 2] -= sign * vx;
        h[o + 2 * n] -= sign * vy; h[o + 2 * n + 1] += sign * vx;
    }

    /** Replaces a 3×3 block by its symmetric part (removes round-off asymmetry). */
    private static void symmetrize(double[] h, int o, int n) {
        double a = 0.5 * (h[o + 1] + h[o + n]), b = 0.5 * (h[o + 2] + h[o + 2 * n]), c = 0.5 * (h[o + n + 2] + h[o + 2 * n + 1]);
        h[o + 1] = a; h[o + n] = a;
        h[o + 2] = b; h[o + 2 * n] = b;
        h[o + n + 2] = c; h[o + 2 * n + 1] = c;
    }

    /** Fills each block below the block diagonal with the transpose of its mirror above it. */
    private static void mirrorUpperBlocks(double[] h, int k) {
        int n = 3 * k;
        for (int r = 0; r < n; r++)
            for (int col = 0; col < r; col++)
                h[r * n + col] = h[col * n + r];
    }

    /**
     * Completes the local Hessian of a coordinate that depends only on the vectors from atom
     * {@code center} to each other atom. On entry, the blocks (p, q) with p ≤ q and p, q ≠ center
     * hold the second derivatives with respect to those vectors; translational invariance gives
     * the rest: each center column entry is minus the sum of its row over the other atoms.
     */
    private static void completeCentered(double[] h, int k, int center) {
        int n = 3 * k, c3 = 3 * center;
        // lower triangle among non-center rows/columns from the upper one
        for (int r = 0; r < n; r++) {
            if (r - c3 >= 0 && r - c3 < 3) continue;
            for (int col = 0; col < r; col++) {
                if (col - c3 >= 0 && col - c3 < 3) continue;
                h[r * n + col] = h[col * n + r];
            }
        }
        // center columns of the other rows, then the center rows by symmetry
        for (int r = 0; r < n; r++) {
            if (r - c3 >= 0 && r - c3 < 3) continue;
            int row = r * n;
            double s0 = 0, s1 = 0, s2 = 0;
            for (int q = 0; q < n; q += 3) {
                if (q == c3) continue;
                s0 += h[row + q];
                s1 += h[row + q + 1];
                s2 += h[row + q + 2];
            }
            h[row + c3] = -s0;
            h[row + c3 + 1] = -s1;
            h[row + c3 + 2] = -s2;
            h[c3 * n + r] = -s0;
            h[(c3 + 1) * n + r] = -s1;
            h[(c3 + 2) * n + r] = -s2;
        }
        for (int i = 0; i < 3; i++) {
            int row = (c3 + i) * n;
            double s0 = 0, s1 = 0, s2 = 0;
            for (int q = 0; q < n; q += 3) {
                if (q == c3) continue;
                s0 += h[row + q];
                s1 += h[row + q + 1];
                s2 += h[row + q + 2];
            }
            h[row + c3] = -s0;
            h[row + c3 + 1] = -s1;
            h[row + c3 + 2] = -s2;
        }
    }
}
