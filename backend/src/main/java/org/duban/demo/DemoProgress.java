package org.duban.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.duban.assignment.Assignment;
import org.duban.assignment.AssignmentStatus;
import org.duban.metric.Period;
import org.duban.plan.Plan;
import org.duban.reporting.ProgressReport;
import org.duban.reporting.ReportState;
import org.duban.reporting.ReportingCalendar;
import org.duban.reporting.ReportingCalendar.ReportPeriod;
import org.duban.reporting.UrgeNotice;

/**
 * A year of reporting for the demo plan's new assignments, so the dashboard, the scorecard and the
 * checklist have something to show: each assignment dates from the plan's issue date and follows
 * one of a few courses — completed on time, completed late, still open with its last report awaiting
 * review or returned, or gone quiet and urged. Drawn from a seed per assignment, so every load is
 * the same.
 */
@ApplicationScoped
class DemoProgress {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final List<String> ACTIONS = List.of(
            "组织开展专项督查%d次，发现问题%d个，已全部建立整改台账",
            "清理规范性文件%d件，修订完善配套制度%d项",
            "举办专题培训%d场次，参训干部%d人次",
            "召开推进会%d次，印发工作方案和任务清单%d份",
            "开展案卷评查%d次，评查执法案卷%d卷",
            "深入基层调研%d次，梳理典型经验做法%d条");
    private static final List<String> NEXT = List.of(
            "进一步压实责任，强化跟踪问效，确保按期完成",
            "加强统筹协调，及时总结推广经验做法",
            "对照年度目标查漏补缺，推动各项措施落地见效",
            "健全长效机制，把阶段性成果转化为制度成果");

    private final EntityManager em;

    DemoProgress(EntityManager em) {
        this.em = em;
    }

    private enum Course { ON_TIME, LATE, AWAITING_REVIEW, RETURNED, QUIET }

    /** Writes the history of assignments just created; returns the number of reports written. */
    int load(Plan plan, List<Assignment> created) {
        LocalDate start = plan.issueDate != null ? plan.issueDate : LocalDate.of(plan.year, 1, 1);
        int reports = 0;
        for (Assignment assignment : created) {
            Random random = new Random((assignment.task.number + "/" + assignment.unit.name).hashCode());
            int roll = random.nextInt(100);
            Course course = roll < 50 ? Course.ON_TIME : roll < 65 ? Course.LATE : roll < 80 ? Course.AWAITING_REVIEW
                    : roll < 92 ? Course.RETURNED : Course.QUIET;
            List<ReportPeriod> owed = ReportingCalendar.owed(plan.reportCadence, plan.reportDeadlineDays, start, assignment.dueDate);
            if (owed.isEmpty()) {
                continue;
            }
            int filed = course == Course.QUIET ? Math.max(1, owed.size() / 2) : owed.size();
            int progress = 0;
            for (int i = 0; i < filed; i++) {
                ReportPeriod period = owed.get(i);
                boolean last = i == filed - 1;
                boolean completes = last && (course == Course.ON_TIME || course == Course.LATE);
                progress = completes ? 100 : Math.min(95, progress + 15 + random.nextInt(20));
                ProgressReport report = new ProgressReport();
                report.assignment = assignment;
                report.period = period.label();
                report.periodStart = period.period().start();
                report.text = text(assignment, period.period(), random);
                report.progress = progress;
                report.completed = completes;
                report.author = "demo";
                // most reports arrive in the days before the deadline, a few after it
                OffsetDateTime submitted = at(period.deadline().minusDays(random.nextInt(8) - (random.nextInt(10) == 0 ? 9 : 0)));
                report.submittedAt = submitted;
                report.firstSubmittedAt = submitted;
                if (last && course == Course.AWAITING_REVIEW) {
                    report.state = ReportState.SUBMITTED;
                } else if (last && course == Course.RETURNED) {
                    report.state = ReportState.RETURNED;
                    report.timesReturned = 1;
                    report.reviewerComment = "佐证材料不足，请补充会议纪要、工作台账等材料后重新报送。";
                    report.reviewedBy = "supervisor";
                    report.reviewedAt = submitted.plusDays(3);
                } else {
                    report.state = ReportState.APPROVED;
                    report.reviewerComment = "同意。";
                    report.reviewedBy = "supervisor";
                    report.reviewedAt = submitted.plusDays(2);
                }
                em.persist(report);
                reports++;
            }
            if (course == Course.ON_TIME || course == Course.LATE) {
                assignment.track(AssignmentStatus.COMPLETED, 100);
                LocalDate done = course == Course.ON_TIME ? assignment.dueDate.minusDays(random.nextInt(40))
                        : assignment.dueDate.plusDays(5 + random.nextInt(40));
                assignment.completedAt = at(done);
            } else {
                assignment.track(progress == 0 ? AssignmentStatus.NOT_STARTED : AssignmentStatus.IN_PROGRESS, progress);
            }
            if (course == Course.QUIET || course == Course.RETURNED) {
                UrgeNotice urge = new UrgeNotice();
                urge.assignment = assignment;
                urge.level = course == Course.QUIET ? UrgeNotice.Level.RED : UrgeNotice.Level.YELLOW;
                urge.message = "请抓紧推进“" + assignment.task.title + "”，按要求报送进展情况。";
                urge.issuedBy = "supervisor";
                urge.issuedAt = at(owed.get(Math.min(owed.size() - 1, filed)).deadline().plusDays(3));
                em.persist(urge);
            }
        }
        em.flush();
        // the assignments were made when the plan was issued, which is where their reporting calendar starts
        if (!created.isEmpty()) {
            em.createNativeQuery("UPDATE assignment SET created_at = ?1 WHERE id IN (?2)")
                    .setParameter(1, at(start)).setParameter(2, created.stream().map(a -> a.id).toList()).executeUpdate();
        }
        return reports;
    }

    private static OffsetDateTime at(LocalDate day) {
        return OffsetDateTime.of(day, LocalTime.of(10, 0), CHINA);
    }

    private static String text(Assignment assignment, Period period, Random random) {
        String action = ACTIONS.get(random.nextInt(ACTIONS.size())).formatted(1 + random.nextInt(6), 3 + random.nextInt(40));
        return "%s认真落实“%s”工作要求，%s召开专题会议研究部署，制定工作方案，明确责任分工和时间节点。%s。下一步将%s。".formatted(
                assignment.unit.name, assignment.task.title, periodWords(period), action, NEXT.get(random.nextInt(NEXT.size())));
    }

    private static String periodWords(Period period) {
        return switch (period.granularity()) {
            case QUARTER -> period.year() + "年第" + "一二三四".charAt(period.index() - 1) + "季度";
            case MONTH -> period.year() + "年" + period.index() + "月";
            case YEAR -> period.year() + "年";
        };
    }
}
