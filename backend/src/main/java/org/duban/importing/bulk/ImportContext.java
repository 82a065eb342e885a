package org.duban.importing.bulk;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.duban.plan.Plan;

/** What every row of one import is checked against: the plan, who imports, and their unit when they are confined to one. */
record ImportContext(EntityManager em, Plan plan, String actorName, Long confinedUnit, LocalDate today) {
    /** Row-level access: a confined importer (a reporter, a unit-bound token) writes only their own unit's rows. */
    boolean mayWrite(long unitId) {
        return confinedUnit == null || confinedUnit == unitId;
    }
}
