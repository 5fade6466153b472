package dev.curvature.model;

import dev.curvature.forcefield.mmff.MmffForceField;
import dev.curvature.forcefield.mmff.MmffVariant;
import dev.curvature.forcefield.uff.UffForceField;
import dev.curvature.structure.Structure;
import org.junit.jupiter.api.Nested;

import java.util.List;

/**
 * The energy-model contract for the molecular force fields on real molecules: MMFF94 and MMFF94s
 * on caffeine and validation-suite records (a cation with its counter-ion, a tripeptide, a
 * dipeptide), UFF on caffeine and a sulfonamide. Each geometry is displaced randomly by up to
 * 0.03 Å so that no term sits at its minimum.
 */
class ForceFieldContractTest {

    /** One force field bound to one molecule, tested at two perturbed geometries. */
    abstract static class Molecule extends PotentialContractTest {
        private Structure structure;

        abstract Structure read() throws Exception;

        abstract Potential bind(Structure s) throws Exception;

        private Structure structure() {
            try {
                if (structure == null) structure = read();
                return structure;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override protected Potential potential() {
            try {
                return bind(structure());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override protected List<Configuration> configurations() { return ContractMolecules.perturbed(structure(), 2, 0.03, 8); }
    }

    @Nested class Mmff94Caffeine extends Molecule {
        @Override Structure read() throws Exception { return ContractMolecules.example("caffeine"); }
        @Override Potential bind(Structure s) throws Exception { return new MmffForceField(MmffVariant.MMFF94).bind(s); }
    }

    @Nested class Mmff94Pteridinium extends Molecule {
        @Override Structure read() throws Exception { return ContractMolecules.suite("MMFF94_hypervalent.sdf", "AMPTRB10"); }
        @Override Potential bind(Structure s) throws Exception { return new MmffForceField(MmffVariant.MMFF94).bind(s); }
    }

    @Nested class Mmff94Tripeptide extends Molecule {
        @Override Structure read() throws Exception { return ContractMolecules.suite("MMFF94_hypervalent.sdf", "CALXES20"); }
        @Override Potential bind(Structure s) throws Exception { return new MmffForceField(MmffVariant.MMFF94).bind(s); }
    }

    @Nested class Mmff94sDipeptide extends Molecule {
        @Override Structure read() throws Exception { return ContractMolecules.suite("MMFF94s_hypervalent.sdf", "BUYXEY10"); }
        @Override Potential bind(Structure s) throws Exception { return new MmffForceField(MmffVariant.MMFF94S).bind(s); }
    }

    @Nested class Mmff94sCaffeine extends Molecule {
        @Override Structure read() throws Exception { return ContractMolecules.example("caffeine"); }
        @Override Potential bind(Structure s) throws Exception { return new MmffForceField(MmffVariant.MMFF94S).bind(s); }
    }

    @Nested class UffCaffeine extends Molecule {
        @Override Structure read() throws Exception { return ContractMolecules.example("caffeine"); }
        @Override Potential bind(Structure s) throws Exception { return new UffForceField().bind(s); }
    }

    @Nested class UffSulfonamide extends Molecule {
        @Override Structure read() throws Exception { return ContractMolecules.suite("MMFF94_hypervalent.sdf", "BEWKUJ04"); }
        @Override Potential bind(Structure s) throws Exception { return new UffForceField().bind(s); }
    }
}
