package dev.curvature.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules README's layout table states, checked on the compiled main classes:
 * <ul>
 *   <li>analyses (optimize, vibration, spectrum, thermo, symmetry, and later elastic/phonon) work on
 *       any model through the {@code model} contract: they never import a force field, a charge
 *       model, a periodic potential or a learned model;</li>
 *   <li>the adapters (cli, jmol) reach models only through {@code registry} and jobs only through
 *       {@code workflow}: no force field, charge model or potential, and no optimizer of their own;</li>
 *   <li>top-level packages form no cycle.</li>
 * </ul>
 */
class ArchitectureTest {
    /** Packages holding energy or charge models (implementations, not the contract). */
    static final String[] MODEL_IMPLEMENTATIONS = {
            "dev.curvature.forcefield..", "dev.curvature.charges..", "dev.curvature.potential..", "dev.curvature.ml..",
            "dev.curvature.xtb.."};

    static final String[] ANALYSES = {
            "dev.curvature.optimize..", "dev.curvature.vibration..", "dev.curvature.spectrum..", "dev.curvature.thermo..",
            "dev.curvature.symmetry..", "dev.curvature.elastic..", "dev.curvature.phonon.."};

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.curvature");
    }

    @Test
    void analysesDoNotImportAModel() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ANALYSES)
                .should().dependOnClassesThat().resideInAnyPackage(MODEL_IMPLEMENTATIONS)
                .because("an analysis works on any model through dev.curvature.model");
        rule.check(classes);
    }

    @Test
    void adaptersGoThroughWorkflowAndTheRegistries() {
        noClasses().that().resideInAnyPackage("dev.curvature.cli..", "dev.curvature.jmol..")
                .should().dependOnClassesThat().resideInAnyPackage(MODEL_IMPLEMENTATIONS)
                .because("cli and jmol choose models in dev.curvature.registry and run jobs in dev.curvature.workflow")
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.curvature.cli..", "dev.curvature.jmol..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.curvature.optimize.Optimizer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.curvature.optimize.RfoOptimizer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.curvature.optimize.LbfgsOptimizer")
                .because("optimizations run as workflow jobs, the same for the command line and the plugin")
                .check(classes);
    }

    @Test
    void noLowerPackageUsesAnAdapter() {
        noClasses().that().resideOutsideOfPackages("dev.curvature.cli..", "dev.curvature.jmol..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.curvature.cli..", "dev.curvature.jmol..")
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.curvature.(*)..").should().beFreeOfCycles().check(classes);
    }
}
