package org.duban.reporting;


import jakarta.inject.Inject;
import org.duban.events.DomainEvents;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import org.duban.account.AppUserRepository;
import org.duban.account.CurrentActor;
import org.duban.account.Roles;
import org.duban.assignment.Assignment;
import org.duban.assignment.AssignmentRepository;
import org.duban.assignment.AssignmentRole;
import org.duban.assignment.AssignmentStatus;
import org.duban.audit.AuditLog;
import org.duban.common.Conflict;
import org.duban.common.FieldError;
import org.duban.common.Forbidden;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Where;
import org.duban.inbox.Notifications;
import org.duban.metric.Period;
import org.duban.plan.Task;
import org.duban.plan.TaskService;
import org.duban.reporting.CoordinationDtos.ContributionView;
import org.duban.reporting.CoordinationDtos.ExtensionView;
import org.duban.reporting.CoordinationDtos.InstructionView;
import org.duban.reporting.CoordinationDtos.IssueInstruction;
import org.duban.reporting.CoordinationDtos.RequestExtension;
import org.duban.reporting.CoordinationDtos.WriteContribution;

/** How units and supervisors coordinate around an assignment: extensions, instructions, co-units' input. */
@ApplicationScoped
public class CoordinationService {
    private final AssignmentRepository assignments;
    private final TaskService tasks;
    private final AppUserRepository users;
    private final StatusService status;
    private final CurrentActor actor;
    private final AuditLog audit;
    @Inject
    DomainEvents events;
    private final Notifications notifications;

    CoordinationService(AssignmentRepository assignments, TaskService tasks, AppUserRepository users, StatusService status,
            CurrentActor actor, AuditLog audit, Notifications notifications) {
        this.assignments = assignments;
        this.tasks = tasks;
        this.users = users;
        this.status = status;
        this.actor = actor;
        this.audit = audit;
        this.notifications = notifications;
    }

    // ---- extension requests (延期申请) ----

    @Transactional
    public ExtensionView requestExtension(RequestExtension input) {
        Assignment assignment = ownAssignment(input.assignmentId(), "assignmentId");
        if (assignment.status == AssignmentStatus.COMPLETED) {
            throw new Conflict("the assignment is completed");
        }
        if (status.today().isAfter(assignment.dueDate)) {
            throw new Conflict("the due date " + assignment.dueDate + " has passed; only a supervisor can change it now");
        }
        if (!input.requestedDueDate().isAfter(assignment.dueDate)) {
            throw new InvalidInput("requestedDueDate", "must be after the current due date " + assignment.dueDate);
        }
        if (ExtensionRequest.count("assignment = ?1 and state = ?2", assignment, ExtensionRequest.State.PENDING) > 0) {
            throw new Conflict("a request for this assignment is already waiting for a decision");
        }
        ExtensionRequest request = new ExtensionRequest();
        request.assignment = assignment;
        request.currentDueDate = assignment.dueDate;
        request.requestedDueDate = input.requestedDueDate();
        request.reason = input.reason().strip();
        request.currentProgress = assignment.progress;
        request.requestedBy = actor.name();
        request.persistAndFlush();
        ExtensionView view = view(request);
        audit.created("extension-request", request.id, view);
        events.publish(DomainEvents.EXTENSION_REQUESTED, "extension-request", request.id, assignment.unit.id, assignment.task.plan.id, view);
        return view;
    }

