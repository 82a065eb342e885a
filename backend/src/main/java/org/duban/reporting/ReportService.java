package org.duban.reporting;

import jakarta.inject.Inject;
import org.duban.events.DomainEvents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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
import org.duban.common.ETags;
import org.duban.common.FieldError;
import org.duban.common.Forbidden;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sorts;
import org.duban.metric.Period;
import org.duban.reporting.ReportDtos.AttachmentView;
import org.duban.reporting.ReportDtos.CreateReport;
import org.duban.reporting.ReportDtos.ReportView;
import org.duban.reporting.ReportDtos.UpdateReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Progress reports: the unit writes and submits, the supervisor approves or returns. */
@ApplicationScoped
public class ReportService {
    private static final Map<String, String> SORTS = Map.of("period", "periodStart", "updatedAt", "updatedAt",
            "submittedAt", "submittedAt", "state", "state", "taskNumber", "assignment.task.position");
    static final String ENTITY = "progress-report";

    private final ProgressReportRepository reports;
    private final AssignmentRepository assignments;
    private final CurrentActor actor;
    private final AuditLog audit;
    @Inject
    DomainEvents events;
    private final Notifications notifications;
    private final CoordinationService coordination;
    private final long maxEvidenceBytes;

    ReportService(ProgressReportRepository reports, AssignmentRepository assignments, CurrentActor actor, AuditLog audit,
            Notifications notifications, CoordinationService coordination, @ConfigProperty(name = "duban.evidence.max-bytes", defaultValue = "20971520") long maxEvidenceBytes) {
        this.reports = reports;
        this.assignments = assignments;
        this.actor = actor;
        this.audit = audit;
        this.notifications = notifications;
        this.coordination = coordination;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    @Transactional
    public PageView<ReportView> list(ProgressReportRepository.Filter filter, PageQuery page) {
        filter = filter.withUnit(actor.unitFilter(filter.unitId()));
        return PageView.of(reports.search(filter, Sorts.parse(page.sort, SORTS, "-period,taskNumber")), page,
                ReportService::view);
    }

    /** A report the caller may see; another unit's is "not found" for a confined caller. */
    public ProgressReport find(long id) {
        ProgressReport report = reports.findByIdOptional(id).orElseThrow(() -> new NotFound(ENTITY, id));
        actor.requireVisible(report.assignment.unit.id, ENTITY, id);
        return report;
    }

    @Transactional
    public ReportView get(long id) {
        return view(find(id));
    }

    @Transactional
    public ReportView create(CreateReport input) {
        Assignment assignment = assignments.findByIdOptional(input.assignmentId())
                .orElseThrow(() -> new InvalidInput("assignmentId", "assignment " + input.assignmentId() + " does not exist"));
        requireWriter(assignment, "assignmentId");
        Period period;
        try {
            period = Period.parse(input.period(), assignment.task.plan.reportCadence);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("period", e.getMessage() + " (the plan reports by " + assignment.task.plan.reportCadence.name().toLowerCase() + ")");
        }
        if (assignment.status == AssignmentStatus.COMPLETED) {
            throw new Conflict("the assignment is completed; it owes no more reports");
        }
        if (reports.findOpen(assignment, period.text()).isPresent()) {
            throw new Conflict("a report for " + period.text() + " is already in the works; revise that one");
        }
        ProgressReport report = new ProgressReport();
        report.assignment = assignment;
        report.period = period.text();
        report.periodStart = period.start();
        report.author = actor.name();
        fill(report, input.text(), input.progress(), input.progressReason(), input.completed());
        reports.persistAndFlush(report);
        coordination.linkAnswers(report, input.answersInstructionIds());
        ReportView view = view(report);
        audit.created(ENTITY, report.id, view);
        return view;
    }

    @Transactional
    public ReportView update(long id, String ifMatch, UpdateReport input) {
        ProgressReport report = writable(id, ifMatch);
        ReportView before = view(report);
        fill(report, input.text(), input.progress(), input.progressReason(), input.completed());
        coordination.linkAnswers(report, input.answersInstructionIds());
        reports.flush();
        ReportView after = view(report);
        audit.updated(ENTITY, report.id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        ProgressReport report = writable(id, ifMatch);
        if (report.state != ReportState.DRAFT) {
            throw new Conflict("only a DRAFT report can be deleted");
        }
        audit.deleted(ENTITY, report.id, view(report));
        reports.delete(report);
        reports.flush();
    }

    @Transactional
    public ReportView submit(long id, String ifMatch) {
        ProgressReport report = find(id);
        requireWriter(report.assignment, "id");
        ETags.requireMatch(ifMatch, report.version);
        return transition(report, "SUBMIT", () -> {
            report.submit(OffsetDateTime.now());
            coordination.answerWith(report);
        });
    }

    /** Approval moves the assignment: its progress follows the report, and a completed report completes it. */
    @Transactional
    public ReportView approve(long id, String ifMatch, String comment) {
        ProgressReport report = find(id);
        ETags.requireMatch(ifMatch, report.version);
        return transition(report, "APPROVE", () -> {
            report.approve(actor.name(), comment, OffsetDateTime.now());
            Assignment assignment = report.assignment;
            AssignmentStatus status = report.completed ? AssignmentStatus.COMPLETED
                    : report.progress > 0 ? AssignmentStatus.IN_PROGRESS : assignment.status;
            assignment.track(status, report.progress);
        });
    }

    @Transactional
    public ReportView returnForRevision(long id, String ifMatch, String comment) {
        ProgressReport report = find(id);
        ETags.requireMatch(ifMatch, report.version);
        ReportView returned = transition(report, "RETURN",
                () -> report.returnForRevision(actor.name(), comment, OffsetDateTime.now()));
        notifications.toUnit(returned.unitId(), Notifications.Kind.REPORT_RETURNED,
                "报告被退回：" + returned.taskNumber() + ". " + returned.taskTitle() + "（" + returned.period() + "）",
                returned.reviewerComment(), "/assignments/" + returned.assignmentId() + "/report",
                "returned:" + returned.id() + ":" + returned.version());
        return returned;
    }

    @Transactional
    public AttachmentView attach(long reportId, FileUpload upload) {
        ProgressReport report = find(reportId);
        requireWriter(report.assignment, "reportId");
        report.requireEditable();
        if (upload == null) {
            throw new InvalidInput("file", "a file is required (multipart field \"file\")");
        }
        String fileName = upload.fileName() == null ? "" : upload.fileName().replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (fileName.isEmpty() || fileName.length() > 255) {
            throw new InvalidInput("file", "needs a file name of at most 255 characters");
        }
        if (upload.size() <= 0) {
            throw new InvalidInput("file", "is empty");
        }
        if (upload.size() > maxEvidenceBytes) {
            throw new InvalidInput("file", "is larger than " + (maxEvidenceBytes / (1024 * 1024)) + " MB");
        }
        try {
            Evidence.Type type = Evidence.detect(upload.uploadedFile());
            if (type == null) {
                throw new InvalidInput("file", "must be a PDF, DOCX, XLSX, JPG or PNG file (checked by its content)");
            }
            if (!type.matchesName(fileName)) {
                throw new InvalidInput("file", "its name does not match its content, which is " + type.name());
            }
            ReportAttachment attachment = new ReportAttachment();
            attachment.report = report;
            attachment.fileName = fileName;
            attachment.contentType = type.contentType;
            attachment.content = Files.readAllBytes(upload.uploadedFile());
            attachment.sizeBytes = attachment.content.length;
            attachment.sha256 = sha256(upload);
            attachment.uploadedBy = actor.name();
            attachment.persist();
            report.updatedAt = OffsetDateTime.now();
            reports.flush();
            AttachmentView view = view(attachment);
            audit.record("ATTACH", ENTITY, report.id, null, view);
            return view;
        } catch (IOException e) {
            throw new InvalidInput("file", "could not be read");
        }
    }

    @Transactional
    public ReportAttachment attachment(long reportId, long attachmentId) {
        ProgressReport report = find(reportId);
        ReportAttachment attachment = ReportAttachment.<ReportAttachment>findByIdOptional(attachmentId)
                .filter(found -> found.report.id.equals(report.id))
                .orElseThrow(() -> new NotFound("attachment", attachmentId));
        java.util.Objects.requireNonNull(attachment.content); // loads the lazy content inside the transaction
        return attachment;
    }

    @Transactional
    public void detach(long reportId, long attachmentId) {
        ProgressReport report = find(reportId);
        requireWriter(report.assignment, "reportId");
        report.requireEditable();
        ReportAttachment attachment = ReportAttachment.<ReportAttachment>findByIdOptional(attachmentId)
                .filter(found -> found.report.id.equals(report.id))
                .orElseThrow(() -> new NotFound("attachment", attachmentId));
        audit.record("DETACH", ENTITY, report.id, view(attachment), null);
        attachment.delete();
    }

    private ReportView transition(ProgressReport report, String action, Runnable change) {
        ReportView before = view(report);
        AssignmentStatus statusBefore = report.assignment.status;
        change.run();
        reports.flush();
        ReportView after = view(report);
        audit.record(action, ENTITY, report.id, before, after);
        Assignment assignment = report.assignment;
        String type = switch (action) {
            case "SUBMIT" -> DomainEvents.REPORT_SUBMITTED;
            case "APPROVE" -> DomainEvents.REPORT_APPROVED;
            default -> DomainEvents.REPORT_RETURNED;
        };
        events.publish(type, ENTITY, report.id, assignment.unit.id, assignment.task.plan.id, after);
        if (assignment.status == AssignmentStatus.COMPLETED && statusBefore != AssignmentStatus.COMPLETED) {
            events.publish(DomainEvents.ASSIGNMENT_COMPLETED, "assignment", assignment.id, assignment.unit.id, assignment.task.plan.id,
                    org.duban.assignment.AssignmentService.view(assignment));
        }
        return after;
    }

    private ProgressReport writable(long id, String ifMatch) {
        ProgressReport report = find(id);
        requireWriter(report.assignment, "id");
        ETags.requireMatch(ifMatch, report.version);
        report.requireEditable();
        return report;
    }

    /** Reports are the unit's own: its reporters, or a token allowed to write reports (for its unit when bound). */
    private void requireWriter(Assignment assignment, String field) {
        boolean token = actor.kind() == CurrentActor.Kind.TOKEN;
        boolean allowed = token ? actor.hasRole(Roles.SCOPE_WRITE_PROGRESS_REPORTS) : actor.hasRole(Roles.REPORTER);
        Long own = actor.unitId();
        if (!allowed || (own == null ? !token : !own.equals(assignment.unit.id))) {
            throw new Forbidden("only the assigned unit writes its reports",
                    List.of(new FieldError(field, "must be one of your own unit's")));
        }
    }

    private static void fill(ProgressReport report, String text, int progress, String reason, Boolean completed) {
        boolean done = Boolean.TRUE.equals(completed);
        if (done != (progress == 100)) {
            throw new InvalidInput(done ? "progress" : "completed",
                    done ? "must be 100 for a report that completes the assignment"
                            : "must be true when progress reaches 100");
        }
        boolean hasReason = reason != null && !reason.isBlank();
        if (progress < report.assignment.progress && !hasReason) {
            throw new InvalidInput("progressReason", "is required when progress goes back from "
                    + report.assignment.progress + " % to " + progress + " %");
        }
        report.text = text.strip();
        report.progress = progress;
        report.progressReason = hasReason ? reason.strip() : null;
        report.completed = done;
    }

    private static String sha256(FileUpload upload) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(upload.uploadedFile()),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static AttachmentView view(ReportAttachment a) {
        return new AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.createdAt);
    }

    static ReportView view(ProgressReport r) {
        List<AttachmentView> attachments = ReportAttachment.<ReportAttachment>list("report", Sort.by("id"), r).stream()
                .map(ReportService::view).toList();
        Assignment a = r.assignment;
        return new ReportView(r.id, a.id, a.task.id, a.task.number, a.task.title, a.unit.id, a.unit.name, r.period, r.text,
                r.progress, r.progressReason, r.completed, r.state, r.reviewerComment, r.reviewedBy, r.reviewedAt,
                r.submittedAt, r.author, attachments, r.version, r.createdAt, r.updatedAt);
    }
}
