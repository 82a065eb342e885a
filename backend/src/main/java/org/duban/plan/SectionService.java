package org.duban.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.audit.AuditLog;
import org.duban.common.Conflict;
import org.duban.common.ETags;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sorts;
import org.duban.plan.PlanDtos.SectionInput;
import org.duban.plan.PlanDtos.SectionView;

@ApplicationScoped
public class SectionService {
    private static final Map<String, String> SORTS = Map.of("number", "number", "title", "title");

    static final String ENTITY = "section";

    private final SectionRepository sections;
    private final PlanService plans;
    private final AuditLog audit;

    SectionService(SectionRepository sections, PlanService plans, AuditLog audit) {
        this.sections = sections;
        this.plans = plans;
        this.audit = audit;
    }

    @Transactional
    public PageView<SectionView> list(long planId, PageQuery page) {
        Plan plan = plans.find(planId);
        PageView<Section> found = PageView.of(sections.findByPlan(plan, Sorts.parse(page.sort, SORTS, "number")), page, s -> s);
        Map<Long, Long> taskCounts = sections.taskCounts(found.items().stream().map(s -> s.id).toList());
        return found.map(s -> view(s, taskCounts.getOrDefault(s.id, 0L)));
    }

    public Optional<Section> findOptional(long id) {
        return sections.findByIdOptional(id);
    }

    public Section find(long id) {
        return sections.findByIdOptional(id).orElseThrow(() -> new NotFound("section", id));
    }

    @Transactional
    public SectionView get(long id) {
        return view(find(id));
    }

    @Transactional
    public SectionView create(long planId, SectionInput input) {
        Plan plan = plans.find(planId);
        if (sections.existsInPlan(plan, input.number())) {
            throw new Conflict("plan " + planId + " already has section " + input.number());
        }
        Section section = new Section();
        section.plan = plan;
        section.number = input.number();
        section.title = input.title().trim();
        sections.persistAndFlush(section);
        SectionView view = view(section, 0);
        audit.created(ENTITY, section.id, view);
        return view;
    }

    @Transactional
    public SectionView update(long id, String ifMatch, SectionInput input) {
        Section section = find(id);
        ETags.requireMatch(ifMatch, section.version);
        SectionView before = view(section);
        if (section.number != input.number() && sections.existsInPlan(section.plan, input.number())) {
            throw new Conflict("plan " + section.plan.id + " already has section " + input.number());
        }
        section.number = input.number();
        section.title = input.title().trim();
        sections.flush();
        SectionView after = view(section);
        audit.updated(ENTITY, section.id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Section section = find(id);
        ETags.requireMatch(ifMatch, section.version);
        long assignments = sections.countAssignments(section);
        if (assignments > 0) {
            throw new Conflict("the section's tasks still have " + assignments + " assignments; remove them first");
        }
        audit.deleted(ENTITY, section.id, view(section));
        sections.delete(section);
        sections.flush();
    }

    private SectionView view(Section section) {
        return view(section, sections.taskCounts(List.of(section.id)).getOrDefault(section.id, 0L));
    }

    private static SectionView view(Section section, long taskCount) {
        return new SectionView(section.id, section.plan.id, section.number, section.label(), section.title, taskCount,
                section.version);
    }
}
