package org.duban.reporting;

import jakarta.inject.Inject;
import org.duban.events.DomainEvents;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import org.duban.account.CurrentActor;
import org.duban.account.Roles;
import org.duban.assignment.Assignment;
import org.duban.assignment.AssignmentRepository;
import org.duban.assignment.AssignmentStatus;
import org.duban.audit.AuditLog;
import org.duban.common.Conflict;
import org.duban.inbox.Notifications;
import org.duban.common.FieldError;
import org.duban.common.Forbidden;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Where;
import org.duban.reporting.ReportDtos.IssueUrges;
import org.duban.reporting.ReportDtos.UrgeView;

/** Urge notices (催办) with their escalation level (三色督办), and the unit's receipt and answer. */
@ApplicationScoped
public class UrgeService {
    static final String ENTITY = "urge";

    private final AssignmentRepository assignments;
    private final CurrentActor actor;
    private final AuditLog audit;
    @Inject
    DomainEvents events;
    private final Notifications notifications;

    UrgeService(AssignmentRepository assignments, CurrentActor actor, AuditLog audit, Notifications notifications) {
        this.notifications = notifications;
        this.assignments = assignments;
        this.actor = actor;
        this.audit = audit;
    }

    /** RED when overdue, YELLOW when behind or a report was returned, BLUE otherwise (a deadline is near). */
    static UrgeNotice.Level proposedLevel(Assignment assignment) {
        return switch (assignment.colour) {
            case "RED" -> UrgeNotice.Level.RED;
            case "YELLOW" -> UrgeNotice.Level.YELLOW;
            default -> UrgeNotice.Level.BLUE;
        };
    }

    @Transactional
    public List<UrgeView> issue(IssueUrges input) {
        List<Assignment> targets = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.assignmentIds().size(); i++) {
            long id = input.assignmentIds().get(i);
            Assignment assignment = assignments.findByIdOptional(id).orElse(null);
            if (assignment == null) {
                errors.add(new FieldError("assignmentIds[" + i + "]", "assignment " + id + " does not exist"));
            } else if (assignment.status == AssignmentStatus.COMPLETED) {
                errors.add(new FieldError("assignmentIds[" + i + "]", "assignment " + id + " is completed"));
            } else {
                targets.add(assignment);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<UrgeView> issued = new ArrayList<>();
        for (Assignment assignment : targets) {
            UrgeNotice urge = new UrgeNotice();
            urge.assignment = assignment;
            urge.level = input.level() != null ? input.level() : proposedLevel(assignment);
            urge.message = input.message().strip();
            urge.issuedBy = actor.name();
            urge.persist();
            urge.flush();
            UrgeView view = view(urge);
            audit.created(ENTITY, urge.id, view);
            events.publish(DomainEvents.URGE_ISSUED, ENTITY, urge.id, assignment.unit.id, assignment.task.plan.id, view);
            notifications.toUnit(view.unitId(), Notifications.Kind.URGED,
                    "催办（" + view.level() + "）：" + view.taskNumber() + ". " + view.taskTitle(), view.message(), "/inbox",
                    "urge:" + view.id());
            issued.add(view);
        }
        return issued;
    }

    @Transactional
    public PageView<UrgeView> list(Long assignmentId, Long unitId, Boolean open, PageQuery page) {
        Where where = new Where()
                .and("assignment.id = :assignmentId", "assignmentId", assignmentId)
                .and("assignment.unit.id = :unitId", "unitId", actor.unitFilter(unitId))
                .when(Boolean.TRUE.equals(open), "respondedAt is null")
                .when(Boolean.FALSE.equals(open), "respondedAt is not null");
        return PageView.of(UrgeNotice.find(where.jpql(), Sort.descending("issuedAt").and("id", Sort.Direction.Descending),
                where.parameters()), page, UrgeService::view);
    }

    @Transactional
    public UrgeView acknowledge(long id) {
        UrgeNotice urge = ownUnitsUrge(id);
        if (urge.acknowledgedAt != null) {
            throw new Conflict("the urge is already acknowledged");
        }
        UrgeView before = view(urge);
        urge.acknowledgedAt = OffsetDateTime.now();
        urge.acknowledgedBy = actor.name();
        urge.flush();
        UrgeView after = view(urge);
        audit.record("ACKNOWLEDGE", ENTITY, urge.id, before, after);
        return after;
    }

    @Transactional
    public UrgeView respond(long id, String response) {
        UrgeNotice urge = ownUnitsUrge(id);
        if (urge.respondedAt != null) {
            throw new Conflict("the urge already has an answer");
        }
        UrgeView before = view(urge);
        OffsetDateTime now = OffsetDateTime.now();
        if (urge.acknowledgedAt == null) {
            urge.acknowledgedAt = now;
            urge.acknowledgedBy = actor.name();
        }
        urge.response = response.strip();
        urge.respondedAt = now;
        urge.flush();
        UrgeView after = view(urge);
        audit.record("RESPOND", ENTITY, urge.id, before, after);
        return after;
    }

    /** Only the urged unit's reporters answer; anyone else confined elsewhere gets "not found". */
    private UrgeNotice ownUnitsUrge(long id) {
        UrgeNotice urge = UrgeNotice.<UrgeNotice>findByIdOptional(id).orElseThrow(() -> new NotFound(ENTITY, id));
        actor.requireVisible(urge.assignment.unit.id, ENTITY, id);
        Long own = actor.unitId();
        if (!actor.hasRole(Roles.REPORTER) || own == null || !own.equals(urge.assignment.unit.id)) {
            throw new Forbidden("only the urged unit answers an urge");
        }
        return urge;
    }

    static UrgeView view(UrgeNotice u) {
        Assignment a = u.assignment;
        return new UrgeView(u.id, a.id, a.task.id, a.task.number, a.task.title, a.unit.id, a.unit.name, u.level, u.message,
                u.issuedBy, u.issuedAt, u.acknowledgedAt, u.acknowledgedBy, u.response, u.respondedAt, u.version);
    }
}
