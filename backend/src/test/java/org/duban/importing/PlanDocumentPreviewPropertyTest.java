package org.duban.importing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.duban.importing.PlanDocumentPreview.Deadline;
import org.duban.importing.PlanDocumentPreview.Preview;
import org.duban.importing.PlanDocumentPreview.SectionPart;
import org.duban.importing.PlanDocumentPreview.Target;
import org.duban.importing.PlanDocumentPreview.TaskPart;
import org.duban.importing.PlanDocumentPreview.UnitMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated documents — assembled from plan-like pieces, mangled copies of the Qinghai plan, and soups of the
 * characters the parser reacts to — never make the parser throw, and everything it reports is taken from the input.
 * The seed is printed; rerun a failure with {@code -Dduban.plandoc.seed=<seed>}, and generate more documents with
 * {@code -Dduban.plandoc.documents=<count>}.
 */
class PlanDocumentPreviewPropertyTest {
    private static final int DOCUMENTS = Integer.getInteger("duban.plandoc.documents", 1500);

    private static final String[] HEADERS = { "青海省2024年法治政府建设工作要点", "东川省人民政府办公厅", "青政办函〔2024〕19号", "2024年2月1日",
            "二〇二五年三月五日", "关于印发某某省2023年工作方案的通知", "发文字号 :青政办函〔2024〕19号", "成文日期 :2024-02-31",
            "发布机构 :青海省人民政府办公厅公文时效 :有效", "(此件公开发布)", "各市、自治州人民政府,省政府各委、办、厅、局:", "工作要点", "" };
    private static final String[] MARKERS = { "一、", "二、", "三、", "十、", "十一、", "九十九、", "十十、", "1.", "2．", "3、", "26.", "999.",
            "0.", "1.5", "（一）", "(二)", "（十）", "（1）", "(2)", "(99)", "①", "②", "⑳", "（", "）", "附件1：", "附件", "" };
    private static final String[] PHRASES = { "深入开展法治政府建设示范创建活动。", "（省司法厅牵头，各市州政府配合）", "（省公安厅、省司法厅按职责分工负责，列第一位的为牵头单位）",
            "牵头单位：省市场监管局；配合单位：省司法厅、省商务厅。", "责任单位：各市州政府", "牵头单位：", "配合单位：；", "由省司法厅负责", "由负责",
            "（牵头）", "（配合", "（省法院牵头", "2024年6月底前", "6月前", "13月底前", "0月前", "2月30日前", "9999年底前", "年底前", "今年年底", "明年上半年",
            "第三季度", "第五季度", "每季度", "每年6月底前", "每月", "按月", "长期坚持", "持续推进", "不少于5次", "至少举办2次以上", "不低于90%", "低于30%",
            "高于本地区同期行政诉讼一审纠错率", "达到100%", "全覆盖", "超过3家", "不超过5个工作日", "不高于", "两次", "不少于两千零三十次",
            "不少于999999999999999999999次", "百分之", "不低于百分之九十", "率100%", "10场以上", "每年发布1次", "《青海省人民政府规定》", "省政府", "西宁市人民政府",
            "海北州", "县级以上政府及其组成部门", "各级行政机关", "①建立中心；②开展行动。", "：（1）甲；（2）乙。", "（一）甲（二）乙", "。", "，", "；", "\n", "\r\n",
            "\u3000", "\u00a0", "\t", "\ufeff", " " };
    private static final String SOUP = "一二三十、.．（）()①②0123456789年月日底前季度每不少于低于高于%％次项牵头配合负责单位：；。，由省司法厅各市州政府《》\n ";

    private static String qinghai;
    private static UnitDirectory units;

    @BeforeAll
    static void load() throws IOException {
        qinghai = PlanDocumentPreviewParserTest.qinghai2024();
        units = PlanDocumentPreviewParserTest.qinghaiUnits();
    }

    @Test
    void neverThrowsAndReportsOnlyWhatTheInputContains() {
        long seed = Long.getLong("duban.plandoc.seed", System.nanoTime());
        System.out.println("PlanDocumentPreviewPropertyTest seed " + seed + " (rerun with -Dduban.plandoc.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int n = 0; n < DOCUMENTS; n++) {
            String document = switch (n % 3) {
                case 0 -> assembled(random);
                case 1 -> mangled(random);
                default -> soup(random);
            };
            Preview preview;
            try {
                preview = PlanDocumentPreviewParser.parse(document, units);
            } catch (RuntimeException e) {
                throw new AssertionError("document " + n + " (seed " + seed + ") threw:\n" + document, e);
            }
            check(preview, document, "document " + n + " (seed " + seed + "):\n" + document);
        }
    }

