package dev.curvature.model;

/**
 * Scratch state a potential may keep between evaluations at nearby geometries (neighbour lists,
 * SCF guesses, work arrays). Made by {@link Potential#newWorkspace()}, owned by one caller (one
 * thread) at a time, and opaque to it: results depend on what it holds only in cost, and at most
 * in round-off (a neighbour list kept from a nearby geometry sums in another order) — except for an
 * iterative model that starts from its previous solution (GFN2-xTB's SCC), whose results then
 * agree within its convergence tolerance, stated by its contract test
 * ({@code PotentialContractTest.historyTolerance}). The bound potential itself stays immutable.
 */
public interface Workspace {
    /** For potentials that keep nothing between calls. */
    Workspace NONE = new Workspace() {};
}
