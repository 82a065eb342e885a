package org.duban.importing.bulk;

import java.util.List;

/** What a file imports, with the columns it may carry; headers are matched in Chinese or English. */
public enum ImportKind {
    UNITS("responsibility-units", false, List.of(
            new ImportColumn("code", "单位代码", "Division code (12 digits max); the natural key when present", "630100", false,
                    "区划代码", "代码"),
            new ImportColumn("name", "单位名称", "Name", "西宁市", true, "名称"),
            new ImportColumn("type", "单位类型", "PROVINCE, PREFECTURE, COUNTY, PROVINCIAL_DEPARTMENT, OTHER (or 省, 市州, 县市区, 省直部门, 其他)",
                    "PREFECTURE", true, "类型"),
            new ImportColumn("parentCode", "上级单位代码", "Code of the parent unit (it may come earlier in the same file)", "630000", false,
                    "上级代码"),
            new ImportColumn("parentName", "上级单位名称", "Name of the parent unit, when it has no code", "", false, "上级单位"))),
    ASSIGNMENTS("assignments", true, List.of(
            new ImportColumn("taskNumber", "任务序号", "Number of the task in the plan", "3", true, "任务编号", "序号"),
            new ImportColumn("unitCode", "单位代码", "Division code of the unit", "630100", false, "区划代码"),
            new ImportColumn("unitName", "单位名称", "Name of the unit, when it has no code", "", false, "责任单位"),
            new ImportColumn("role", "分工角色", "LEAD or CO (牵头 / 配合)", "LEAD", true, "角色", "分工"),
            new ImportColumn("dueDate", "完成时限", "Due date, e.g. 2024-12-31", "2024-12-31", true, "截止日期"),
            new ImportColumn("note", "备注", "Note", "", false))),
    METRIC_VALUES("metric-values", true, List.of(
            new ImportColumn("metricCode", "指标代码", "Code of the metric in the plan", "Q21-COURT-APPEARANCE", true, "指标编码", "指标"),
            new ImportColumn("unitCode", "单位代码", "Division code of the unit", "630100", false, "区划代码"),
            new ImportColumn("unitName", "单位名称", "Name of the unit, when it has no code", "", false, "责任单位"),
            new ImportColumn("period", "统计期", "2024, 2024-Q2 or 2024-05, as the metric's granularity says", "2024-Q1", true, "期间", "报告期"),
            new ImportColumn("value", "数值", "COUNT and PERCENT metrics", "", false, "值"),
            new ImportColumn("numerator", "分子", "RATIO and COMPARISON metrics", "19", false),
            new ImportColumn("denominator", "分母", "RATIO and COMPARISON metrics", "20", false),
            new ImportColumn("done", "是否完成", "DEADLINE metrics: 是/否, true/false", "", false, "已完成"),
            new ImportColumn("doneDate", "完成日期", "DEADLINE metrics, when done", "", false),
            new ImportColumn("note", "备注", "Note", "", false))),
    PROGRESS_REPORTS("progress-reports", true, List.of(
            new ImportColumn("taskNumber", "任务序号", "Number of the task in the plan", "3", true, "任务编号", "序号"),
            new ImportColumn("unitCode", "单位代码", "Division code of the unit", "630100", false, "区划代码"),
            new ImportColumn("unitName", "单位名称", "Name of the unit, when it has no code", "", false, "责任单位"),
            new ImportColumn("period", "报告期", "Reporting period of the plan's cadence: 2024-Q2 or 2024-05", "2024-Q2", true, "期间"),
            new ImportColumn("text", "进展情况", "What was done", "召开专题会议研究部署，制定工作方案。", true, "内容", "进展"),
            new ImportColumn("progress", "进度", "0–100", "40", true, "完成进度"),
            new ImportColumn("progressReason", "进度回退原因", "Required when progress goes back", "", false),
            new ImportColumn("state", "状态", "DRAFT or SUBMITTED (草稿 / 已报送)", "SUBMITTED", true)));

    private final String slug;
    private final boolean needsPlan;
    private final List<ImportColumn> columns;

    ImportKind(String slug, boolean needsPlan, List<ImportColumn> columns) {
        this.slug = slug;
        this.needsPlan = needsPlan;
        this.columns = columns;
    }

    public String slug() {
        return slug;
    }

    public boolean needsPlan() {
        return needsPlan;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public static java.util.Optional<ImportKind> ofSlug(String slug) {
        for (ImportKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
