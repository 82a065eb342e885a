package org.duban.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.audit.AuditLog;
import org.duban.common.Conflict;
import org.duban.common.ETags;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sorts;
import org.duban.unit.UnitDtos.UnitInput;
import org.duban.unit.UnitDtos.UnitNode;
import org.duban.unit.UnitDtos.UnitView;

@ApplicationScoped
public class ResponsibilityUnitService {
    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "type", "type");

    static final String ENTITY = "responsibility-unit";

    private final ResponsibilityUnitRepository units;
    private final AuditLog audit;

    ResponsibilityUnitService(ResponsibilityUnitRepository units, AuditLog audit) {
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public PageView<UnitView> list(UnitType type, Long parentId, String text, PageQuery page) {
        return PageView.of(units.search(type, parentId, text, Sorts.parse(page.sort, SORTS, "code,name")), page,
                ResponsibilityUnitService::view);
    }

    /** The whole hierarchy: roots first, children in division-code order. */
    @Transactional
    public List<UnitNode> tree() {
        Map<Long, List<ResponsibilityUnit>> childrenByParent = new LinkedHashMap<>();
        List<ResponsibilityUnit> roots = new ArrayList<>();
        for (ResponsibilityUnit unit : units.listForTree()) {
            if (unit.parent == null) {
                roots.add(unit);
            } else {
                childrenByParent.computeIfAbsent(unit.parent.id, id -> new ArrayList<>()).add(unit);
            }
        }
        return roots.stream().map(root -> node(root, childrenByParent)).toList();
    }

    private static UnitNode node(ResponsibilityUnit unit, Map<Long, List<ResponsibilityUnit>> childrenByParent) {
        List<UnitNode> children = childrenByParent.getOrDefault(unit.id, List.of()).stream()
                .map(child -> node(child, childrenByParent)).toList();
        return new UnitNode(unit.id, unit.code, unit.name, unit.type, children);
    }

    public ResponsibilityUnit find(long id) {
        return units.findByIdOptional(id).orElseThrow(() -> new NotFound("responsibility unit", id));
    }

    @Transactional
    public UnitView get(long id) {
        return view(find(id));
    }

    @Transactional
    public UnitView create(UnitInput input) {
        ResponsibilityUnit unit = new ResponsibilityUnit();
        apply(unit, input);
        units.persistAndFlush(unit);
        UnitView view = view(unit);
        audit.created(ENTITY, unit.id, view);
        return view;
    }

    @Transactional
    public UnitView update(long id, String ifMatch, UnitInput input) {
        ResponsibilityUnit unit = find(id);
        ETags.requireMatch(ifMatch, unit.version);
        UnitView before = view(unit);
        apply(unit, input);
        units.flush();
        UnitView after = view(unit);
        audit.updated(ENTITY, unit.id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        ResponsibilityUnit unit = find(id);
        ETags.requireMatch(ifMatch, unit.version);
        if (units.countChildren(unit) > 0) {
            throw new Conflict("the unit still has units under it; move or remove them first");
        }
        long assignments = units.countAssignments(unit);
        if (assignments > 0) {
            throw new Conflict("the unit still has " + assignments + " assignments; remove them first");
        }
        audit.deleted(ENTITY, unit.id, view(unit));
        units.delete(unit);
        units.flush();
    }

    private void apply(ResponsibilityUnit unit, UnitInput input) {
        ResponsibilityUnit parent = null;
        if (input.parentId() != null) {
            parent = units.findByIdOptional(input.parentId())
                    .orElseThrow(() -> new InvalidInput("parentId", "responsibility unit " + input.parentId() + " does not exist"));
            for (ResponsibilityUnit ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
                if (ancestor == unit) {
                    throw new InvalidInput("parentId", "a unit cannot be placed under itself or its own descendants");
                }
            }
        }
        String code = input.code() == null || input.code().isBlank() ? null : input.code().trim();
        String name = input.name().trim();
        if (code != null) {
            units.findByCode(code).filter(other -> other != unit).ifPresent(other -> {
                throw new Conflict("a responsibility unit with code " + code + " already exists");
            });
        }
        units.findByParentAndName(parent, name).filter(other -> other != unit).ifPresent(other -> {
            throw new Conflict("a responsibility unit named " + name + " already exists under the same parent");
        });
        unit.code = code;
        unit.name = name;
        unit.type = input.type();
        unit.parent = parent;
    }

    static UnitView view(ResponsibilityUnit unit) {
        return new UnitView(unit.id, unit.code, unit.name, unit.type, unit.parent == null ? null : unit.parent.id,
                unit.version);
    }
}
