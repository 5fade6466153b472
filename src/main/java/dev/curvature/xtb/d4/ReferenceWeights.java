package dev.curvature.xtb.d4;

/**
 * Gaussian weights of an atom's reference systems by its coordination number
 * (Caldeweyher et al. 2019, eq. 5): W_a = Σ_{g=1..n_a} exp(−g·wf·(CN − CN_a)²), normalised over
 * the references, and their CN derivatives. When every Gaussian underflows (very high CN) the
 * reference with the largest CN takes the whole weight, as in the published implementations.
 */
final class ReferenceWeights {
    /** weight[i][a] of reference a of atom i, and dweight[i][a] = d weight / d CN_i. */
    final double[][] weight, dweight;

    ReferenceWeights(D4ElementModel model, int[] z, double[] cn) {
        int n = z.length;
        weight = new double[n][];
        dweight = new double[n][];
        double wf = model.parameters.weightingFactor();
        for (int i = 0; i < n; i++) {
            int nref = model.referenceCount(z[i]);
            double[] w = new double[nref], dw = new double[nref];
            double norm = 0, dnorm = 0, maxRefCn = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < nref; a++) {
                double refCn = model.referenceCn(z[i], a);
                maxRefCn = Math.max(maxRefCn, refCn);
                for (int g = 1; g <= model.gaussianCount(z[i], a); g++) {
                    double width = g * wf, diff = cn[i] - refCn;
                    double gauss = Math.exp(-width * diff * diff);
                    w[a] += gauss;
                    dw[a] += -2 * width * diff * gauss;
                }
                norm += w[a];
                dnorm += dw[a];
            }
            for (int a = 0; a < nref; a++) {
                double value = w[a] / norm;
                double slope = dw[a] / norm - w[a] * dnorm / (norm * norm);
                if (Double.isNaN(value)) value = model.referenceCn(z[i], a) == maxRefCn ? 1 : 0;
                if (Double.isNaN(slope)) slope = 0;
                w[a] = value;
                dw[a] = slope;
            }
            weight[i] = w;
            dweight[i] = dw;
        }
    }
}
