package dev.curvature.testing;

import dev.curvature.io.ReadOptions;
import dev.curvature.io.StructureReader;
import dev.curvature.io.crystal.LabelledFrames;
import dev.curvature.ml.data.SiliconDataSet;
import dev.curvature.model.Configuration;
import dev.curvature.model.Potential;
import dev.curvature.model.Property;
import dev.curvature.model.Results;
import dev.curvature.registry.EnergyModels;
import dev.curvature.structure.Structure;
import dev.curvature.workflow.MlTraining;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Small learned potentials trained for tests in a second or two, through the same job as
 * {@code curvature train}: silicon on Stillinger-Weber strained cells, water on MMFF94 labels.
 */
public final class LearnedModels {
    private LearnedModels() {}

    /** A linear Si model (3.8 Å, 4 radial functions, lmax 1) trained on 12 SW strained cells; the data written beside it. */
    public static Path silicon(Path dir) throws Exception {
        Path data = dir.resolve("si-train.extxyz"), model = dir.resolve("si.json");
        LabelledFrames.write(data, new SiliconDataSet(3).strainedCells(12));
        new MlTraining(3.8, 4, 1, 1, 1, 1, MlTraining.DEFAULT_RIDGE, false)
                .run(LabelledFrames.read(data), List.of(), "test", "si.json", null).write(model);
        return model;
    }

    /** A linear H/O model (3.0 Å, 6 radial, lmax 3) trained on {@link #waterData}. */
    public static Path water(Path dir) throws Exception {
        Path data = waterData(dir), model = dir.resolve("water.json");
        new MlTraining(3.0, 6, 3, 1, 1, 1, MlTraining.DEFAULT_RIDGE, false)
                .run(LabelledFrames.read(data), List.of(), "test", "water.json", null).write(model);
        return model;
    }

    /**
     * 40 rattled water geometries (σ = 0.04 Å, seed 3) labelled by Curvature's MMFF94, energies and
     * forces in kcal/mol (declared with units=, so the reader converts them to eV): water-train.extxyz.
     */
    public static Path waterData(Path dir) throws Exception {
        Structure water;
        try (StructureReader r = StructureReader.open(Path.of("examples/water.sdf"), ReadOptions.DEFAULT)) {
            water = r.next().structure();
        }
        Potential mmff = EnergyModels.registry().bind("mmff94", water).potential();
        Random rnd = new Random(3);
        StringBuilder sb = new StringBuilder();
        double[] x0 = water.positions();
        for (int k = 0; k < 40; k++) {
            double[] x = x0.clone();
            for (int a = 0; a < x.length; a++) x[a] += 0.04 * rnd.nextGaussian();
            Results res = Results.request(3, Property.GRADIENT);
            mmff.compute(Configuration.molecule(x), res, null);
            sb.append("3\n").append(String.format(Locale.ROOT, "Properties=species:S:1:pos:R:3:forces:R:3 units=kcal/mol energy=%.10f pbc=\"F F F\" config_type=rattled%n", res.energy()));
            for (int i = 0; i < 3; i++)
                sb.append(String.format(Locale.ROOT, "%s %.8f %.8f %.8f %.8f %.8f %.8f%n", water.element(i).symbol(), x[3 * i], x[3 * i + 1], x[3 * i + 2],
                        -res.gradient()[3 * i], -res.gradient()[3 * i + 1], -res.gradient()[3 * i + 2]));
        }
        Path data = dir.resolve("water-train.extxyz");
        Files.writeString(data, sb);
        return data;
    }
}
