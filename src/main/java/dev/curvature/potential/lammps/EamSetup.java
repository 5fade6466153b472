package dev.curvature.potential.lammps;

import dev.curvature.potential.PeriodicPotential;
import dev.curvature.potential.eam.Eam;
import dev.curvature.structure.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pair_style eam} with {@code pair_coeff I I FILE.eam} per type (funcfl; the element comes
 * from the file's atomic number, or labelmap, which must agree), and {@code pair_style eam/alloy}
 * with {@code pair_coeff * * FILE.eam.alloy E1 E2 ...} (setfl).
 */
final class EamSetup {
    private EamSetup() {}

    static PeriodicPotential alloy(PotentialFile f, Element[] atoms) throws PotentialFileException {
        ManyBodySetup m = ManyBodySetup.read(f, atoms);
        return new Eam("eam/alloy", m.atomSpecies(), EamFiles.readSetfl(m.parameterFile(), m.species()));
    }

    static PeriodicPotential funcfl(PotentialFile f, Element[] atoms) throws PotentialFileException {
        if (f.pairStyleCommand().size() != 2) throw f.error(f.pairStyleCommand(), "pair_style eam takes no arguments");
        Map<Integer, Integer> typeFile = new LinkedHashMap<>();    // type → index into files
        List<EamFiles.Funcfl> files = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        int ntypes = f.typeCount();
        String[] typeElements = new String[ntypes];
        for (PotentialFile.Command c : f.pairCoeffs()) {
            if (c.size() != 4) throw f.error(c, "expected 'pair_coeff I I FILE' (a funcfl file per type)");
            int[] bi = f.bounds(c, 1, ntypes), bj = f.bounds(c, 2, ntypes);
            Path p = f.parameterFile(c, c.word(3));
            int idx = paths.indexOf(p);
            if (idx < 0) {
                paths.add(p);
                files.add(EamFiles.readFuncfl(p));
                idx = files.size() - 1;
            }
            int count = 0;
            for (int i = bi[0]; i <= bi[1]; i++)
                if (i >= bj[0] && i <= bj[1]) {
                    typeFile.put(i, idx);
                    count++;
                }
            if (count == 0) throw f.error(c, "pair_style eam sets types with themselves only (pair_coeff I I FILE)");
        }
        for (int t = 1; t <= ntypes; t++) {
            Integer idx = typeFile.get(t);
            if (idx == null) continue;
            int z = files.get(idx).atomicNumber();
            String fromFile;
            try {
                fromFile = Element.of(z).symbol();
            } catch (IllegalArgumentException e) {
                throw new PotentialFileException(paths.get(idx), 2, "atomic number " + z + " is not an element");
            }
            String label = f.labels().get(t);
            if (label != null && !label.equals(fromFile))
                throw new PotentialFileException(f.file(), 0, "type " + t + " is " + label + " in labelmap but its funcfl file "
                        + paths.get(idx).getFileName() + " is for " + fromFile);
            typeElements[t - 1] = fromFile;
        }
        int[] atomType = f.atomTypes(atoms, typeElements);
        // species = the funcfl files in use, in first-use order; LAMMPS puts only active files on the common grid
        List<Integer> used = new ArrayList<>();
        int[] species = new int[atoms.length];
        for (int i = 0; i < atoms.length; i++) {
            int idx = typeFile.get(atomType[i] + 1);
            if (!used.contains(idx)) used.add(idx);
        }
        for (int t : typeFile.keySet()) if (!used.contains(typeFile.get(t))) used.add(typeFile.get(t));
        for (int i = 0; i < atoms.length; i++) species[i] = used.indexOf(typeFile.get(atomType[i] + 1));
        EamFiles.Funcfl[] active = new EamFiles.Funcfl[used.size()];
        for (int s = 0; s < active.length; s++) active[s] = files.get(used.get(s));
        return new Eam("eam", species, EamFiles.fromFuncfl(active));
    }

}
