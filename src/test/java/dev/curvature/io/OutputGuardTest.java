package dev.curvature.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The output guard: identity checks before work, and per-record batches that are all or nothing. */
class OutputGuardTest {

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) { return s.map(p -> p.getFileName().toString()).sorted().toList(); }
    }

    @Test void claimsRefuseInputsByIdentityAndDoubleClaims(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.sdf"), "x");
        Files.createSymbolicLink(dir.resolve("link.sdf"), in);
        OutputGuard g = new OutputGuard(List.of(in));
        assertThrows(IllegalArgumentException.class, () -> g.claim("-o", dir.resolve("link.sdf")));
        assertThrows(IllegalArgumentException.class, () -> g.claim("-o", dir.resolve("sub/../in.sdf")));
        g.claim("-o", dir.resolve("out.sdf"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.claim("--molden", dir.resolve("out.sdf")));
        assertTrue(e.getMessage().startsWith("--molden ") && e.getMessage().contains("the same file as -o"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.claim("--plot", dir.resolve("missing/p.png")));
    }

    @Test void discardedBatchLeavesNothingAndCommittedBatchMovesAll(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.sdf"), "x");
        OutputGuard g = new OutputGuard(List.of(in));
        try (OutputGuard.Batch b = g.batch()) {
            Files.writeString(b.stage(dir.resolve("a.molden")), "half");
            // the record fails here: no commit
        }
        assertEquals(List.of("in.sdf"), names(dir));
        try (OutputGuard.Batch b = g.batch()) {
            Path staged = b.stage(dir.resolve("s.jdx"));
            Files.writeString(staged, "ir");
            Files.writeString(staged.resolveSibling("s-raman.jdx"), "raman"); // a writer's derived sibling name
            assertEquals(List.of("in.sdf"), names(dir).stream().filter(n -> !n.startsWith(".curvature-")).toList());
            b.commit();
        }
        assertEquals(List.of("in.sdf", "s-raman.jdx", "s.jdx"), names(dir));
    }

    @Test void aDerivedNameThatIsAnInputIsRefusedAtCommit(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("w-2.molden"), "input");
        OutputGuard g = new OutputGuard(List.of(in));
        try (OutputGuard.Batch b = g.batch()) {
            Files.writeString(b.stage(dir.resolve("w-2.molden")), "output");
            assertThrows(java.io.IOException.class, b::commit);
        }
        assertEquals("input", Files.readString(in));
        assertEquals(List.of("w-2.molden"), names(dir));
    }
}
