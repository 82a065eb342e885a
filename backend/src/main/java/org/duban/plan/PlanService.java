package org.duban.plan;

import jakarta.inject.Inject;
import org.duban.events.DomainEvents;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.duban.plan.PlanDtos.PlanInput;
import org.duban.plan.PlanDtos.PlanView;

@ApplicationScoped
public class PlanService {
    private static final Map<String, String> SORTS = Map.of(
            "code", "code", "title", "title", "year", "year", "issueDate", "issueDate", "createdAt", "createdAt");

    static final String ENTITY = "plan";

    private final PlanRepository plans;
    private final AuditLog audit;
    @Inject
    DomainEvents events;

    PlanService(PlanRepository plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    @Transactional
    public PageView<PlanView> list(String text, Integer year, PageQuery page) {
        PageView<Plan> found = PageView.of(plans.search(text, year, Sorts.parse(page.sort, SORTS, "-year,code")), page, p -> p);
        List<Long> ids = found.items().stream().map(p -> p.id).toList();
        Map<Long, Long> sections = plans.sectionCounts(ids);
        Map<Long, Long> tasks = plans.taskCounts(ids);
        return found.map(p -> view(p, sections.getOrDefault(p.id, 0L), tasks.getOrDefault(p.id, 0L)));
    }

    public Optional<Plan> findOptional(long id) {
        return plans.findByIdOptional(id);
    }

    public Plan find(long id) {
        return plans.findByIdOptional(id).orElseThrow(() -> new NotFound("plan", id));
    }

    @Transactional
    public PlanView get(long id) {
        return view(find(id));
    }

    @Transactional
    public String sourceText(long id) {
        Plan plan = find(id);
        if (plan.sourceText == null) {
            throw new NotFound("source text of plan", id);
        }
        return plan.sourceText;
    }

    @Transactional
    public PlanView create(PlanInput input) {
        if (plans.findByCode(input.code()).isPresent()) {
            throw new Conflict("a plan with code " + input.code() + " already exists");
        }
        Plan plan = new Plan();
        apply(plan, input);
        plans.persistAndFlush(plan);
        PlanView view = view(plan);
        audit.created(ENTITY, plan.id, view);
        return view;
    }

    @Transactional
    public PlanView update(long id, String ifMatch, PlanInput input) {
        Plan plan = find(id);
        ETags.requireMatch(ifMatch, plan.version);
        PlanView before = view(plan);
        plans.findByCode(input.code()).filter(other -> !other.id.equals(plan.id)).ifPresent(other -> {
            throw new Conflict("a plan with code " + input.code() + " already exists");
        });
        apply(plan, input);
        plans.flush();
        PlanView after = view(plan);
        audit.updated(ENTITY, plan.id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Plan plan = find(id);
        ETags.requireMatch(ifMatch, plan.version);
        long assignments = plans.countAssignments(plan);
        if (assignments > 0) {
            throw new Conflict("the plan still has " + assignments + " assignments; remove them first");
        }
        audit.deleted(ENTITY, plan.id, view(plan));
        plans.delete(plan);
        plans.flush();
    }

    /** Shows the plan on the public progress page, or takes it off. */
    @Transactional
    public PlanView publish(long id, boolean published) {
        Plan plan = find(id);
        PlanView before = view(plan);
        if (published == (plan.publishedAt != null)) {
            return before;
        }
        plan.publishedAt = published ? java.time.OffsetDateTime.now() : null;
        plans.flush();
        PlanView after = view(plan);
        audit.record(published ? "PUBLISH" : "UNPUBLISH", ENTITY, plan.id, before, after);
        if (published) {
            events.publish(DomainEvents.PLAN_PUBLISHED, ENTITY, plan.id, null, plan.id, after);
        }
        return after;
    }

    private void apply(Plan plan, PlanInput input) {
        Plan parent = null;
        if (input.parentId() != null) {
            parent = plans.findByIdOptional(input.parentId())
                    .orElseThrow(() -> new InvalidInput("parentId", "plan " + input.parentId() + " does not exist"));
            for (Plan ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
                if (ancestor == plan) {
                    throw new InvalidInput("parentId", "a plan cannot be its own ancestor");
                }
            }
        }
        plan.code = input.code().trim();
        plan.title = input.title().trim();
        plan.year = input.year();
        plan.issuer = input.issuer();
        plan.documentNumber = input.documentNumber();
        plan.issueDate = input.issueDate();
        plan.parent = parent;
        if (input.sourceText() != null) {
            plan.sourceText = input.sourceText();
        }
        if (input.reportCadence() != null) {
            plan.reportCadence = org.duban.metric.Granularity.valueOf(input.reportCadence());
        }
        if (input.reportDeadlineDays() != null) {
            plan.reportDeadlineDays = input.reportDeadlineDays();
        }
        if (input.warningDays() != null) {
            plan.warningDays = input.warningDays();
        }
    }

    private PlanView view(Plan plan) {
        List<Long> ids = List.of(plan.id);
        return view(plan, plans.sectionCounts(ids).getOrDefault(plan.id, 0L), plans.taskCounts(ids).getOrDefault(plan.id, 0L));
    }

    private static PlanView view(Plan plan, long sectionCount, long taskCount) {
        return new PlanView(plan.id, plan.code, plan.title, plan.year, plan.issuer, plan.documentNumber, plan.issueDate,
                plan.parent == null ? null : plan.parent.id, plan.sourceText != null, sectionCount, taskCount, plan.publishedAt, plan.reportCadence.name(),
                plan.reportDeadlineDays, plan.warningDays, plan.version,
                plan.createdAt, plan.updatedAt);
    }
}
