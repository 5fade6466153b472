package dev.curvature.linalg;

/**
 * Result of a symmetric eigendecomposition A = V diag(λ) Vᵀ: eigenvalues ascending, eigenvector k
 * stored contiguously at {@code vectors[k*n .. k*n+n)} with unit Euclidean norm. Immutable: the
 * accessors copy.
 */
public final class SymmetricEigenDecomposition {
    private final int n;
    private final double[] values;
    private final double[] vectors;

    /** Takes ownership of the arrays (callers in this package pass fresh ones). */
    SymmetricEigenDecomposition(int n, double[] values, double[] vectors) {
        if (values.length != n || vectors.length != n * n)
            throw new IllegalArgumentException("eigen decomposition of size " + n + " needs " + n + " values and " + n * n + " vector components");
        this.n = n;
        this.values = values;
        this.vectors = vectors;
    }

    public int size() { return n; }

    /** Eigenvalues in ascending order (copy). */
    public double[] values() { return values.clone(); }

    public double value(int k) { return values[k]; }

    /** Eigenvector k (unit norm, copy). */
    public double[] vector(int k) {
        double[] v = new double[n];
        System.arraycopy(vectors, k * n, v, 0, n);
        return v;
    }

    /** Component i of eigenvector k. */
    public double component(int k, int i) { return vectors[k * n + i]; }

    /**
     * Sorts eigenpairs ascending (stable for equal values) and normalises the vectors; used by the
     * backends so that every solver returns the same layout. Takes ownership of both arrays.
     */
    static SymmetricEigenDecomposition sortedNormalised(int n, double[] values, double[] vectorsByRow) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (p, q) -> Double.compare(values[p], values[q]));
        boolean sorted = true;
        for (int k = 0; k < n && sorted; k++) sorted = order[k] == k;
        if (sorted) { // LAPACK's usual case: normalise in place, no second n×n array
            for (int k = 0; k < n; k++) {
                double norm = 0;
                for (int i = 0; i < n; i++) norm += vectorsByRow[k * n + i] * vectorsByRow[k * n + i];
                norm = Math.sqrt(norm);
                for (int i = 0; i < n; i++) vectorsByRow[k * n + i] = vectorsByRow[k * n + i] / norm;
            }
            return new SymmetricEigenDecomposition(n, values, vectorsByRow);
        }
        double[] v = new double[n];
        double[] vec = new double[n * n];
        for (int k = 0; k < n; k++) {
            int src = order[k];
            v[k] = values[src];
            double norm = 0;
            for (int i = 0; i < n; i++) norm += vectorsByRow[src * n + i] * vectorsByRow[src * n + i];
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) vec[k * n + i] = vectorsByRow[src * n + i] / norm;
        }
        return new SymmetricEigenDecomposition(n, v, vec);
    }
}
