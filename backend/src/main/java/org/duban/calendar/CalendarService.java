package org.duban.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import org.duban.account.CurrentActor;
import org.duban.account.Secrets;
import org.duban.assignment.Assignment;
import org.duban.audit.AuditLog;
import org.duban.assignment.AssignmentStatus;
import org.duban.common.Forbidden;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.reporting.ReportingCalendar;
import org.duban.unit.ResponsibilityUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Private calendar feeds. A unit's feed lists its assignments' due dates and the deadlines of the
 * reports they owe; a person's feed lists what that person may see (a reporter: their unit; anyone
 * else: every unit). The URL carries a secret token, stored only as its SHA-256; revoking a feed ends it.
 */
@ApplicationScoped
public class CalendarService {
    private final CurrentActor actor;
    private final AuditLog audit;
    private final ZoneId zone;

    CalendarService(CurrentActor actor, AuditLog audit,
            @ConfigProperty(name = "duban.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        this.actor = actor;
        this.audit = audit;
        this.zone = ZoneId.of(zone);
    }

    public record FeedView(long id, String name, @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) Long unitId,
            boolean personal, OffsetDateTime createdAt,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) OffsetDateTime revokedAt) {
    }

    public record CreatedFeedView(FeedView feed,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The feed's path with its secret token — shown this once; subscribe to it in a calendar app")
            String url) {
    }

    public record CreateFeed(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "A unit's feed; a personal feed when absent") Long unitId) {
    }

    @Transactional
    public CreatedFeedView create(CreateFeed input) {
        if (actor.kind() != CurrentActor.Kind.USER) {
            throw new Forbidden("calendar feeds belong to people");
        }
        Long unitId = input == null ? null : input.unitId();
        Long confined = actor.confinedToUnit();
        if (unitId != null && confined != null && !unitId.equals(confined)) {
            throw new Forbidden("you may only subscribe to your own unit's calendar");
        }
        CalendarFeed feed = new CalendarFeed();
        if (unitId != null) {
            ResponsibilityUnit unit = ResponsibilityUnit.<ResponsibilityUnit>findByIdOptional(unitId)
                    .orElseThrow(() -> new InvalidInput("unitId", "responsibility unit " + unitId + " does not exist"));
            feed.unitId = unit.id;
            feed.name = unit.name + " 督办日历";
        } else {
            feed.userId = actor.id();
            feed.name = actor.name() + " 督办日历";
        }
        String token = Secrets.newSecret("cal_");
        feed.tokenHash = Secrets.sha256(token);
        feed.createdBy = actor.name();
        feed.persistAndFlush();
        audit.created("calendar-feed", feed.id, view(feed));
        return new CreatedFeedView(view(feed), org.duban.common.Api.BASE + "/calendar/" + token + ".ics");
    }

    @Transactional
    public List<FeedView> mine() {
        return CalendarFeed.<CalendarFeed>find("createdBy", Sort.by("id"), actor.name()).stream().map(CalendarService::view).toList();
    }

    @Transactional
    public void revoke(long id) {
        CalendarFeed feed = CalendarFeed.<CalendarFeed>findByIdOptional(id).filter(f -> f.createdBy.equals(actor.name()))
                .orElseThrow(() -> new NotFound("calendar feed", id));
        if (feed.revokedAt == null) {
            FeedView before = view(feed);
            feed.revokedAt = OffsetDateTime.now();
            audit.updated("calendar-feed", feed.id, before, view(feed));
        }
    }

    /** The feed's calendar, or 404 for an unknown or revoked token (the same answer, so tokens cannot be probed). */
    @Transactional
    public String render(String token) {
        CalendarFeed feed = CalendarFeed.<CalendarFeed>find("tokenHash = ?1 and revokedAt is null", Secrets.sha256(token))
                .firstResultOptional().orElseThrow(() -> new NotFound("calendar", "feed"));
        Long unit = feed.unitId;
        if (unit == null) {
            // a personal feed follows the person's current rights: a reporter's own unit, else everything
            Object[] row = (Object[]) CalendarFeed.getEntityManager().createNativeQuery("""
                    select u.enabled, u.unit_id, exists (select 1 from app_user_role r where r.user_id = u.id and r.role = 'REPORTER')
                           and not exists (select 1 from app_user_role r where r.user_id = u.id and r.role in ('ADMIN','SUPERVISOR','VIEWER'))
                    from app_user u where u.id = ?1""").setParameter(1, feed.userId).getSingleResult();
            if (!(Boolean) row[0]) {
                throw new NotFound("calendar", "feed");
            }
            unit = (Boolean) row[2] ? ((Number) row[1]).longValue() : null;
        }
        List<Assignment> assignments = unit == null
                ? Assignment.list("order by dueDate, id")
                : Assignment.list("unit.id = ?1 order by dueDate, id", unit);
        ICalendar calendar = new ICalendar(feed.name);
        for (Assignment a : assignments) {
            String task = a.task.number + ". " + a.task.title;
            String who = unit == null ? a.unit.name + "：" : "";
            calendar.event("assignment-" + a.id + "-due@duban", a.dueDate, "完成时限：" + who + task,
                    a.task.plan.title + "；" + (a.status == AssignmentStatus.COMPLETED ? "已完成" : "进度 " + a.progress + "%"));
            if (a.status != AssignmentStatus.COMPLETED) {
                LocalDate start = a.createdAt.atZoneSameInstant(zone).toLocalDate();
                for (ReportingCalendar.ReportPeriod owed : ReportingCalendar.owed(a.task.plan.reportCadence,
                        a.task.plan.reportDeadlineDays, start, a.dueDate)) {
                    calendar.event("report-" + a.id + "-" + owed.label() + "@duban", owed.deadline(),
                            "进展报送截止（" + owed.label() + "）：" + who + task, null);
                }
            }
        }
        return calendar.end();
    }

    private static FeedView view(CalendarFeed feed) {
        return new FeedView(feed.id, feed.name, feed.unitId, feed.unitId == null, feed.createdAt, feed.revokedAt);
    }
}
