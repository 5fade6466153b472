/**
 * Vibrational intensities and spectra in the double-harmonic approximation.
 *
 * <p>{@link dev.curvature.spectrum.IrIntensities}: IR intensities (km/mol) from atomic polar tensors
 * of any {@link dev.curvature.model.DipoleModel} (QEq/EEM charges are one) and the mass-weighted normal modes of
 * {@link dev.curvature.vibration.NormalModes}. {@link dev.curvature.spectrum.RamanActivities}: Raman
 * activities (Å⁴/amu) and depolarization ratios from ∂α/∂Q by four-point central differences of the
 * analytic, re-equilibrated polarizability. Which model supplies them is the caller's choice
 * ({@code registry.ChargeMethods}); {@link dev.curvature.spectrum.VibrationalIntensities} bundles a computation.
 *
 * <p>{@link dev.curvature.spectrum.Spectrum}: immutable sticks plus an area-normalised broadened curve
 * ({@link dev.curvature.spectrum.Lineshape}, {@link dev.curvature.spectrum.BroadeningOptions}), overlays
 * as {@link dev.curvature.spectrum.ReferenceSpectrum}. Files are io's job: CSV and PNG/SVG plots in
 * {@code dev.curvature.io.spectra}, JCAMP-DX in {@code dev.curvature.io.jcamp}.
 *
 * <p>Depends on {@code model} (the dipole-model contract), {@code vibration}, {@code structure} and
 * {@code units}; never on a force field or a charge model.
 */
package dev.curvature.spectrum;
