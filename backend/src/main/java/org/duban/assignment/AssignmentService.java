package org.duban.assignment;

import jakarta.inject.Inject;
import org.duban.events.DomainEvents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.assignment.AssignmentDtos.AssignmentView;
import org.duban.assignment.AssignmentDtos.BulkAssign;
import org.duban.assignment.AssignmentDtos.CreateAssignment;
import org.duban.assignment.AssignmentDtos.UnitRole;
import org.duban.assignment.AssignmentDtos.UpdateAssignment;
import org.duban.account.CurrentActor;
import org.duban.audit.AuditLog;
import org.duban.inbox.Notifications;
import org.duban.common.Conflict;
import org.duban.common.ETags;
import org.duban.common.FieldError;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sorts;
import org.duban.plan.Task;
import org.duban.plan.TaskService;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.ResponsibilityUnitRepository;

@ApplicationScoped
public class AssignmentService {
    private static final Map<String, String> SORTS = Map.of(
            "dueDate", "dueDate", "taskNumber", "task.position", "unitName", "unit.name", "role", "role",
            "status", "status", "progress", "progress", "createdAt", "createdAt");

    static final String ENTITY = "assignment";

    private final AssignmentRepository assignments;
    private final TaskService tasks;
    private final ResponsibilityUnitRepository units;
    private final AuditLog audit;
    @Inject
    DomainEvents events;
    private final CurrentActor actor;
    private final Notifications notifications;

    AssignmentService(AssignmentRepository assignments, TaskService tasks, ResponsibilityUnitRepository units,
            AuditLog audit, CurrentActor actor, Notifications notifications) {
        this.notifications = notifications;
        this.assignments = assignments;
        this.tasks = tasks;
        this.units = units;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * A confined actor (a REPORTER, a unit-bound token) sees only its own unit's assignments; asking
     * for another unit's by filter is refused.
     */
    @Transactional
    public PageView<AssignmentView> list(AssignmentRepository.Filter filter, Long withinUnitId, PageQuery page) {
        filter = filter.withUnit(actor.unitFilter(filter.unitId()));
        if (withinUnitId != null) {
            List<Long> within = units.subtreeIds(withinUnitId);
            if (within.isEmpty()) {
                throw new InvalidInput("withinUnitId", "responsibility unit " + withinUnitId + " does not exist");
            }
            filter = filter.within(within);
        }
        if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueFrom().isAfter(filter.dueTo())) {
            throw new InvalidInput("dueTo", "must not be before dueFrom");
        }
        return PageView.of(assignments.search(filter, Sorts.parse(page.sort, SORTS, "taskNumber,role,unitName")), page,
                AssignmentService::view);
    }

    public Assignment find(long id) {
        return assignments.findByIdOptional(id).orElseThrow(() -> new NotFound("assignment", id));
    }

    @Transactional
    public AssignmentView get(long id) {
        Assignment assignment = find(id);
        actor.requireVisible(assignment.unit.id, ENTITY, id);
        return view(assignment);
    }

    @Transactional
    public AssignmentView create(CreateAssignment input) {
        Task task = tasks.findOptional(input.taskId())
                .orElseThrow(() -> new InvalidInput("taskId", "task " + input.taskId() + " does not exist"));
        ResponsibilityUnit unit = units.findByIdOptional(input.unitId())
                .orElseThrow(() -> new InvalidInput("unitId", "responsibility unit " + input.unitId() + " does not exist"));
        if (!assignments.unitsAlreadyAssigned(task, List.of(unit.id)).isEmpty()) {
            throw new Conflict(unit.name + " is already assigned to task " + task.number);
        }
        Assignment assignment = newAssignment(task, unit, input.role(), input.dueDate(), input.note());
        assignments.persistAndFlush(assignment);
        AssignmentView view = view(assignment);
        audit.created(ENTITY, assignment.id, view);
        events.publish(DomainEvents.ASSIGNMENT_CREATED, ENTITY, assignment.id, unit.id, task.plan.id, view);
        notifyAssigned(view);
        return view;
    }

