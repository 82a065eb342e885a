package org.duban.publicview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkus.panache.common.Sort;
import org.duban.common.Api;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.plan.Plan;
import org.duban.plan.PlanRepository;
import org.duban.plan.Section;
import org.duban.plan.SectionRepository;
import org.duban.plan.Task;
import org.duban.plan.TaskRepository;
import org.duban.publicview.PublicDtos.Progress;
import org.duban.publicview.PublicDtos.PublicPlanSummary;
import org.duban.publicview.PublicDtos.PublicPlanView;
import org.duban.publicview.PublicDtos.PublicPrefecture;
import org.duban.publicview.PublicDtos.PublicSection;
import org.duban.publicview.PublicDtos.PublicTask;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The read-only public progress page (政务公开, work point 23); no sign-in. */
@Path(Api.BASE + "/public/plans")
@Tag(name = "Public", description = "Published plans and their progress, readable without signing in")
@PermitAll
public class PublicProgressResource {
    private final PlanRepository plans;
    private final SectionRepository sections;
    private final TaskRepository tasks;
    private final EntityManager em;

    PublicProgressResource(PlanRepository plans, SectionRepository sections, TaskRepository tasks, EntityManager em) {
        this.plans = plans;
        this.sections = sections;
        this.tasks = tasks;
        this.em = em;
    }

    @GET
    @Transactional
    @Operation(summary = "List published plans", description = "Newest publication first.")
    public PageView<PublicPlanSummary> listPublicPlans(@Valid @BeanParam PageQuery page) {
        return PageView.of(plans.find("publishedAt is not null", Sort.descending("publishedAt").and("id")), page,
                PublicProgressResource::summary);
    }

    @GET
    @Path("{code}")
    @Transactional
    @Operation(summary = "A published plan with the progress of each work point and each prefecture")
    public PublicPlanView getPublicPlan(@RestPath String code) {
        Plan plan = plans.findByCode(code).filter(p -> p.publishedAt != null)
                .orElseThrow(() -> new NotFound("published plan", code));
        Map<Long, Progress> byTask = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select a.task.id, count(a), sum(case when a.status = 'COMPLETED' then 1 else 0 end), avg(a.progress)
                from Assignment a where a.task.plan = :plan group by a.task.id""", Object[].class)
                .setParameter("plan", plan).getResultList()) {
            byTask.put((Long) row[0], progress(row[1], row[2], row[3]));
        }
        Map<Long, List<PublicTask>> tasksBySection = new LinkedHashMap<>();
        for (Task task : tasks.find("plan = ?1 and parent is null", Sort.by("position"), plan).list()) {
            tasksBySection.computeIfAbsent(task.section.id, id -> new ArrayList<>()).add(new PublicTask(task.number,
                    task.title, task.content, task.deadline, byTask.getOrDefault(task.id, progress(0L, 0L, null))));
        }
        List<PublicSection> sectionViews = new ArrayList<>();
        for (Section section : sections.findByPlan(plan, Sort.by("number")).list()) {
            sectionViews.add(new PublicSection(section.number, section.label(), section.title,
                    tasksBySection.getOrDefault(section.id, List.of())));
        }
        Object[] overall = em.createQuery("""
                select count(a), sum(case when a.status = 'COMPLETED' then 1 else 0 end), avg(a.progress)
                from Assignment a where a.task.plan = :plan""", Object[].class).setParameter("plan", plan).getSingleResult();
        return new PublicPlanView(summary(plan), progress(overall[0], overall[1], overall[2]), sectionViews,
                prefectures(plan));
    }

    /** Each prefecture with its own and its counties' assignments of the plan. */
    private List<PublicPrefecture> prefectures(Plan plan) {
        List<PublicPrefecture> result = new ArrayList<>();
        List<Object[]> rows = em.createQuery("""
                select p.code, p.name, count(a), sum(case when a.status = 'COMPLETED' then 1 else 0 end), avg(a.progress)
                from ResponsibilityUnit p
                left join Assignment a on a.task.plan = :plan and (a.unit = p or a.unit.parent = p)
                where p.type = org.duban.unit.UnitType.PREFECTURE
                group by p.id, p.code, p.name order by p.code nulls last, p.name""", Object[].class)
                .setParameter("plan", plan).getResultList();
        for (Object[] row : rows) {
            result.add(new PublicPrefecture((String) row[0], (String) row[1], progress(row[2], row[3], row[4])));
        }
        return result;
    }

    private static Progress progress(Object count, Object completed, Object average) {
        long assignments = count == null ? 0 : ((Number) count).longValue();
        long done = completed == null ? 0 : ((Number) completed).longValue();
        int percent = average == null ? 0 : (int) Math.round(((Number) average).doubleValue());
        String status = assignments == 0 ? "NOT_ASSIGNED"
                : done == assignments ? "COMPLETED"
                : percent > 0 || done > 0 ? "IN_PROGRESS" : "NOT_STARTED";
        return new Progress(assignments, done, percent, status);
    }

    private static PublicPlanSummary summary(Plan plan) {
        return new PublicPlanSummary(plan.code, plan.title, plan.year, plan.issuer, plan.documentNumber, plan.issueDate,
                plan.publishedAt);
    }
}
