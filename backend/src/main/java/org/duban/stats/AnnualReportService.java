package org.duban.stats;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.account.CurrentActor;
import org.duban.audit.AuditLog;
import org.duban.common.Conflict;
import org.duban.common.ETags;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sql.Row;
import org.duban.export.Labels;
import org.duban.plan.Plan;
import org.duban.stats.AnnualReportDtos.AnnualReportInput;
import org.duban.stats.AnnualReportDtos.AnnualReportView;
import org.duban.stats.AnnualReportDtos.CreateAnnualReport;
import org.duban.stats.StatsDtos.MetricFigure;
import org.duban.unit.ResponsibilityUnit;

/**
 * Annual summary reports: a draft written from the unit's figures (its whole subtree: the province's
 * report covers every unit), which people then edit and finalise.
 */
@ApplicationScoped
public class AnnualReportService {
    private final StatsService stats;
    private final CurrentActor actor;
    private final AuditLog audit;

    AnnualReportService(StatsService stats, CurrentActor actor, AuditLog audit) {
        this.stats = stats;
        this.actor = actor;
        this.audit = audit;
    }

    public AnnualReport find(long id) {
        AnnualReport report = AnnualReport.<AnnualReport>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("annual report", id));
        actor.requireVisible(report.unit.id, "annual report", id);
        return report;
    }

    @Transactional
    public PageView<AnnualReportView> list(Long planId, Long unitId, PageQuery page) {
        Long unit = actor.unitFilter(unitId);
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (planId != null) {
            query.append(" and plan.id = :planId");
            parameters.put("planId", planId);
        }
        if (unit != null) {
            query.append(" and unit.id = :unitId");
            parameters.put("unitId", unit);
        }
        return PageView.of(AnnualReport.<AnnualReport>find(query + " order by plan.year desc, unit.id", parameters), page,
                AnnualReportService::view);
    }

    @Transactional
    public AnnualReportView get(long id) {
        return view(find(id));
    }

    @Transactional
    public AnnualReportView create(CreateAnnualReport input) {
        Long unitId = actor.unitFilter(input.unitId());
        if (unitId == null) {
            throw new InvalidInput("unitId", "is required");
        }
        Plan plan = stats.planForExport(input.planId());
        ResponsibilityUnit unit = ResponsibilityUnit.<ResponsibilityUnit>findByIdOptional(unitId)
                .orElseThrow(() -> new InvalidInput("unitId", "responsibility unit " + unitId + " does not exist"));
        if (AnnualReport.count("plan = ?1 and unit = ?2", plan, unit) > 0) {
            throw new Conflict("the annual report of " + unit.name + " for " + plan.year + " exists already; edit it or regenerate its draft");
        }
        AnnualReport report = new AnnualReport();
        report.plan = plan;
        report.unit = unit;
        report.title = unit.name + plan.year + "年法治政府建设情况报告";
        report.dueDate = AnnualReport.dueDate(plan.year, unit.type);
        fill(report, draft(plan, unit));
        report.persist();
        report.flush();
        AnnualReportView view = view(report);
        audit.created("annual-report", report.id, view);
        return view;
    }

    @Transactional
    public AnnualReportView update(long id, String ifMatch, AnnualReportInput input) {
        AnnualReport report = find(id);
        ETags.requireMatch(ifMatch, report.version);
        report.requireDraft();
        AnnualReportView before = view(report);
        report.title = input.title().strip();
        fill(report, new String[] { input.measures(), input.shortcomings(), input.leadership(), input.nextYear(),
                input.otherMatters() });
        report.generatedAt = before.generatedAt();
        report.flush();
        AnnualReportView after = view(report);
        audit.updated("annual-report", id, before, after);
        return after;
    }

    @Transactional
    public AnnualReportView regenerate(long id, String ifMatch) {
        AnnualReport report = find(id);
        ETags.requireMatch(ifMatch, report.version);
        report.requireDraft();
        AnnualReportView before = view(report);
        fill(report, draft(report.plan, report.unit));
        report.flush();
        AnnualReportView after = view(report);
        audit.updated("annual-report", id, before, after);
        return after;
    }

    @Transactional
    public AnnualReportView finalise(long id, String ifMatch) {
        AnnualReport report = find(id);
        ETags.requireMatch(ifMatch, report.version);
        AnnualReportView before = view(report);
        report.finalise(actor.name(), OffsetDateTime.now());
        report.flush();
        AnnualReportView after = view(report);
        audit.updated("annual-report", id, before, after);
        return after;
    }

    private static void fill(AnnualReport report, String[] parts) {
        report.measures = parts[0];
        report.shortcomings = parts[1];
        report.leadership = parts[2];
        report.nextYear = parts[3];
        report.otherMatters = parts[4];
        report.generatedAt = OffsetDateTime.now();
    }

    static AnnualReportView view(AnnualReport r) {
        return new AnnualReportView(r.id, r.plan.id, r.plan.year, r.unit.id, r.unit.name, r.title, r.dueDate, r.measures,
                r.shortcomings, r.leadership, r.nextYear, r.otherMatters, r.state.name(), r.generatedAt, r.finalisedBy,
                r.finalisedAt, r.version, r.updatedAt);
    }

    public static final List<String> PART_HEADINGS = List.of("一、推进法治政府建设的主要举措和成效", "二、存在的不足和原因",
            "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、下一年度推进法治政府建设的主要安排", "五、其他需要报告的情况");

    /** The five parts written from the figures of the unit's subtree. */
    String[] draft(Plan plan, ResponsibilityUnit unit) {
        StatsService.Scope scope = stats.yearScopeFor(plan, unit.id);
        List<Row> tasks = scope.list(StatsSql.TASK_SUMMARY);
        List<Row> lagging = scope.list(StatsSql.LAGGING_UNITS);
        Row extra = scope.one(StatsSql.INSTRUCTIONS_AND_EXTENSIONS);
        Map<String, List<MetricFigure>> metricsByCode = new LinkedHashMap<>();
        Map<Long, List<String>> metricCodesByTask = new LinkedHashMap<>();
        for (Row row : scope.list(StatsSql.METRIC_VERDICTS)) {
            MetricFigure figure = StatsService.figure(row);
            if (!metricsByCode.containsKey(figure.code()) && row.lng("task_id") != null) {
                metricCodesByTask.computeIfAbsent(row.lng("task_id"), k -> new ArrayList<>()).add(figure.code());
            }
            metricsByCode.computeIfAbsent(figure.code(), k -> new ArrayList<>()).add(figure);
        }
        long total = tasks.stream().mapToLong(r -> r.count("total")).sum();
        long completed = tasks.stream().mapToLong(r -> r.count("completed")).sum();

        StringBuilder measures = new StringBuilder();
        measures.append("%d年，%s认真贯彻落实《%s》，全年承担任务分工%d项，已完成%d项，完成率%s%%。主要工作如下：\n".formatted(
                plan.year, unit.name, plan.title, total, completed, number(StatsService.percent(completed, total))));
        Integer section = null;
        for (Row task : tasks) {
            if (section == null || section != task.integer("section_number").intValue()) {
                section = task.integer("section_number");
                measures.append("（").append(org.duban.plan.ChineseNumerals.of(section)).append("）")
                        .append(task.str("section_title")).append("\n");
            }
            measures.append("%s. %s：分工%d项，已完成%d项，平均进度%s%%。".formatted(task.str("number"), task.str("title"),
                    task.count("total"), task.count("completed"), number(task.dec("average_progress").doubleValue())));
            String highlight = task.str("highlight");
            if (highlight != null) {
                measures.append(sentences(highlight, 2));
            }
            for (String code : metricCodesByTask.getOrDefault(task.lng("id"), List.of())) {
                measures.append(metricSentence(metricsByCode.get(code)));
            }
            measures.append("\n");
        }

        StringBuilder shortcomings = new StringBuilder();
        if (lagging.isEmpty()) {
            shortcomings.append("全年任务均按期推进，无逾期未完成事项。\n");
        } else {
            shortcomings.append("部分任务推进滞后，截至%s仍有%d个单位存在逾期未完成事项：".formatted(stats.today(), lagging.size()));
            List<String> names = lagging.stream().limit(15)
                    .map(r -> "%s（%d项，第%s项任务）".formatted(r.str("name"), r.count("overdue"), r.str("tasks"))).toList();
            shortcomings.append(String.join("、", names)).append(lagging.size() > 15 ? "等。\n" : "。\n");
        }
        List<String> unmet = new ArrayList<>();
        metricsByCode.forEach((code, figures) -> {
            long notMet = figures.stream().filter(f -> f.status() == org.duban.metric.AttainmentStatus.NOT_MET).count();
            if (notMet > 0) {
                unmet.add("%s（%d个单位未达标）".formatted(figures.get(0).name(), notMet));
            }
        });
        if (!unmet.isEmpty()) {
            shortcomings.append("部分指标未达到年度目标：").append(String.join("、", unmet)).append("。\n");
        }
        if (extra.count("returned") > 0) {
            shortcomings.append("进展报送质量有待提高，全年进展报告被退回修改%d次。\n".formatted(extra.count("returned")));
        }
        shortcomings.append("主要原因：（请结合实际补充原因分析。）");

        StringBuilder leadership = new StringBuilder();
        leadership.append("党政主要负责人认真履行推进法治建设第一责任人职责，");
        leadership.append("全年对法治政府建设作出批示%d件，已办复%d件。\n".formatted(extra.count("instructions"), extra.count("answered")));
        metricsByCode.forEach((code, figures) -> {
            if (code.startsWith("Q03-") || code.startsWith("Q21-")) {
                leadership.append(metricSentence(figures)).append("\n");
            }
        });
        leadership.append("（请补充主要负责人研究部署、督促推动、带头尊法学法守法用法等情况。）");

        StringBuilder nextYear = new StringBuilder();
        List<Row> open = tasks.stream().filter(r -> r.count("completed") < r.count("total")).toList();
        nextYear.append("%d年，将对照法治政府建设实施纲要和年度工作要点，重点抓好以下工作：\n".formatted(plan.year + 1));
        for (Row task : open) {
            nextYear.append("继续推进“%s”（已完成%d/%d项分工）。\n".formatted(task.str("title"), task.count("completed"),
                    task.count("total")));
        }
        nextYear.append("（请补充下一年度的重点安排。）");

        String other = extra.count("extensions") > 0
                ? "全年经批准延期办理的任务分工%d项。\n（如有其他需要报告的情况，请在此补充。）".formatted(extra.count("extensions"))
                : "（如有其他需要报告的情况，请在此补充。）";
        return new String[] { measures.toString().strip(), shortcomings.toString().strip(), leadership.toString().strip(),
                nextYear.toString().strip(), other };
    }

    /** "指标「…」：8个单位中6个达标（目标 ≥90%）。" or, for one unit, its figure. */
    private static String metricSentence(List<MetricFigure> figures) {
        MetricFigure first = figures.get(0);
        String target = StatsExports.target(first.comparator(), first.target(), first.targetDate(), first.displayUnit())
                + (first.targetDate() != null ? "完成" : "");
        if (figures.size() == 1) {
            return "指标“%s”%s（目标%s），%s。".formatted(first.name(),
                    first.value() == null ? "暂无数据" : "为" + StatsExports.plain(first.value()) + first.displayUnit(), target,
                    Labels.of(first.status()));
        }
        long met = figures.stream().filter(f -> f.status() == org.duban.metric.AttainmentStatus.MET).count();
        return "指标“%s”：%d个单位中%d个达标（目标%s）。".formatted(first.name(), figures.size(), met, target);
    }

    private static String sentences(String text, int count) {
        String[] parts = text.split("(?<=。)");
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < Math.min(count, parts.length); i++) {
            result.append(parts[i].strip());
        }
        return result.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
