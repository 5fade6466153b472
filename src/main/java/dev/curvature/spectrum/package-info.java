/**
 * Vibrational intensities and spectra in the double-harmonic approximation.
 *
 * <p>{@link dev.curvature.spectrum.IrIntensities}: IR intensities (km/mol) from atomic polar tensors
 * of a {@link dev.curvature.charges.ChargeDistribution} and the mass-weighted normal modes of
 * {@link dev.curvature.vibration.NormalModes}. {@link dev.curvature.spectrum.RamanActivities}: Raman
 * activities (Å⁴/amu) and depolarization ratios from ∂α/∂Q by four-point central differences of the
 * analytic, re-equilibrated polarizability. {@link dev.curvature.spectrum.IntensityModel} is the
 * {@code --intensity-model} choice (fixed MMFF94 charges, QEq, EEM);
 * {@link dev.curvature.spectrum.VibrationalIntensities} bundles a computation.
 *
 * <p>{@link dev.curvature.spectrum.Spectrum}: immutable sticks plus an area-normalised broadened curve
 * ({@link dev.curvature.spectrum.Lineshape}, {@link dev.curvature.spectrum.BroadeningOptions}), overlays
 * as {@link dev.curvature.spectrum.ReferenceSpectrum}. Files are io's job: CSV and PNG/SVG plots in
 * {@code dev.curvature.io.spectra}, JCAMP-DX in {@code dev.curvature.io.jcamp}.
 *
 * <p>Depends on {@code charges}, {@code vibration}, {@code structure} and {@code units}, never on a
 * force field: the MMFF94 charges of {@code fixed-mmff94} are passed in by the caller.
 */
package dev.curvature.spectrum;
