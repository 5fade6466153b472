package dev.curvature.cli;

import dev.curvature.io.jcamp.ReferenceSpectrumReader;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.spectrum.BroadeningOptions;
import dev.curvature.spectrum.Lineshape;
import dev.curvature.spectrum.ReferenceSpectrum;
import dev.curvature.spectrum.VibrationalIntensities;
import dev.curvature.vibration.NormalModes;
import dev.curvature.workflow.IntensityAnalysis;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** IR/Raman intensity and spectrum options of {@code curvature freq}; the job is workflow.IntensityAnalysis. */
final class IntensityOptions {
    @Option(names = "--intensity-model", paramLabel = "MODEL", defaultValue = "auto",
            description = "Dipoles for IR (and polarizabilities for Raman): model (the energy model's own dipole, e.g. gfn2), "
                    + "qeq, eem (charges re-equilibrated along each mode: charge flux) or fixed-mmff94 (MMFF94 charges, no flux, "
                    + "no Raman); auto = model when the energy model computes a dipole, else qeq. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--raman", description = "Also compute Raman activities (Å⁴/amu) and depolarization ratios.")
    boolean raman;

    @Option(names = "--spectrum", paramLabel = "FILE",
            description = "Write the broadened spectrum: .jdx/.dx (JCAMP-DX linked to the modes; Raman to FILE-raman.jdx) or .csv.")
    Path spectrum;

    @Option(names = "--plot", paramLabel = "FILE", description = "Plot the IR (and Raman) spectrum to .png or .svg.")
    Path plot;

    @Option(names = "--fwhm", paramLabel = "W", defaultValue = "10", description = "Line width (FWHM, cm⁻¹). Default: ${DEFAULT-VALUE}.")
    double fwhmCm1;

    @Option(names = "--lineshape", paramLabel = "SHAPE", defaultValue = "lorentzian", description = "lorentzian or gaussian. Default: ${DEFAULT-VALUE}.")
    String lineshape;

    @Option(names = "--frequency-scale", paramLabel = "S", defaultValue = "1.0",
            description = "Multiply harmonic frequencies by S in spectra (e.g. 0.96). Default: ${DEFAULT-VALUE}.")
    double frequencyScale;

    @Option(names = "--experimental", paramLabel = "FILE", description = "Experimental IR spectrum (JCAMP-DX or CSV) overlaid on the plot.")
    Path experimental;

    private ReferenceSpectrum reference;

    /** Checks the options before any work; usage errors as ParameterException. */
    void check(CommandLine cl) {
        try {
            boolean fromModel = model.equalsIgnoreCase(IntensityAnalysis.AUTO) || model.equalsIgnoreCase(IntensityAnalysis.MODEL);
            boolean polarizable = fromModel || IntensityAnalysis.supportsRaman(model); // also rejects unknown methods; a model is checked when bound
            if (raman && !polarizable)
                throw new ParameterException(cl, "--raman needs a polarizable intensity model (qeq or eem): fixed MMFF94 charges have no polarizability");
            Lineshape.valueOf(lineshape.toUpperCase(Locale.ROOT));
            BroadeningOptions.defaults().withFwhm(fwhmCm1).withFrequencyScale(frequencyScale);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, e.getMessage().startsWith("No enum") ? "unknown line shape '" + lineshape + "' (lorentzian or gaussian)" : e.getMessage());
        }
        if (spectrum != null && !hasExtension(spectrum, ".jdx", ".dx", ".csv"))
            throw new ParameterException(cl, spectrum + ": spectrum format must be .jdx, .dx or .csv");
        if (plot != null && !hasExtension(plot, ".png", ".svg"))
            throw new ParameterException(cl, plot + ": plot format must be .png or .svg");
        if (experimental != null) {
            try {
                reference = ReferenceSpectrumReader.read(experimental);
            } catch (IOException e) {
                throw new ParameterException(cl, e.getMessage());
            }
        }
    }

    private static boolean hasExtension(Path p, String... extensions) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String e : extensions) if (n.endsWith(e)) return true;
        return false;
    }

    ReferenceSpectrum experimentalSpectrum() { return reference; }

    boolean writesFiles() { return spectrum != null || plot != null; }

    /** Intensities of the modes; UnsupportedStructureException names what the charge method cannot describe. */
    VibrationalIntensities compute(NormalModes modes, dev.curvature.model.Potential potential) throws UnsupportedStructureException {
        String chosen = IntensityAnalysis.resolve(model, potential);
        if (chosen.equalsIgnoreCase(IntensityAnalysis.MODEL)) return IntensityAnalysis.fromModel(modes, potential, raman, () -> false);
        if (raman && !IntensityAnalysis.supportsRaman(chosen))
            throw new UnsupportedStructureException("--raman needs a polarizable intensity model (qeq or eem)");
        return IntensityAnalysis.run(modes, chosen, raman);
    }

    /** Grid 0–4000 cm⁻¹ (extended to cover the highest scaled band), step 1 cm⁻¹ (finer for narrow lines). */
    BroadeningOptions broadening(NormalModes modes) {
        double top = 4000;
        for (double f : modes.frequenciesCm1()) top = Math.max(top, Math.ceil(f * frequencyScale + 10 * fwhmCm1));
        double step = Math.min(1.0, fwhmCm1 / 5);
        return new BroadeningOptions(Lineshape.valueOf(lineshape.toUpperCase(Locale.ROOT)), fwhmCm1, frequencyScale, 0, top, step);
    }
}
