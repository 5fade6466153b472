package dev.curvature.io;

import dev.curvature.structure.Bond;
import dev.curvature.structure.Structure;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixture paths, reading all records, bond lookups. */
final class Fixtures {
    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }

    static List<Record> readAll(Path file, ReadOptions options) throws Exception {
        List<Record> out = new ArrayList<>();
        try (StructureReader r = StructureReader.open(file, options)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    static Structure single(String fixture) throws Exception {
        List<Record> records = readAll(path(fixture), ReadOptions.DEFAULT);
        if (records.size() != 1) throw new AssertionError(fixture + ": expected 1 record, got " + records.size());
        Record r = records.get(0);
        if (!r.isOk()) throw new AssertionError(r.errorMessage());
        return r.structure();
    }

    static int countBonds(Structure s, int z1, int z2, int order) {
        int c = 0;
        for (Bond b : s.bonds()) {
            int a = s.atomicNumber(b.i()), d = s.atomicNumber(b.j());
            if (b.order() == order && (a == z1 && d == z2 || a == z2 && d == z1)) c++;
        }
        return c;
    }

    static double length(Structure s, Bond b) {
        double dx = s.x(b.i()) - s.x(b.j()), dy = s.y(b.i()) - s.y(b.j()), dz = s.z(b.i()) - s.z(b.j());
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    static int count(Structure s, int z) {
        int c = 0;
        for (int a = 0; a < s.atomCount(); a++) if (s.atomicNumber(a) == z) c++;
        return c;
    }
}
