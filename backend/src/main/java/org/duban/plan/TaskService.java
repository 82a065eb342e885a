package org.duban.plan;

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
import org.duban.plan.PlanDtos.CreateTask;
import org.duban.plan.PlanDtos.TaskView;
import org.duban.plan.PlanDtos.UpdateTask;

@ApplicationScoped
public class TaskService {
    private static final Map<String, String> SORTS = Map.of(
            "number", "position", "position", "position", "title", "title", "deadline", "deadline",
            "createdAt", "createdAt");

    static final String ENTITY = "task";

    private final TaskRepository tasks;
    private final PlanService plans;
    private final SectionService sections;
    private final AuditLog audit;

    TaskService(TaskRepository tasks, PlanService plans, SectionService sections, AuditLog audit) {
        this.tasks = tasks;
        this.plans = plans;
        this.sections = sections;
        this.audit = audit;
    }

    @Transactional
    public PageView<TaskView> list(TaskRepository.Filter filter, PageQuery page) {
        PageView<Task> found = PageView.of(tasks.search(filter, Sorts.parse(page.sort, SORTS, "number")), page, t -> t);
        Map<Long, Long> assignmentCounts = tasks.assignmentCounts(found.items().stream().map(t -> t.id).toList());
        return found.map(t -> view(t, assignmentCounts.getOrDefault(t.id, 0L)));
    }

    public Optional<Task> findOptional(long id) {
        return tasks.findByIdOptional(id);
    }

    public Task find(long id) {
        return tasks.findByIdOptional(id).orElseThrow(() -> new NotFound("task", id));
    }

    @Transactional
    public TaskView get(long id) {
        return view(find(id));
    }

    @Transactional
    public TaskView create(CreateTask input) {
        Plan plan = plans.findOptional(input.planId())
                .orElseThrow(() -> new InvalidInput("planId", "plan " + input.planId() + " does not exist"));
        Task task = new Task();
        task.plan = plan;
        place(task, input.sectionId(), input.parentId(), input.number());
        task.position = input.position() == null ? tasks.nextPosition(plan) : input.position();
        task.title = input.title().trim();
        task.content = input.content().trim();
        task.deadline = input.deadline();
        tasks.persistAndFlush(task);
        TaskView view = view(task, 0);
        audit.created(ENTITY, task.id, view);
        return view;
    }

    @Transactional
    public TaskView update(long id, String ifMatch, UpdateTask input) {
        Task task = find(id);
        ETags.requireMatch(ifMatch, task.version);
        TaskView before = view(task);
        if (input.parentId() != null && tasks.countChildren(task) > 0) {
            throw new InvalidInput("parentId", "a task with measures of its own cannot become a measure");
        }
        place(task, input.sectionId(), input.parentId(), input.number());
        task.position = input.position();
        task.title = input.title().trim();
        task.content = input.content().trim();
        task.deadline = input.deadline();
        tasks.flush();
        TaskView after = view(task);
        audit.updated(ENTITY, task.id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Task task = find(id);
        ETags.requireMatch(ifMatch, task.version);
        long assignments = tasks.assignmentCounts(List.of(task.id)).getOrDefault(task.id, 0L);
        if (assignments > 0) {
            throw new Conflict("the task still has " + assignments + " assignments; remove them first");
        }
        if (tasks.countChildren(task) > 0) {
            throw new Conflict("the task still has measures; remove them first");
        }
        audit.deleted(ENTITY, task.id, view(task, 0));
        tasks.delete(task);
        tasks.flush();
    }

    /** Checks that section and parent belong to the task's plan and that the number is free there. */
    private void place(Task task, long sectionId, Long parentId, String number) {
        Section section = sections.findOptional(sectionId)
                .filter(s -> s.plan.id.equals(task.plan.id))
                .orElseThrow(() -> new InvalidInput("sectionId", "section " + sectionId + " is not part of plan " + task.plan.id));
        Task parent = null;
        if (parentId != null) {
            parent = tasks.findByIdOptional(parentId)
                    .filter(p -> p.plan.id.equals(task.plan.id))
                    .orElseThrow(() -> new InvalidInput("parentId", "task " + parentId + " is not part of plan " + task.plan.id));
            if (parent.parent != null || parent == task) {
                throw new InvalidInput("parentId", "measures can only be placed under a work point");
            }
            if (!parent.section.id.equals(section.id)) {
                throw new InvalidInput("sectionId", "a measure must be in the same section as its work point");
            }
        }
        if (tasks.numberTaken(task.plan, number, task.id)) {
            throw new Conflict("plan " + task.plan.id + " already has a task numbered " + number);
        }
        task.section = section;
        task.parent = parent;
        task.number = number;
    }

    private TaskView view(Task task) {
        return view(task, tasks.assignmentCounts(List.of(task.id)).getOrDefault(task.id, 0L));
    }

    private static TaskView view(Task task, long assignmentCount) {
        return new TaskView(task.id, task.plan.id, task.section.id, task.parent == null ? null : task.parent.id,
                task.number, task.position, task.title, task.content, task.deadline, assignmentCount, task.version);
    }
}
