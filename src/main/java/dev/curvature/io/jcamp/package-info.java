/**
 * JCAMP-DX spectra: {@link dev.curvature.io.jcamp.JcampDxWriter} (XYDATA plus the JDX-MOL models and
 * peaks that link JSpecView peaks to Jmol mode frames), {@link dev.curvature.io.jcamp.JcampDxReader}
 * (AFFN and compressed XYDATA, XYPOINTS) and {@link dev.curvature.io.jcamp.ReferenceSpectrumReader}
 * (JCAMP-DX or CSV, for overlays).
 */
package dev.curvature.io.jcamp;
