package org.duban.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.duban.assignment.AssignmentRole;
import org.duban.assignment.AssignmentStatus;
import org.duban.export.Column;
import org.duban.export.ExportFormat;
import org.duban.export.Exports;
import org.duban.export.Labels;
import org.duban.plan.Plan;
import org.duban.stats.StatsDtos.AttainmentMatrixView;
import org.duban.stats.StatsDtos.ChecklistRow;
import org.duban.stats.StatsDtos.ChecklistView;
import org.duban.stats.StatsDtos.MatrixCell;
import org.duban.stats.StatsDtos.MatrixRow;
import org.duban.stats.StatsDtos.MatrixUnit;
import org.duban.stats.StatsDtos.MetricFigure;
import org.duban.stats.StatsDtos.ScorecardRow;
import org.duban.stats.StatsDtos.ScorecardView;
import org.duban.unit.UnitType;

/**
 * The statistics as files. Views are computed (with their access checks) before the answer
 * starts; the task list, which can be long, is read through a cursor while it is written.
 */
@ApplicationScoped
public class StatsExports {
    private final StatsService stats;
    private final Exports exports;

    StatsExports(StatsService stats, Exports exports) {
        this.stats = stats;
        this.exports = exports;
    }

    public Response checklist(long planId, Long unitId, ExportFormat format) {
        ChecklistView view = stats.checklist(planId, unitId);
        List<Column> columns = List.of(Column.text("序号", 6), Column.text("任务", 40), Column.text("角色", 6),
                Column.date("完成时限"), Column.text("状态", 8), Column.text("灯色", 8), Column.percent("进度"),
                Column.date("完成日期"), Column.text("最近通过进展", 10), Column.text("进展摘要", 60),
                Column.integer("佐证材料"), Column.integer("催办次数"), Column.text("指标完成情况", 50));
        String title = view.unitName() + "对照检查清单";
        return exports.download(format, title, title, List.of(view.planTitle(), "截至 " + view.today()), true, sink -> {
            Integer section = null;
            for (ChecklistRow row : view.rows()) {
                if (section == null || section != row.sectionNumber()) {
                    section = row.sectionNumber();
                    sink.sheet(row.sectionTitle(), columns);
                }
                sink.row(java.util.Arrays.asList(row.taskNumber(), row.taskTitle(), Labels.of(row.role()), row.dueDate(),
                        Labels.of(row.status()), Labels.of(row.colour()), row.progress(), row.completedOn(), row.latestPeriod(),
                        row.latestSummary(), row.evidenceCount(), row.urges(),
                        row.metrics().stream().map(StatsExports::describe).collect(Collectors.joining("；"))));
            }
            if (view.rows().isEmpty()) {
                sink.sheet("清单", columns);
            }
        });
    }

    /** "领导班子法治专题讲座 3次（目标 ≥2）达标" */
    static String describe(MetricFigure figure) {
        String value = figure.value() == null ? "—" : plain(figure.value()) + figure.displayUnit();
        String target = target(figure.comparator(), figure.target(), figure.targetDate(), figure.displayUnit());
        return figure.name() + " " + value + (target.isEmpty() ? "" : "（目标 " + target + "）") + Labels.of(figure.status());
    }

