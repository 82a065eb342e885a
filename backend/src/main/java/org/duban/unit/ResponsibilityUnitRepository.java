package org.duban.unit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.duban.common.Where;

@ApplicationScoped
public class ResponsibilityUnitRepository implements PanacheRepository<ResponsibilityUnit> {

    public PanacheQuery<ResponsibilityUnit> search(UnitType type, Long parentId, String text, Sort sort) {
        Where where = new Where()
                .and("type = :type", "type", type)
                .and("parent.id = :parentId", "parentId", parentId)
                .contains("(lower(name) like :q escape '\\' or code like :q escape '\\')", "q", text);
        return find(where.jpql(), sort, where.parameters());
    }

    public Optional<ResponsibilityUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<ResponsibilityUnit> findByParentAndName(ResponsibilityUnit parent, String name) {
        return parent == null ? find("parent is null and name = ?1", name).firstResultOptional()
                : find("parent = ?1 and name = ?2", parent, name).firstResultOptional();
    }

    /** Every unit, parents' ids already loaded, in a stable order for building the tree. */
    public List<ResponsibilityUnit> listForTree() {
        return list("order by code nulls last, name, id");
    }

    public long countChildren(ResponsibilityUnit unit) {
        return count("parent", unit);
    }

    public long countAssignments(ResponsibilityUnit unit) {
        return getEntityManager().createQuery("select count(a) from Assignment a where a.unit = :unit", Long.class)
                .setParameter("unit", unit).getSingleResult();
    }

    /** The unit and every unit under it; empty when the unit does not exist. */
    public List<Long> subtreeIds(long unitId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                WITH RECURSIVE subtree AS (
                    SELECT id FROM responsibility_unit WHERE id = ?1
                    UNION ALL
                    SELECT c.id FROM responsibility_unit c JOIN subtree s ON c.parent_id = s.id
                ) SELECT id FROM subtree""").setParameter(1, unitId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
