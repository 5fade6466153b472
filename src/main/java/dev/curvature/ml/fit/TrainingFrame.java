package dev.curvature.ml.fit;

import dev.curvature.io.crystal.LabelledFrame;
import dev.curvature.ml.descriptor.BasisSpec;

/** A labelled frame with its atoms mapped to the element indices of a basis. */
public record TrainingFrame(LabelledFrame frame, int[] types) {

    /** Maps every atom, or refuses with the frame number and the foreign element. */
    public static TrainingFrame of(LabelledFrame f, BasisSpec spec) {
        int[] t = new int[f.atomCount()];
        for (int i = 0; i < t.length; i++) {
            String el = f.structure().element(i).symbol();
            t[i] = spec.species(el);
            if (t[i] < 0)
                throw new IllegalArgumentException("frame " + f.index() + ": atom " + (i + 1) + " is " + el
                        + ", the model's elements are " + String.join(", ", spec.elements()));
        }
        return new TrainingFrame(f, t);
    }
}
