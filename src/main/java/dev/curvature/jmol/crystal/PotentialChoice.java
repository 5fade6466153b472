package dev.curvature.jmol.crystal;

import dev.curvature.model.ModelRegistry;
import dev.curvature.model.UnsupportedStructureException;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.CrystalModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The potential a user picked for a crystal action, as the engine's {@code --potential FILE} model
 * (or, for a learned model {@code MODEL.json} written by {@code curvature train}, {@code --model
 * ml:MODEL.json}). Two kinds of LAMMPS file are accepted: a potential file as the CLI takes it ({@code pair_style} and
 * {@code pair_coeff} lines), or a bare LAMMPS parameter file such as Debian's
 * {@code /usr/share/lammps/potentials/Si.sw} — then the two lines are written for it (pair style
 * from the extension, elements of the crystal in order of first appearance) into a temporary file,
 * exactly what a user would type.
 */
public final class PotentialChoice {
    /** Where Debian's lammps-data package puts LAMMPS's potential files. */
    public static final Path DEBIAN_POTENTIALS = Path.of("/usr/share/lammps/potentials");

    private PotentialChoice() {}

    /** The chosen file is not usable; the message is one line for a dialog. */
    public static final class BadPotential extends Exception {
        public BadPotential(String message) { super(message); }
    }

    /** The engine model for {@code file} on this crystal's elements. */
    public static CrystalModel model(Path file, Structure crystal) throws BadPotential {
        if (!Files.isRegularFile(file)) throw new BadPotential(file + ": no such file");
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            // a learned potential written by 'curvature train': the engine's ml:MODEL.json model
            try {
                var m = EnergyModels.registry().model("ml:" + file.toAbsolutePath());
                m.bind(crystal);   // refuses, in one line, a crystal with elements the model was not trained on
                return CrystalModel.of(m);
            } catch (UnsupportedStructureException e) {
                throw new BadPotential(e.getMessage());
            }
        }
        Path potential = isPotentialFile(file) ? file : written(file, crystal);
        try {
            return CrystalModel.of(EnergyModels.registry().model(ModelRegistry.POTENTIAL_SCHEME + ":" + potential));
        } catch (UnsupportedStructureException e) {
            throw new BadPotential(e.getMessage());
        }
    }

    /** The pair style of a bare LAMMPS parameter file, by its name; null if the name says nothing. */
    static String pairStyle(Path parameters) {
        String name = parameters.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".sw")) return "sw";
        if (name.endsWith(".tersoff")) return "tersoff";
        if (name.endsWith(".eam.alloy") || name.endsWith(".setfl")) return "eam/alloy";
        return null;
    }

    /** Whether the file holds LAMMPS commands (a pair_style line) rather than parameters. */
    static boolean isPotentialFile(Path file) {
        try (java.util.stream.Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.limit(200).map(String::strip).anyMatch(l -> l.startsWith("pair_style"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static Path written(Path parameters, Structure crystal) throws BadPotential {
        String style = pairStyle(parameters);
        if (style == null)
            throw new BadPotential(parameters.getFileName() + " has no pair_style line and its name does not say its kind: choose a potential "
                    + "file with pair_style/pair_coeff lines, or a .sw, .tersoff or .eam.alloy parameter file");
        List<String> elements = elements(crystal);
        String text = "# written by Curvature's Jmol plugin for " + parameters.getFileName() + "\n"
                + "pair_style " + style + "\npair_coeff * * " + parameters.toAbsolutePath() + " " + String.join(" ", elements) + "\n";
        try {
            Path tmp = Files.createTempFile("curvature-potential-", ".lmp");
            tmp.toFile().deleteOnExit();
            Files.writeString(tmp, text);
            return tmp;
        } catch (IOException e) {
            throw new BadPotential("cannot write a temporary potential file: " + e.getMessage());
        }
    }

    /** The elements of a crystal, for messages. */
    static List<String> elements(Structure s) {
        Set<String> e = new LinkedHashSet<>();
        for (int i = 0; i < s.atomCount(); i++) e.add(s.element(i).symbol());
        return List.copyOf(e);
    }

}
