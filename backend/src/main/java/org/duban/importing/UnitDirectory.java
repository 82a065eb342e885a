package org.duban.importing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The responsibility units a plan document may name, for {@link PlanDocumentPreviewParser}. Back it with the
 * database's units through {@link #of(Collection)}, once per preview (a few hundred units take well under a
 * millisecond to index):
 *
 * <pre>{@code
 * UnitDirectory units = UnitDirectory.of(unitRepository.listAll().stream()
 *         .map(unit -> new UnitDirectory.KnownUnit(unit.id, unit.name)).toList());
 * }</pre>
 */
public interface UnitDirectory {

    /**
     * What a name refers to. {@code unitId} and {@code unitName} are null for a generic group ("各市州政府") or a name
     * that several units share; {@code confidence} in 0–1 says how surely the name identifies the unit: 1.0 for a full
     * name, 0.9 for a known short form, 0.8 for a short form missing its "省", 0.6 for a generic group, 0.5 for a
     * shared name.
     */
    record Match(Long unitId, String unitName, double confidence) {
    }

    /** A unit named in running text at {@code [start, end)}; {@code text} is the name as written there. */
    record Occurrence(int start, int end, String text, Match match) {
    }

    /** A unit with its official name and any short forms beyond those derived automatically (see {@link #of}). */
    record KnownUnit(Long id, String name, List<String> aliases) {
        public KnownUnit {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        public KnownUnit(Long id, String name) {
            this(id, name, List.of());
        }
    }

    /** The unit or group a name taken from a list of units (牵头单位：…) refers to. */
    Optional<Match> find(String mention);

    /** Every known unit or generic group named in running text, left to right, longest name first, not overlapping. */
    List<Occurrence> scan(String text);

    /**
     * An in-memory directory of {@code units} that also knows their usual short forms (see
     * {@link InMemoryUnitDirectory}); the province prefix ("青海省") is the most common "…省" that starts the names.
     */
    static UnitDirectory of(Collection<KnownUnit> units) {
        return new InMemoryUnitDirectory(units, null);
    }

    /** As {@link #of(Collection)} with the province prefix given, e.g. "青海省" or "宁夏回族自治区". */
    static UnitDirectory of(Collection<KnownUnit> units, String provincePrefix) {
        return new InMemoryUnitDirectory(units, provincePrefix);
    }

    /** A directory without units: it recognises only the generic groups. */
    static UnitDirectory empty() {
        return new InMemoryUnitDirectory(List.of(), null);
    }
}
