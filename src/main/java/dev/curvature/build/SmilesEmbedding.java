package dev.curvature.build;

import dev.curvature.structure.Structure;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.interfaces.ITetrahedralChirality;
import org.openscience.cdk.layout.StructureDiagramGenerator;
import org.openscience.cdk.modeling.builder3d.ModelBuilder3D;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

import javax.vecmath.Point2d;
import javax.vecmath.Point3d;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * SMILES → 3-D structure with all hydrogens explicit: CDK's template-based ModelBuilder3D, or, when
 * it fails (single heavy atoms, unusual elements), a 2-D layout lifted off the plane; then
 * {@link GeometryCleanup} pulls bond lengths and angles to typical values (the template builder
 * leaves some ring bonds at 1.8 Å). A starting geometry: optimise it before trusting energies.
 */
public final class SmilesEmbedding {
    static { CdkLogging.silence(); }

    private static final int CLEANUP_ITERATIONS = 5000;

    private SmilesEmbedding() {}

    /** Parses and embeds; the name is used if not empty, else the SMILES itself. */
    public static Structure embed(String smiles, String name) throws CdkConversion.ConversionException {
        IAtomContainer mol;
        try {
            mol = new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles.strip());
        } catch (InvalidSmilesException e) {
            throw new CdkConversion.ConversionException("invalid SMILES '" + smiles.strip() + "': " + firstLine(e.getMessage()));
        }
        if (mol.getAtomCount() == 0) throw new CdkConversion.ConversionException("empty SMILES");
        try {
            AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(mol);
        } catch (CDKException e) {
            // typing only helps the template builder; the fallback below does not need it
        }
        AtomContainerManipulator.convertImplicitToExplicitHydrogens(mol);
        List<GeometryCleanup.Chirality> chiralities = new ArrayList<>();
        List<GeometryCleanup.CisTrans> cisTrans = new ArrayList<>();
        readStereo(mol, chiralities, cisTrans);
        if (!buildWithTemplates(mol)) layoutAndLift(mol);
        mol.setTitle(name == null || name.isBlank() ? smiles.strip() : name.strip());
        Structure rough = CdkConversion.toStructure(mol);
        // The template builder ignores stereo: the restraints carry it into the geometry.
        double[] x = GeometryCleanup.refine(rough, CLEANUP_ITERATIONS, chiralities, cisTrans);
        List<String> lost = new ArrayList<>();
        for (GeometryCleanup.Chirality c : chiralities)
            if (GeometryCleanup.signedVolume(x, c.focus(), c.l1(), c.l2(), c.l3()) > 0 != c.clockwise()) lost.add("atom " + (c.focus() + 1));
        for (GeometryCleanup.CisTrans ct : cisTrans)
            if (GeometryCleanup.isTogether(x, ct) != ct.together()) lost.add("bond " + (ct.c1() + 1) + "=" + (ct.c2() + 1));
        if (!lost.isEmpty())
            throw new CdkConversion.ConversionException("could not build the stereo configuration at " + String.join(", ", lost));
        return rough.withPositions(x);
    }

    /** Tetrahedral centres and double-bond configurations the SMILES specifies, as atom indices. */
    private static void readStereo(IAtomContainer mol, List<GeometryCleanup.Chirality> chiralities,
                                   List<GeometryCleanup.CisTrans> cisTrans) {
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            if (se instanceof ITetrahedralChirality tc) {
                IAtom focus = tc.getChiralAtom();
                IAtom[] ligands = tc.getLigands();
                int[] idx = new int[4];
                for (int k = 0; k < 4; k++) {
                    // an implicit hydrogen is written as the focus itself: use the explicit H now there
                    IAtom l = ligands[k] == focus ? hydrogenNotIn(mol, focus, ligands) : ligands[k];
                    if (l == null) { idx = null; break; }
                    idx[k] = mol.indexOf(l);
                }
                if (idx == null) continue;
                chiralities.add(new GeometryCleanup.Chirality(mol.indexOf(focus), idx[0], idx[1], idx[2], idx[3],
                        tc.getStereo() == ITetrahedralChirality.Stereo.CLOCKWISE));
            } else if (se instanceof IDoubleBondStereochemistry db) {
                IBond middle = db.getStereoBond();
                IBond[] sides = db.getBonds();
                IAtom c1 = middle.getBegin(), c2 = middle.getEnd();
                if (!sides[0].contains(c1)) { IAtom t = c1; c1 = c2; c2 = t; }
                IAtom x1 = sides[0].getOther(c1), x2 = sides[1].getOther(c2);
                if (x1 == null || x2 == null) continue;
                cisTrans.add(new GeometryCleanup.CisTrans(mol.indexOf(x1), mol.indexOf(c1), mol.indexOf(c2), mol.indexOf(x2),
                        db.getStereo() == IDoubleBondStereochemistry.Conformation.TOGETHER));
            }
        }
    }

    private static IAtom hydrogenNotIn(IAtomContainer mol, IAtom focus, IAtom[] ligands) {
        for (IAtom nb : mol.getConnectedAtomsList(focus)) {
            if (nb.getAtomicNumber() != 1) continue;
            boolean listed = false;
            for (IAtom l : ligands) listed |= l == nb;
            if (!listed) return nb;
        }
        return null;
    }

    private static boolean buildWithTemplates(IAtomContainer mol) {
        int heavy = 0;
        for (IAtom a : mol.atoms()) if (a.getAtomicNumber() != 1) heavy++;
        if (heavy < 2) return false;
        try {
            synchronized (ModelBuilder3D.class) { // the builder keeps per-instance state
                // Parts of the builder print to System.out directly (e.g. untyped atoms), which would
                // corrupt results written there: mute the standard streams while it runs.
                java.io.PrintStream out = System.out, err = System.err;
                java.io.PrintStream mute = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
                System.setOut(mute);
                System.setErr(mute);
                try {
                    ModelBuilder3D.getInstance(SilentChemObjectBuilder.getInstance()).generate3DCoordinates(mol, false);
                } finally {
                    System.setOut(out);
                    System.setErr(err);
                }
            }
        } catch (Exception | Error e) {
            // the builder fails on some inputs (missing parameters, small molecules); use the fallback
            for (IAtom a : mol.atoms()) a.setPoint3d(null);
            return false;
        }
        for (IAtom a : mol.atoms()) {
            Point3d p = a.getPoint3d();
            if (p == null || !Double.isFinite(p.x) || !Double.isFinite(p.y) || !Double.isFinite(p.z)) return false;
        }
        return true;
    }

    /** A 2-D depiction with bond length ~1.5 Å, moved off the plane by small deterministic offsets. */
    private static void layoutAndLift(IAtomContainer mol) throws CdkConversion.ConversionException {
        try {
            StructureDiagramGenerator sdg = new StructureDiagramGenerator();
            sdg.generateCoordinates(mol);
        } catch (CDKException e) {
            throw new CdkConversion.ConversionException("cannot generate coordinates: " + firstLine(e.getMessage()));
        }
        Random random = new Random(20240531L);
        for (IAtom a : mol.atoms()) {
            Point2d p = a.getPoint2d();
            a.setPoint3d(new Point3d(p.x, p.y, 0.3 * (random.nextDouble() - 0.5)));
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
