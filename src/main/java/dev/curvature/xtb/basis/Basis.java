package dev.curvature.xtb.basis;

import dev.curvature.xtb.param.ElementParameters;
import dev.curvature.xtb.param.Gfn2Parameters;

/**
 * The GFN2-xTB minimal basis of one molecule: every atom's shells in the parameter file's order,
 * with the offsets that map shells to atoms and to atomic orbitals.
 */
public final class Basis {
    public final int atomCount;
    public final int shellCount;
    public final int aoCount;
    /** Per shell: owning atom, index within its element, first AO, the contracted functions. */
    public final int[] shellAtom, shellIndexInAtom, shellAo;
    public final Shell[] shells;
    /** Per atom: first shell and shell count. */
    public final int[] atomShell, atomShellCount;
    /** Per AO: owning shell. */
    public final int[] aoShell;

    public Basis(Gfn2Parameters par, int[] z) {
        atomCount = z.length;
        atomShell = new int[atomCount];
        atomShellCount = new int[atomCount];
        int nsh = 0;
        for (int a = 0; a < atomCount; a++) {
            atomShell[a] = nsh;
            atomShellCount[a] = par.element(z[a]).shellCount();
            nsh += atomShellCount[a];
        }
        shellCount = nsh;
        shellAtom = new int[nsh];
        shellIndexInAtom = new int[nsh];
        shellAo = new int[nsh];
        shells = new Shell[nsh];
        int nao = 0;
        for (int a = 0; a < atomCount; a++) {
            ElementParameters e = par.element(z[a]);
            for (int s = 0; s < e.shellCount(); s++) {
                int sh = atomShell[a] + s;
                shellAtom[sh] = a;
                shellIndexInAtom[sh] = s;
                shellAo[sh] = nao;
                shells[sh] = ShellCache.get(e, s);
                nao += shells[sh].size();
            }
        }
        aoCount = nao;
        aoShell = new int[nao];
        for (int sh = 0; sh < nsh; sh++)
            for (int m = 0; m < shells[sh].size(); m++) aoShell[shellAo[sh] + m] = sh;
    }

    /** Contracted shells depend only on the element: build each once. */
    private static final class ShellCache {
        private static final java.util.concurrent.ConcurrentHashMap<Long, Shell> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Shell get(ElementParameters e, int s) {
            return CACHE.computeIfAbsent(e.z() * 8L + s, k -> Shell.slater(e.primitiveCount(s), e.principal()[s], e.angular()[s], e.slaterExponent()[s]));
        }
    }
}
