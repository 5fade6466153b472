package dev.curvature.forcefield.mmff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Checks the mmffvdw.par reader and the combination rules against values worked out by hand from
 * Halgren's formulas (JCC 17, 490, part I, eqs. 5-9) with the file's constants power = 0.25,
 * B = 0.2, β = 12, DARAD = 0.8, DAEPS = 0.5. The hand values were also confirmed against RDKit's
 * MMFFGetVdWParams for methanol (types 1, 6, 5, 21).
 */
class MmffVdwParametersTest {
    private final MmffVdwParameters p = MmffVdwParameters.standard();

    @Test
    void globalConstantsAreTheFileHeader() {
        assertEquals(0.25, p.power());
        assertEquals(0.2, p.b());
        assertEquals(12.0, p.beta());
        assertEquals(0.8, p.donorAcceptorRadiusScale());
        assertEquals(0.5, p.donorAcceptorWellDepthScale());
    }

    @Test
    void typesAndDonorAcceptorFlags() {
        for (int t = 1; t <= 99; t++) {
            // the file lists types 1-82 and the ions 87-99
            assertEquals(t <= 82 || t >= 87, p.hasType(t), "type " + t);
        }
        assertFalse(p.hasType(0));
        assertFalse(p.hasType(100));
        assertEquals('-', p.donorAcceptor(1));
        assertEquals('A', p.donorAcceptor(6));
        assertEquals('D', p.donorAcceptor(21));
        assertThrows(IllegalArgumentException.class, () -> p.minimumRadius(0));
    }

    @Test
    void minimumRadiusIsAAlphaToTheQuarter() {
        // R*ii = A α^0.25: CR: 3.89 · 1.05^0.25; HC: 4.2 · 0.25^0.25
        assertEquals(3.9377389919, p.minimumRadius(1), 1e-9);
        assertEquals(2.9698484810, p.minimumRadius(5), 1e-9);
        assertEquals(3.89 * Math.pow(1.05, 0.25), p.minimumRadius(1), 1e-12);
    }

    @Test
    void likePairsKeepTheirOwnRadius() {
        assertEquals(p.minimumRadius(1), p.pairMinimumDistance(1, 1), 1e-12);
        // ε(CR,CR) = 181.16 · 1.282² · 1.05² / (2 sqrt(1.05/2.49) · R*⁶)
        double r = p.minimumRadius(1);
        double eps = 181.16 * 1.282 * 1.282 * 1.05 * 1.05 / (2 * Math.sqrt(1.05 / 2.49) * Math.pow(r, 6));
        assertEquals(eps, p.pairWellDepth(1, 1), 1e-12);
        assertEquals(0.0677969930, p.pairWellDepth(1, 1), 1e-9);
        assertEquals(0.0762545980, p.pairWellDepth(6, 6), 1e-9);
    }

    @Test
    void unlikePairGetsTheGammaWidening() {
        // CR–HC: γ = (3.93774 − 2.96985)/(3.93774 + 2.96985) = 0.140119;
        // R* = ½(6.90759)(1 + 0.2(1 − exp(−12 γ²))) = 3.5987879812
        double ri = p.minimumRadius(1), rj = p.minimumRadius(5);
        double gamma = (ri - rj) / (ri + rj);
        assertEquals(0.5 * (ri + rj) * (1 + 0.2 * (1 - Math.exp(-12 * gamma * gamma))), p.pairMinimumDistance(1, 5), 1e-12);
        assertEquals(3.5987879812, p.pairMinimumDistance(1, 5), 1e-9);
        assertEquals(0.0280776564, p.pairWellDepth(1, 5), 1e-9);
        assertEquals(p.pairMinimumDistance(1, 5), p.pairMinimumDistance(5, 1), 0);
        assertEquals(p.pairWellDepth(1, 5), p.pairWellDepth(5, 1), 0);
    }

    @Test
    void donorDropsTheWideningAndDonorAcceptorPairsAreScaled() {
        // HOR (D) – HC (-): no γ term: R* = ½(R*21 + R*5)
        assertEquals(0.5 * (p.minimumRadius(21) + p.minimumRadius(5)), p.pairMinimumDistance(21, 5), 1e-12);
        assertEquals(2.7918234928, p.pairMinimumDistance(21, 5), 1e-9);
        assertEquals(0.0211394539, p.pairWellDepth(21, 5), 1e-9);
        // HOR (D) – OR (A): R* = 0.8 · 3.0859736737, ε = 0.5 · 0.0377436427 (ε from the unscaled R*)
        assertEquals(0.8 * 3.0859736737, p.pairMinimumDistance(21, 6), 1e-9);
        assertEquals(2.4687789390, p.pairMinimumDistance(6, 21), 1e-9);
        assertEquals(0.0188718214, p.pairWellDepth(21, 6), 1e-9);
    }

    @Test
    void sharedFileIsTheBundledFile() throws IOException {
        Path shared = Path.of(System.getProperty("curvature.shared.dir", "../shared"), "data/mmff94-params/mmffvdw.par");
        assertTrue(Files.exists(shared), "shared MMFF parameter directory missing: " + shared);
        try (var in = MmffVdwParameters.class.getResourceAsStream(MmffVdwParameters.RESOURCE)) {
            assertEquals(java.util.Arrays.toString(Files.readAllBytes(shared)), java.util.Arrays.toString(in.readAllBytes()));
        }
    }

    @Test
    void malformedFilesAreRejectedWithTheLine() {
        IOException e = assertThrows(IOException.class, () -> MmffVdwParameters.parse(new StringReader(
                "*  0.25 0.2 12. 0.8 0.5\n 1 1.05 2.49 x 1.282 - CR E94\n"), "bad.par"));
        assertTrue(e.getMessage().contains("bad.par line 2"), e.getMessage());
        assertThrows(IOException.class, () -> MmffVdwParameters.parse(new StringReader(" 1 1.05 2.49 3.89 1.282 - CR E94\n"), "nohead.par"));
    }
}
