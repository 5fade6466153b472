package dev.curvature.forcefield.geometry;

import dev.curvature.linalg.InternalCoordinates;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Bend and dihedral values against RDKit's rdMolTransforms (fixture by tools/fixtures/make_rdkit_internal_coordinates.py). */
class InternalCoordinatesRdkitTest {

    @Test
    void anglesAndDihedralsAgreeWithRdkit() throws Exception {
        int rows = 0;
        try (InputStream in = getClass().getResourceAsStream("rdkit-internal-coordinates.tsv")) {
            assertNotNull(in, "fixture rdkit-internal-coordinates.tsv missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                String[] c = f[0].trim().split(" ");
                double[] x = new double[12];
                for (int i = 0; i < 12; i++) x[i] = Double.parseDouble(c[i]);
                double angle = Double.parseDouble(f[1]), dihedral = Double.parseDouble(f[2]);
                assertEquals(angle, InternalCoordinates.bendAngle(x, 0, 1, 2, null, null), 1e-12, line);
                assertEquals(Math.cos(angle), InternalCoordinates.cosBendAngle(x, 0, 1, 2, null, null), 1e-12, line);
                assertEquals(dihedral, InternalCoordinates.dihedral(x, 0, 1, 2, 3, null, null), 1e-12, line);
                rows++;
            }
        }
        assertEquals(200, rows);
    }
}