    /** Approval moves the due date; the request itself stays as the history of changes. */
    @Transactional
    public ExtensionView decideExtension(long id, boolean approve, String comment) {
        ExtensionRequest request = ExtensionRequest.<ExtensionRequest>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("extension request", id));
        if (request.state != ExtensionRequest.State.PENDING) {
            throw new Conflict("the request is already " + request.state);
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new InvalidInput("comment", "is required when rejecting a request");
        }
        ExtensionView before = view(request);
        request.state = approve ? ExtensionRequest.State.APPROVED : ExtensionRequest.State.REJECTED;
        request.decidedBy = actor.name();
        request.decidedAt = OffsetDateTime.now();
        request.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (approve) {
            request.assignment.dueDate = request.requestedDueDate;
        }
        request.flush();
        ExtensionView after = view(request);
        audit.record(approve ? "APPROVE" : "REJECT", "extension-request", request.id, before, after);
        events.publish(DomainEvents.EXTENSION_DECIDED, "extension-request", request.id, request.assignment.unit.id,
                request.assignment.task.plan.id, after);
        notifications.toUnit(after.unitId(), Notifications.Kind.EXTENSION_DECIDED,
                (approve ? "延期申请已批准：" : "延期申请未获批准：") + after.taskNumber() + ". " + after.taskTitle(),
                approve ? "新的完成时限 " + after.requestedDueDate() : after.decisionComment(),
                "/assignments/" + after.assignmentId() + "/report", "extension:" + after.id());
        return after;
    }

    @Transactional
    public PageView<ExtensionView> listExtensions(Long assignmentId, Long unitId, ExtensionRequest.State state, PageQuery page) {
        Where where = new Where()
                .and("assignment.id = :assignmentId", "assignmentId", assignmentId)
                .and("assignment.unit.id = :unitId", "unitId", actor.unitFilter(unitId))
                .and("state = :state", "state", state);
        PanacheQuery<ExtensionRequest> found = ExtensionRequest.find(where.jpql(), Sort.descending("createdAt").and("id"),
                where.parameters());
        return PageView.of(found, page, CoordinationService::view);
    }

    // ---- leaders' instructions (领导批示) ----

    @Transactional
    public InstructionView issueInstruction(IssueInstruction input) {
        if (!actor.hasRole(Roles.SUPERVISOR) && !users.findByIdOptional(actor.id()).map(u -> u.leader).orElse(false)) {
            throw new Forbidden("only supervisors and leaders issue instructions");
        }
        Task task = tasks.findOptional(input.taskId())
                .orElseThrow(() -> new InvalidInput("taskId", "task " + input.taskId() + " does not exist"));
        Assignment assignment = null;
        if (input.assignmentId() != null) {
            assignment = assignments.findByIdOptional(input.assignmentId()).filter(a -> a.task.id.equals(task.id))
                    .orElseThrow(() -> new InvalidInput("assignmentId", "must be an assignment of task " + task.id));
        }
        Instruction instruction = new Instruction();
        instruction.task = task;
        instruction.assignment = assignment;
        instruction.text = input.text().strip();
        instruction.issuedBy = actor.name();
        instruction.persistAndFlush();
        InstructionView view = view(instruction);
        audit.created("instruction", instruction.id, view);
        List<Long> unitIds = assignment != null ? List.of(assignment.unit.id)
                : assignments.list("task", task).stream().map(a -> a.unit.id).toList();
        notifications.toUnits(unitIds, Notifications.Kind.INSTRUCTION, "领导批示：" + task.number + ". " + task.title,
                instruction.text, "/tasks/" + task.id, "instruction:" + instruction.id);
        return view;
    }

    @Transactional
    public PageView<InstructionView> listInstructions(Long taskId, Long assignmentId, PageQuery page) {
        Long confined = actor.confinedToUnit();
        // a left join: task-wide instructions have no assignment
        Where where = new Where()
                .and("i.task.id = :taskId", "taskId", taskId)
                .and("asg.id = :assignmentId", "assignmentId", assignmentId)
                .and("(asg.unit.id = :unit or (asg is null and exists (select 1 from Assignment a "
                        + "where a.task = i.task and a.unit.id = :unit)))", "unit", confined);
        PanacheQuery<Instruction> found = Instruction.find("select i from Instruction i left join i.assignment asg where "
                + where.jpql(), Sort.descending("i.issuedAt").and("i.id", Sort.Direction.Descending), where.parameters());
        return PageView.of(found, page, CoordinationService::view);
    }

    /** An assignment's own unit answers its instruction; a task-wide one is answered by the lead unit. */
    @Transactional
    public InstructionView respondToInstruction(long id, String response) {
        Instruction instruction = answerable(id, null);
        if (instruction.respondedAt != null) {
            throw new Conflict("the instruction already has an answer");
        }
        InstructionView before = view(instruction);
        instruction.response = response.strip();
        instruction.respondedBy = actor.name();
        instruction.respondedAt = OffsetDateTime.now();
        InstructionView after = view(instruction);
        audit.record("RESPOND", "instruction", instruction.id, before, after);
        return after;
    }

    /**
     * An instruction the caller's unit may answer: for a report of {@code assignment} when given, the
     * instruction must concern that assignment's task.
     */
    Instruction answerable(long id, Assignment assignment) {
        Instruction instruction = Instruction.<Instruction>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("instruction", id));
        Long own = assignment != null ? assignment.unit.id : actor.unitId();
        boolean answers = own != null && (assignment != null || actor.hasRole(Roles.REPORTER)) && (instruction.assignment != null
                ? instruction.assignment.unit.id.equals(own)
                : assignments.count("task = ?1 and unit.id = ?2 and role = ?3", instruction.task, own, AssignmentRole.LEAD) > 0);
        if (!answers || (assignment != null && !instruction.task.id.equals(assignment.task.id))) {
            throw new Forbidden(instruction.assignment != null ? "only the instructed unit answers"
                    : "the lead unit answers an instruction on the whole task");
        }
        return instruction;
    }

    /** Names the report as the answer of these instructions; they count as answered once it is submitted. */
    void linkAnswers(ProgressReport report, List<Long> instructionIds) {
        Instruction.update("answeredByReport = null where answeredByReport = ?1 and respondedAt is null", report);
        if (instructionIds == null) {
            return;
        }
        for (int i = 0; i < instructionIds.size(); i++) {
            Instruction instruction;
            try {
                instruction = answerable(instructionIds.get(i), report.assignment);
            } catch (NotFound | Forbidden e) {
                throw new InvalidInput("answersInstructionIds[" + i + "]", "is not an instruction this report can answer");
            }
            if (instruction.respondedAt != null) {
                throw new InvalidInput("answersInstructionIds[" + i + "]", "is already answered");
            }
            instruction.answeredByReport = report;
        }
    }

    /** On submission the linked instructions are answered by the report. */
    void answerWith(ProgressReport report) {
        OffsetDateTime now = OffsetDateTime.now();
        for (Instruction instruction : Instruction.<Instruction>list("answeredByReport = ?1 and respondedAt is null", report)) {
            InstructionView before = view(instruction);
            instruction.response = "见" + report.period + "进展报告：" + abbreviate(report.text);
            instruction.respondedBy = actor.name();
            instruction.respondedAt = now;
            audit.record("RESPOND", "instruction", instruction.id, before, view(instruction));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    // ---- co-units' contributions (配合单位) ----

    @Transactional
    public ContributionView writeContribution(WriteContribution input) {
        Assignment assignment = ownAssignment(input.assignmentId(), "assignmentId");
        if (assignment.role != AssignmentRole.CO) {
            throw new InvalidInput("assignmentId", "only a co-responsible (CO) unit contributes; the lead unit writes the report");
        }
        Period period;
        try {
            period = Period.parse(input.period(), assignment.task.plan.reportCadence);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("period", e.getMessage());
        }
        Contribution contribution = Contribution.<Contribution>find("assignment = ?1 and period = ?2", assignment, period.text())
                .firstResultOptional().orElse(null);
        ContributionView before = contribution == null ? null : view(contribution);
        if (contribution == null) {
            contribution = new Contribution();
            contribution.assignment = assignment;
            contribution.period = period.text();
        }
        contribution.text = input.text().strip();
        contribution.author = actor.name();
        contribution.persistAndFlush();
        ContributionView after = view(contribution);
        audit.record(before == null ? "CREATE" : "UPDATE", "contribution", contribution.id, before, after);
        return after;
    }

    /**
     * Contributions to a task: supervisors and viewers see all; the lead unit sees all, to consolidate
     * them; a co-unit sees only its own.
     */
    @Transactional
    public List<ContributionView> listContributions(long taskId, String period) {
        Long confined = actor.confinedToUnit();
        Task task = tasks.find(taskId);
        boolean lead = confined != null
                && assignments.count("task = ?1 and unit.id = ?2 and role = ?3", task, confined, AssignmentRole.LEAD) > 0;
        Where where = new Where()
                .and("assignment.task.id = :taskId", "taskId", taskId)
                .and("period = :period", "period", period)
                .and("assignment.unit.id = :unit", "unit", confined == null || lead ? null : confined);
        return Contribution.<Contribution>find(where.jpql(), Sort.by("period").and("id"), where.parameters()).list().stream()
                .map(CoordinationService::view).toList();
    }

    // ---- shared ----

    /** An assignment of the caller's own unit, written by one of its reporters. */
    private Assignment ownAssignment(long id, String field) {
        Assignment assignment = assignments.findByIdOptional(id)
                .orElseThrow(() -> new InvalidInput(field, "assignment " + id + " does not exist"));
        Long own = actor.unitId();
        if (!actor.hasRole(Roles.REPORTER) || own == null || !own.equals(assignment.unit.id)) {
            throw new Forbidden("only the assigned unit may do this", List.of(new FieldError(field, "must be your own unit's")));
        }
        return assignment;
    }

    static ExtensionView view(ExtensionRequest r) {
        Assignment a = r.assignment;
        return new ExtensionView(r.id, a.id, a.task.id, a.task.number, a.task.title, a.unit.id, a.unit.name, r.currentDueDate,
                r.requestedDueDate, r.reason, r.currentProgress, r.state, r.requestedBy, r.createdAt, r.decidedBy, r.decidedAt,
                r.decisionComment, r.version);
    }

    static InstructionView view(Instruction i) {
        Assignment a = i.assignment;
        return new InstructionView(i.id, i.task.id, i.task.number, i.task.title, a == null ? null : a.id,
                a == null ? null : a.unit.id, a == null ? null : a.unit.name, i.text, i.issuedBy, i.issuedAt, i.response,
                i.respondedBy, i.respondedAt, i.answeredByReport == null ? null : i.answeredByReport.id);
    }

    static ContributionView view(Contribution c) {
        Assignment a = c.assignment;
        return new ContributionView(c.id, a.id, a.task.id, a.unit.id, a.unit.name, c.period, c.text, c.author, c.updatedAt,
                c.version);
    }

}
