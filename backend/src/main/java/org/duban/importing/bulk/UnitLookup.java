package org.duban.importing.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** Units by division code and by name, loaded once per pass; a row names its unit by code, or by name when it has none. */
final class UnitLookup {
    record Unit(long id, String code, String name, String type, Long parentId) {
        org.duban.unit.UnitType unitType() {
            return org.duban.unit.UnitType.valueOf(type);
        }
    }

    final Map<String, Unit> byCode = new HashMap<>();
    final Map<String, List<Unit>> byName = new HashMap<>();

    @SuppressWarnings("unchecked")
    UnitLookup(EntityManager em) {
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, code, name, type, parent_id from responsibility_unit")
                .getResultList()) {
            Unit unit = new Unit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).longValue());
            if (unit.code() != null) {
                byCode.put(unit.code(), unit);
            }
            byName.computeIfAbsent(unit.name(), n -> new ArrayList<>()).add(unit);
        }
    }

    /** The unit of the row's unitCode (or unitName) column, checked against the importer's rights; null after an error. */
    Unit resolve(ImportRow row, ImportContext context) {
        String code = row.text("unitCode");
        String name = row.text("unitName");
        Unit unit;
        if (code != null) {
            unit = byCode.get(code);
            if (unit == null) {
                row.error("unitCode", "no responsibility unit has this code");
                return null;
            }
            if (name != null && !name.equals(unit.name())) {
                row.error("unitName", "does not match the unit of code " + code + " (" + unit.name() + ")");
                return null;
            }
        } else if (name != null) {
            List<Unit> named = byName.getOrDefault(name, List.of());
            if (named.size() != 1) {
                row.error("unitName", named.isEmpty() ? "no responsibility unit has this name"
                        : "several units have this name: give the unit code");
                return null;
            }
            unit = named.get(0);
        } else {
            row.error("unitCode", "is required (or the unit's name when it has no code)");
            return null;
        }
        if (!context.mayWrite(unit.id())) {
            row.error(code != null ? "unitCode" : "unitName", "you may only import your own unit's rows");
            return null;
        }
        return unit;
    }
}
