package dev.curvature.io;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One reader per input format. A new format is an {@link InputFormat} constant (extensions, content
 * sniffing) plus a {@link FormatReader} registered here.
 */
final class FormatRegistry {
    private static final Map<InputFormat, Function<RecordAssembly, FormatReader>> READERS = new EnumMap<>(InputFormat.class);

    static {
        READERS.put(InputFormat.SDF, SdfFormatReader::new);
        READERS.put(InputFormat.MOL2, Mol2FormatReader::new);
        READERS.put(InputFormat.XYZ, XyzFormatReader::new);
        READERS.put(InputFormat.PDB, PdbFormatReader::new);
        READERS.put(InputFormat.MMCIF, MmcifFormatReader::new);
        READERS.put(InputFormat.CML, CmlFormatReader::new);
        READERS.put(InputFormat.SMILES, SmilesFormatReader::new);
    }

    private FormatRegistry() {}

    /** A fresh reader for one input in the given format. */
    static FormatReader reader(InputFormat format, RecordAssembly assembly) {
        Function<RecordAssembly, FormatReader> factory = READERS.get(format);
        if (factory == null) throw new IllegalArgumentException("no reader for format " + format);
        return factory.apply(assembly);
    }
}
