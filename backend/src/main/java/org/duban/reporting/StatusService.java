package org.duban.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.assignment.Assignment;
import org.duban.assignment.AssignmentRepository;
import org.duban.assignment.AssignmentStatus;
import org.duban.audit.AuditLog;
import org.duban.inbox.Notifications;
import org.duban.plan.Plan;
import org.duban.reporting.ReportDtos.ColourCount;
import org.duban.reporting.ReportDtos.StatusRun;
import org.duban.reporting.ReportDtos.StatusSummary;
import org.duban.reporting.ReportingCalendar.ReportPeriod;
import org.duban.reporting.StatusRules.Facts;
import org.duban.reporting.StatusRules.Verdict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Evaluates the status rules for every assignment and stores the traffic light; rolls them up for a plan. */
@ApplicationScoped
public class StatusService {
    private final AssignmentRepository assignments;
    private final ProgressReportRepository reports;
    private final Notifications notifications;
    private final AuditLog audit;
    private final ZoneId zone;
    private final int noticeDays;

    StatusService(AssignmentRepository assignments, ProgressReportRepository reports, Notifications notifications, AuditLog audit,
            @ConfigProperty(name = "duban.time-zone", defaultValue = "Asia/Shanghai") String zone,
            @ConfigProperty(name = "duban.notifications.deadline-days", defaultValue = "7") int noticeDays) {
        this.notifications = notifications;
        this.audit = audit;
        this.noticeDays = noticeDays;
        this.assignments = assignments;
        this.reports = reports;
        this.zone = ZoneId.of(zone);
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    @Transactional
    public StatusRun recompute(LocalDate today) {
        List<Assignment> all = assignments.listAll();
        Map<Long, List<Object[]>> filed = new HashMap<>();
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> ids = all.subList(from, Math.min(all.size(), from + 1000)).stream().map(a -> a.id).toList();
            for (Object[] row : reports.filedPeriods(ids)) {
                filed.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row);
            }
        }
        int[] counts = new int[3];
        int changed = 0;
        OffsetDateTime now = OffsetDateTime.now();
        for (Assignment assignment : all) {
            Verdict verdict = StatusRules.evaluate(facts(assignment, filed.getOrDefault(assignment.id, List.of()), today),
                    today, assignment.task.plan.warningDays);
            counts[verdict.colour().ordinal()]++;
            long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, assignment.dueDate);
            if (assignment.status != AssignmentStatus.COMPLETED && daysLeft >= 0 && daysLeft <= noticeDays) {
                notifications.toUnit(assignment.unit.id, Notifications.Kind.DEADLINE_APPROACHING,
                        "即将到期：" + assignment.task.number + ". " + assignment.task.title,
                        "完成时限 " + assignment.dueDate + "，当前进度 " + assignment.progress + "%",
                        "/assignments/" + assignment.id + "/report", "deadline:" + assignment.id + ":" + assignment.dueDate);
            }
            if (!verdict.colour().name().equals(assignment.colour) || !verdict.reason().name().equals(assignment.colourReason)) {
                // a bulk update: the light is derived state, so it must not bump the version clients hold
                assignments.update("colour = ?1, colourReason = ?2, colourEvaluatedAt = ?3 where id = ?4",
                        verdict.colour().name(), verdict.reason().name(), now, assignment.id);
                changed++;
            }
        }
        StatusRun run = new StatusRun(all.size(), counts[2], counts[1], counts[0], today.toString());
        AuditLog.Actor who = audit.currentActor();
        // the scheduled run is on record when it changed a light; a run someone asked for, always
        if (changed > 0 || !who.equals(AuditLog.Actor.SYSTEM)) {
            audit.record(who, "RECOMPUTE", "assignment-status", null, null, Map.of("run", run, "changed", changed));
        }
        return run;
    }

    private Facts facts(Assignment assignment, List<Object[]> reportRows, LocalDate today) {
        Plan plan = assignment.task.plan;
        LocalDate start = assignment.createdAt.atZoneSameInstant(zone).toLocalDate();
        Set<String> filedPeriods = new HashSet<>();
        ReportState last = null;
        for (Object[] row : reportRows) {
            ReportState state = (ReportState) row[2];
            if (state != ReportState.DRAFT) {
                filedPeriods.add((String) row[1]);
            }
            last = state == ReportState.DRAFT ? last : state;
        }
        LocalDate missing = null;
        for (ReportPeriod owed : ReportingCalendar.owed(plan.reportCadence, plan.reportDeadlineDays, start, assignment.dueDate)) {
            if (owed.deadline().isBefore(today) && !filedPeriods.contains(owed.label())) {
                missing = owed.deadline();
                break;
            }
        }
        return new Facts(start, assignment.dueDate, assignment.status == AssignmentStatus.COMPLETED, assignment.progress,
                last == ReportState.RETURNED, missing);
    }

    @Transactional
    public StatusSummary summary(long planId, Long confinedUnit) {
        List<Assignment> ofPlan = assignments.list("task.plan.id = ?1" + (confinedUnit == null ? "" : " and unit.id = ?2"),
                confinedUnit == null ? new Object[] { planId } : new Object[] { planId, confinedUnit });
        long[] total = new long[3];
        ofPlan.forEach(a -> total[index(a.colour)]++);
        return new StatusSummary(planId, total[2], total[1], total[0],
                rollUp(ofPlan, a -> a.task.id, a -> a.task.number + ". " + a.task.title, a -> (long) a.task.position),
                rollUp(ofPlan, a -> a.unit.id, a -> a.unit.name, a -> a.unit.id),
                rollUp(ofPlan, a -> a.task.section.id, a -> a.task.section.label() + "、" + a.task.section.title,
                        a -> (long) a.task.section.number));
    }

    private static List<ColourCount> rollUp(List<Assignment> list, Function<Assignment, Long> key,
            Function<Assignment, String> label, Function<Assignment, Long> order) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> labels = new HashMap<>();
        Map<Long, Long> orders = new HashMap<>();
        for (Assignment assignment : list) {
            long id = key.apply(assignment);
            counts.computeIfAbsent(id, k -> new long[3])[index(assignment.colour)]++;
            labels.putIfAbsent(id, label.apply(assignment));
            orders.putIfAbsent(id, order.apply(assignment));
        }
        return counts.entrySet().stream().sorted(Comparator.comparing(e -> orders.get(e.getKey())))
                .map(e -> {
                    long[] c = e.getValue();
                    String worst = c[2] > 0 ? "RED" : c[1] > 0 ? "YELLOW" : "GREEN";
                    return new ColourCount(e.getKey(), labels.get(e.getKey()), c[2], c[1], c[0], worst);
                }).toList();
    }

    private static int index(String colour) {
        return switch (colour) {
            case "RED" -> 2;
            case "YELLOW" -> 1;
            default -> 0;
        };
    }
}
