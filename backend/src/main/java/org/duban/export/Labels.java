package org.duban.export;

import java.util.Map;

/** Chinese words for the codes that appear in exports. */
public final class Labels {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("LEAD", "牵头"), Map.entry("CO", "配合"),
            Map.entry("NOT_STARTED", "未开始"), Map.entry("IN_PROGRESS", "推进中"), Map.entry("COMPLETED", "已完成"),
            Map.entry("RED", "红灯"), Map.entry("YELLOW", "黄灯"), Map.entry("GREEN", "绿灯"),
            Map.entry("NONE", ""), Map.entry("OVERDUE", "逾期未完成"), Map.entry("REPORT_MISSING", "进展未按时报送"),
            Map.entry("BEHIND_SCHEDULE", "进度滞后"), Map.entry("REPORT_RETURNED", "进展被退回"),
            Map.entry("MET", "达标"), Map.entry("NOT_MET", "未达标"), Map.entry("NO_DATA", "无数据"),
            Map.entry("PROVINCE", "省"), Map.entry("PREFECTURE", "市州"), Map.entry("COUNTY", "县市区"),
            Map.entry("PROVINCIAL_DEPARTMENT", "省直部门"), Map.entry("OTHER", "其他"),
            Map.entry("GE", "≥"), Map.entry("GT", ">"), Map.entry("LE", "≤"), Map.entry("LT", "<"), Map.entry("EQ", "="));

    private Labels() {
    }

    public static String of(Object code) {
        if (code == null) {
            return "";
        }
        String key = code instanceof Enum<?> e ? e.name() : code.toString();
        return WORDS.getOrDefault(key, key);
    }
}