    @Test
    void aLongDocumentIsReadQuickly() {
        String longDocument = String.join("\n", Collections.nCopies(30, qinghai));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Preview preview = PlanDocumentPreviewParser.parse(longDocument, units);
            check(preview, longDocument, "30 copies of the Qinghai plan");
        });
    }

    private static String assembled(Random random) {
        StringBuilder document = new StringBuilder();
        for (int i = 0, lines = random.nextInt(4); i < lines; i++) {
            document.append(pick(random, HEADERS)).append('\n');
        }
        for (int i = 0, lines = random.nextInt(30); i < lines; i++) {
            document.append(pick(random, MARKERS));
            for (int k = 0, phrases = random.nextInt(6); k < phrases; k++) {
                document.append(pick(random, PHRASES));
            }
            document.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return document.toString();
    }

    private static String mangled(Random random) {
        List<String> lines = new ArrayList<>(qinghai.lines().toList());
        for (int k = 0, edits = 1 + random.nextInt(12); k < edits && !lines.isEmpty(); k++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(random.nextInt(lines.size() + 1), lines.get(at));
                case 2 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                case 4 -> lines.set(at, pick(random, MARKERS) + pick(random, PHRASES) + lines.get(at));
                default -> {
                    String line = lines.get(at);
                    int cut = random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, cut) + pick(random, PHRASES) + line.substring(cut));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String soup(Random random) {
        StringBuilder document = new StringBuilder();
        for (int i = 0, length = random.nextInt(400); i < length; i++) {
            document.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x3000) : SOUP.charAt(random.nextInt(SOUP.length())));
        }
        return document.toString();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** The preview is complete, and its numbers, units, deadlines and targets are words of the input. */
    private static void check(Preview preview, String input, String context) {
        // the parser evens out these characters before reading, so compare with the input evened out the same way
        String text = input.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace('\u3000', ' ')
                .replace("\ufeff", "");
        assertNotNull(preview.header(), context);
        assertNotNull(preview.warnings(), context);
        if (preview.sections().isEmpty()) {
            assertTrue(!preview.warnings().isEmpty(), "an empty preview says why: " + context);
        }
        for (SectionPart section : preview.sections()) {
            if (section.number() != null) {
                assertTrue(text.contains(section.number() + "、"), "part " + section.number() + " in " + context);
            }
            for (TaskPart task : section.tasks()) {
                check(task, text, context);
            }
        }
    }

    private static final Set<String> ROLES = Set.of("LEAD", "CO", "RESPONSIBLE");
    private static final Set<String> CADENCES = Set.of("YEAR", "HALF_YEAR", "QUARTER", "MONTH", "ONGOING");
    private static final Set<String> COMPARATORS = Set.of(">=", ">", "<=", "<", "=");

    private static void check(TaskPart task, String text, String context) {
        String where = "item " + task.number() + " in " + context;
        if (task.number() == null || !text.contains(task.number())) {
            fail("the number of " + where);
        }
        assertNotNull(task.text(), where);
        for (UnitMention unit : task.units()) {
            assertTrue(text.contains(unit.name()), unit + " of " + where);
            assertTrue(ROLES.contains(unit.role()), unit + " of " + where);
            assertTrue(unit.confidence() > 0 && unit.confidence() <= 1, unit + " of " + where);
        }
        for (Deadline deadline : task.deadlines()) {
            assertTrue(text.contains(deadline.text()), deadline + " of " + where);
            assertTrue(deadline.cadence() == null || CADENCES.contains(deadline.cadence()), deadline + " of " + where);
        }
        for (Target target : task.targets()) {
            assertTrue(text.contains(target.text()), target + " of " + where);
            assertTrue(COMPARATORS.contains(target.comparator()), target + " of " + where);
            assertTrue((target.value() == null) == (target.unit() == null), target + " of " + where);
        }
        for (TaskPart child : task.children()) {
            check(child, text, context);
        }
    }
}
