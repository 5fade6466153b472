package dev.curvature.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sum of several potentials over the same atoms (a force field plus a dispersion correction, a
 * short-range learned model plus a long-range Coulomb sum): E = Σ E_k, and every property is the
 * sum of the parts' — all properties of the vocabulary are additive (a dipole and a
 * polarizability too: each part's −∂E/∂F adds). It implements what every part implements
 * (intersection), takes a field only if every part does, and refuses parts in different unit
 * systems or with different atom counts. Energy terms are merged by name (the same key from two
 * parts adds). Its workspace holds one workspace per part plus scratch results, so an evaluation
 * loop allocates nothing.
 */
public final class SumPotential implements Potential {
    private final List<Potential> parts;
    private final Set<Property> implemented;
    private final String name;

    public SumPotential(List<? extends Potential> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("a sum needs at least one potential");
        this.parts = List.copyOf(parts);
        Potential first = this.parts.get(0);
        EnumSet<Property> common = EnumSet.allOf(Property.class);
        StringBuilder names = new StringBuilder();
        for (Potential p : this.parts) {
            if (p.atomCount() != first.atomCount())
                throw new IllegalArgumentException(p.modelName() + " has " + p.atomCount() + " atoms, "
                        + first.modelName() + " " + first.atomCount() + ": a sum needs the same atoms");
            if (p.units() != first.units())
                throw new IllegalArgumentException(p.modelName() + " computes in " + p.units().energyUnit() + ", "
                        + first.modelName() + " in " + first.units().energyUnit() + ": convert before summing");
            common.retainAll(p.implementedProperties());
            if (names.length() > 0) names.append('+');
            names.append(p.modelName());
        }
        common.add(Property.ENERGY);
        this.implemented = java.util.Collections.unmodifiableSet(common);
        this.name = names.toString();
    }

    public static SumPotential of(Potential... parts) { return new SumPotential(List.of(parts)); }

    /** The summed potentials, in order. */
    public List<Potential> parts() { return parts; }

    @Override public int atomCount() { return parts.get(0).atomCount(); }
    @Override public String modelName() { return name; }
    @Override public UnitSystem units() { return parts.get(0).units(); }
    @Override public Set<Property> implementedProperties() { return implemented; }

    @Override
    public boolean acceptsField() {
        for (Potential p : parts) if (!p.acceptsField()) return false;
        return true;
    }

    /** One workspace per part and one scratch {@link Results} per part, reused between calls. */
    private static final class Parts implements Workspace {
        final Workspace[] workspaces;
        Results[] scratch;
        Set<Property> scratchFor;

        Parts(List<Potential> parts) {
            workspaces = new Workspace[parts.size()];
            for (int k = 0; k < workspaces.length; k++) workspaces[k] = parts.get(k).newWorkspace();
        }
    }

    @Override public Workspace newWorkspace() { return new Parts(parts); }

    @Override
    public void compute(Configuration c, Results r, Workspace workspace) {
        checkImplemented(r);
        if (c.fieldVoltsPerAngstrom() != null && !acceptsField())
            throw new IllegalArgumentException(name + ": not every part takes an electric field");
        Parts w = workspace instanceof Parts p ? p : new Parts(parts);
        Set<Property> wanted = r.requested();
        if (w.scratch == null || !wanted.equals(w.scratchFor)) {
            w.scratch = new Results[parts.size()];
            for (int k = 1; k < parts.size(); k++) w.scratch[k] = Results.request(atomCount(), wanted);
            w.scratchFor = wanted;
        }
        // the first part writes straight into the caller's arrays, the others add to them
        parts.get(0).compute(c, r, w.workspaces[0]);
        double e = r.energy();
        for (int k = 1; k < parts.size(); k++) {
            Results s = w.scratch[k];
            parts.get(k).compute(c, s, w.workspaces[k]);
            e += s.energy();
            for (Property p : wanted) {
                if (p == Property.ENERGY) continue;
                double[] target = r.array(p), add = s.array(p);
                for (int i = 0; i < target.length; i++) target[i] += add[i];
            }
        }
        r.setEnergy(e);
    }

    @Override
    public Map<String, Double> energyTerms(double[] positionsAngstrom) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Potential p : parts) {
            Map<String, Double> t = p.energyTerms(positionsAngstrom);
            // a part without a split still counts: its whole energy under its model name
            if (t.isEmpty()) out.merge(p.modelName(), p.energy(positionsAngstrom), Double::sum);
            else t.forEach((k, v) -> out.merge(k, v, Double::sum));
        }
        return out;
    }
}