    /** Assigns a task to several units in one transaction: every unit is checked before anything is written. */
    @Transactional
    public List<AssignmentView> assignMany(long taskId, BulkAssign input) {
        Task task = tasks.find(taskId);
        List<FieldError> errors = new ArrayList<>();
        List<ResponsibilityUnit> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.units().size(); i++) {
            long unitId = input.units().get(i).unitId();
            String field = "units[" + i + "].unitId";
            if (!seen.add(unitId)) {
                errors.add(new FieldError(field, "unit " + unitId + " is listed more than once"));
                continue;
            }
            units.findByIdOptional(unitId).ifPresentOrElse(found::add,
                    () -> errors.add(new FieldError(field, "responsibility unit " + unitId + " does not exist")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<Long> taken = assignments.unitsAlreadyAssigned(task, seen);
        if (!taken.isEmpty()) {
            List<FieldError> conflicts = new ArrayList<>();
            for (int i = 0; i < input.units().size(); i++) {
                if (taken.contains(input.units().get(i).unitId())) {
                    conflicts.add(new FieldError("units[" + i + "].unitId", "already assigned to this task"));
                }
            }
            throw new Conflict(taken.size() + " of the units are already assigned to task " + task.number, conflicts);
        }
        List<Assignment> created = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            UnitRole requested = input.units().get(i);
            Assignment assignment = newAssignment(task, found.get(i), requested.role(), input.dueDate(), input.note());
            assignments.persist(assignment);
            created.add(assignment);
        }
        assignments.flush();
        List<AssignmentView> views = created.stream().map(AssignmentService::view).toList();
        views.forEach(view -> {
            audit.created(ENTITY, view.id(), view);
            events.publish(DomainEvents.ASSIGNMENT_CREATED, ENTITY, view.id(), view.unitId(), task.plan.id, view);
            notifyAssigned(view);
        });
        return views;
    }

    private void notifyAssigned(AssignmentView view) {
        notifications.toUnit(view.unitId(), Notifications.Kind.ASSIGNED, "新任务：" + view.taskNumber() + ". " + view.taskTitle(),
                (view.role() == AssignmentRole.LEAD ? "牵头" : "配合") + "，完成时限 " + view.dueDate(),
                "/tasks/" + view.taskId(), "assigned:" + view.id());
    }

    @Transactional
    public AssignmentView update(long id, String ifMatch, UpdateAssignment input) {
        Assignment assignment = find(id);
        ETags.requireMatch(ifMatch, assignment.version);
        AssignmentView before = view(assignment);
        assignment.role = input.role();
        assignment.dueDate = input.dueDate();
        assignment.track(input.status(), input.progress());
        assignment.note = input.note();
        assignments.flush();
        AssignmentView after = view(assignment);
        audit.updated(ENTITY, assignment.id, before, after);
        events.publish(DomainEvents.ASSIGNMENT_UPDATED, ENTITY, assignment.id, assignment.unit.id, assignment.task.plan.id, after);
        if (after.status() == AssignmentStatus.COMPLETED && before.status() != AssignmentStatus.COMPLETED) {
            events.publish(DomainEvents.ASSIGNMENT_COMPLETED, ENTITY, assignment.id, assignment.unit.id, assignment.task.plan.id, after);
        }
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Assignment assignment = find(id);
        ETags.requireMatch(ifMatch, assignment.version);
        audit.deleted(ENTITY, assignment.id, view(assignment));
        assignments.delete(assignment);
        assignments.flush();
    }

    private static Assignment newAssignment(Task task, ResponsibilityUnit unit, AssignmentRole role, LocalDate dueDate,
            String note) {
        Assignment assignment = new Assignment();
        assignment.task = task;
        assignment.unit = unit;
        assignment.role = role;
        assignment.dueDate = dueDate;
        assignment.note = note;
        return assignment;
    }

    public static AssignmentView view(Assignment a) {
        return new AssignmentView(a.id, a.task.id, a.task.number, a.task.title, a.task.plan.id, a.task.section.id,
                a.unit.id, a.unit.name, a.role, a.dueDate, a.status, a.progress, a.note, a.colour, a.colourReason, a.version, a.createdAt,
                a.updatedAt);
    }
}
