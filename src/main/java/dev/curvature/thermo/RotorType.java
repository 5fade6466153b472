package dev.curvature.thermo;

/** How a molecule rotates: not at all (atom), about two axes (linear) or three (nonlinear). */
public enum RotorType { ATOM, LINEAR, NONLINEAR }