    /** A metric's target in words: "2024-06-30前", "≥2次", "≥对比指标" (against another metric), or "" without one. */
    static String target(org.duban.metric.Comparator comparator, BigDecimal target, java.time.LocalDate targetDate, String unit) {
        return targetDate != null ? targetDate + "前"
                : target != null ? Labels.of(comparator) + plain(target) + unit
                : comparator != null ? Labels.of(comparator) + "对比指标" : "";
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    public Response scorecard(long planId, UnitType type, ExportFormat format) {
        ScorecardView view = stats.scorecard(planId, type);
        Plan plan = stats.planForExport(planId);
        List<Column> columns = List.of(Column.integer("排名"), Column.text("单位", 24), Column.text("代码", 8),
                Column.integer("任务分工"), Column.integer("已完成"), Column.integer("按期完成"), Column.integer("逾期"),
                Column.integer("应报进展"), Column.integer("按时报送"), Column.integer("退回次数"), Column.integer("催办次数"),
                Column.integer("适用指标"), Column.integer("达标指标"), Column.percent("按期完成率"), Column.percent("按时报送率"),
                Column.percent("指标达标率"), Column.decimal("得分"));
        String title = plan.year + "年" + Labels.of(type) + "综合评分排名";
        var w = view.weights();
        String weights = "权重：按期完成 %s，按时报送 %s，指标达标 %s；每次退回扣 %s 分，每次催办扣 %s 分".formatted(
                number(w.completion()), number(w.reporting()), number(w.attainment()),
                number(w.returnedPenalty()), number(w.urgePenalty()));
        return exports.download(format, title, title, List.of(plan.title, "截至 " + view.today(), weights), true, sink -> {
            sink.sheet(Labels.of(type) + "排名", columns);
            for (ScorecardRow r : view.rows()) {
                sink.row(java.util.Arrays.asList(r.rank(), r.name(), r.code(), r.assignments(), r.completed(), r.completedOnTime(),
                        r.overdue(), r.reportsOwed(), r.reportsOnTime(), r.returned(), r.urges(), r.metricsApplicable(),
                        r.metricsMet(), r.completionRate(), r.reportingRate(), r.attainmentRate(), r.score()));
            }
        });
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    public Response attainmentMatrix(long planId, String period, UnitType type, Long parentId, ExportFormat format) {
        AttainmentMatrixView view = stats.attainmentMatrix(planId, period, type, parentId);
        Plan plan = stats.planForExport(planId);
        List<Column> columns = new ArrayList<>(List.of(Column.text("指标", 30), Column.text("目标", 14),
                Column.integer("达标"), Column.integer("未达标"), Column.integer("无数据")));
        for (MatrixUnit unit : view.units()) {
            columns.add(Column.text(unit.name(), 14));
        }
        String title = plan.year + "年指标完成情况表（" + view.period() + "）";
        return exports.download(format, title, title, List.of(plan.title), true, sink -> {
            sink.sheet("指标完成情况", columns);
            for (MatrixRow row : view.rows()) {
                Map<Long, MatrixCell> cells = row.cells().stream().collect(Collectors.toMap(MatrixCell::unitId, c -> c));
                List<Object> line = new ArrayList<>(List.of(row.name(),
                        target(row.comparator(), row.target(), row.targetDate(), row.displayUnit()),
                        row.met(), row.notMet(), row.noData()));
                for (MatrixUnit unit : view.units()) {
                    MatrixCell cell = cells.get(unit.id());
                    line.add(cell == null ? "不适用"
                            : (cell.value() == null ? "" : plain(cell.value()) + row.displayUnit() + " ") + Labels.of(cell.status()));
                }
                sink.row(line);
            }
        });
    }

    public Response taskList(long planId, Long sectionId, Long unitId, String colour, AssignmentStatus status,
            AssignmentRole role, ExportFormat format) {
        Plan plan = stats.planForExport(planId);
        StatsService.TaskListQuery query = stats.taskListQuery(planId, sectionId, unitId, colour, status, role);
        List<Column> columns = List.of(Column.text("部分", 18), Column.text("序号", 6), Column.text("任务", 36),
                Column.text("责任单位", 20), Column.text("单位代码", 8), Column.text("角色", 6), Column.date("完成时限"),
                Column.text("状态", 8), Column.percent("进度"), Column.text("灯色", 8), Column.text("原因", 14),
                Column.date("完成日期"), Column.integer("催办次数"));
        String title = plan.year + "年任务分工清单";
        return exports.download(format, title, title, List.of(plan.title), true, sink -> {
            int[] section = { -1 };
            stats.streamTaskList(query, row -> {
                try {
                    if (row.integer("section_number") != section[0]) {
                        section[0] = row.integer("section_number");
                        sink.sheet(row.str("section_title"), columns);
                    }
                    sink.row(java.util.Arrays.asList(row.str("section_title"), row.str("task_number"), row.str("task_title"),
                            row.str("unit_name"), row.str("unit_code"), Labels.of(row.str("role")), row.date("due_date"),
                            Labels.of(row.str("status")), row.integer("progress"), Labels.of(row.str("colour")),
                            Labels.of(row.str("colour_reason")), row.date("completed_on"), row.count("urges")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (section[0] < 0) {
                sink.sheet("任务分工", columns);
            }
        });
    }
}
