package dev.curvature.charges;

/**
 * A charge model cannot handle a structure: an element without parameters, coincident atoms, an
 * ill-conditioned hardness matrix, a self-consistency that did not converge. The message is one line
 * and names the atoms (1-based) involved.
 */
public class ChargeModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChargeModelException(String message) {
        super(message);
    }
}
