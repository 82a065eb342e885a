package org.duban.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.duban.importing.PlanDocumentPreview.Deadline;
import org.duban.importing.PlanDocumentPreview.Header;
import org.duban.importing.PlanDocumentPreview.Preview;
import org.duban.importing.PlanDocumentPreview.SectionPart;
import org.duban.importing.PlanDocumentPreview.Target;
import org.duban.importing.PlanDocumentPreview.TaskPart;
import org.duban.importing.PlanDocumentPreview.UnitMention;
import org.junit.jupiter.api.Test;

class PlanDocumentPreviewParserTest {

    static String resource(String path) throws IOException {
        try (InputStream in = PlanDocumentPreviewParserTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String qinghai2024() throws IOException {
        return resource("demo/qinghai-2024-plan.txt");
    }

    /** The demo's prefectures, counties and provincial departments, numbered from 1 in file order. */
    static UnitDirectory qinghaiUnits() throws IOException {
        List<UnitDirectory.KnownUnit> units = new ArrayList<>();
        for (String row : resource("demo/qinghai-units.csv").lines().skip(1).toList()) {
            units.add(new UnitDirectory.KnownUnit((long) units.size() + 1, row.split(",")[1]));
        }
        for (String row : resource("demo/qinghai-departments.csv").lines().skip(1).toList()) {
            units.add(new UnitDirectory.KnownUnit((long) units.size() + 1, row.split(",")[0]));
        }
        return UnitDirectory.of(units);
    }

    static List<TaskPart> tasks(Preview preview) {
        return preview.sections().stream().flatMap(section -> section.tasks().stream()).toList();
    }

    static Target target(String comparator, String value, String unit) {
        return new Target(null, comparator, value == null ? null : new BigDecimal(value), unit);
    }

    /** The targets without their clause text, for comparing with {@link #target}. */
    static List<Target> bare(List<Target> targets) {
        return targets.stream().map(t -> new Target(null, t.comparator(), t.value(), t.unit())).toList();
    }

    static UnitMention unit(String name, String role, Long id, double confidence) {
        return new UnitMention(name, role, id, confidence);
    }

    // ---- the Qinghai 2024 plan ----

    @Test
    void readsTheQinghaiHeader() throws IOException {
        Preview preview = PlanDocumentPreviewParser.parse(qinghai2024(), qinghaiUnits());
        assertEquals(new Header("青海省2024年法治政府建设工作要点", "青政办函〔2024〕19号", "青海省人民政府办公厅", LocalDate.of(2024, 2, 1)),
                preview.header());
    }

    @Test
    void readsNineSectionsAndTwentySixTasksNumberedOneToTwentySixWithoutWarnings() throws IOException {
        Preview preview = PlanDocumentPreviewParser.parse(qinghai2024(), qinghaiUnits());
        assertEquals(9, preview.sections().size());
        assertEquals(List.of("一", "二", "三", "四", "五", "六", "七", "八", "九"),
                preview.sections().stream().map(SectionPart::number).toList());
        assertEquals("进一步加强党的领导,加快法治政府建设率先突破", preview.sections().get(0).title());
        assertEquals(List.of(3, 4, 3, 2, 4, 2, 3, 3, 2), preview.sections().stream().map(s -> s.tasks().size()).toList());

        List<TaskPart> tasks = tasks(preview);
        assertEquals(26, tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            TaskPart task = tasks.get(i);
            assertEquals(String.valueOf(i + 1), task.number());
            assertTrue(task.text().startsWith(task.title() + "。"), task.number());
            assertEquals(List.of(), task.children(), task.number());
        }
        assertEquals("深入开展法治政府建设示范创建活动", tasks.get(0).title());
        assertEquals("加强依法行政意识和能力", tasks.get(2).title());
        assertEquals("推进行政执法规范化建设", tasks.get(13).title());
        assertEquals("切实加强和规范行政机关负责人出庭应诉工作", tasks.get(20).title());
        assertEquals("加强“府院联动”“府检互动”", tasks.get(23).title());
        assertEquals("加强法治人才队伍培育和使用工作", tasks.get(25).title());
        assertEquals(List.of(), preview.warnings());
    }

    @Test
    void task3HasItsThreeTrainingCountsAsAtLeastTargets() throws IOException {
        TaskPart task3 = tasks(PlanDocumentPreviewParser.parse(qinghai2024(), qinghaiUnits())).get(2);
        assertEquals(List.of(target(">=", "2", "次"), target(">=", "5", "次"), target(">=", "1", "次")), bare(task3.targets()));
        assertEquals("每年至少举办2次以上法治专题讲座", task3.targets().get(0).text());
        assertEquals(List.of(new Deadline("每年", null, PlanDocumentPreview.YEAR)), task3.deadlines());
    }

    @Test
    void task14IsDueAtTheEndOfJuneAndTask15AtTheEndOfTheYear() throws IOException {
        List<TaskPart> tasks = tasks(PlanDocumentPreviewParser.parse(qinghai2024(), qinghaiUnits()));
        assertEquals(List.of(new Deadline("2024年6月前", LocalDate.of(2024, 6, 30), null)), tasks.get(13).deadlines());
        assertEquals(List.of(new Deadline("2024年底前", LocalDate.of(2024, 12, 31), null)), tasks.get(14).deadlines());
    }

    @Test
    void task20ComparesWithTheLitigationCorrectionRateAndCapsTheShareOfLawsuits() throws IOException {
        TaskPart task20 = tasks(PlanDocumentPreviewParser.parse(qinghai2024(), qinghaiUnits())).get(19);
        List<Target> targets = bare(task20.targets());
        assertTrue(targets.contains(target(">", null, null)), targets.toString());
        assertTrue(targets.contains(target("<", "30", "%")), targets.toString());
        assertEquals(List.of(target(">", null, null), target("<", "30", "%"), target("<", "10", "%"), target("=", "1", "次")),
                targets);
        assertEquals("行政复议案件纠错率高于本地区同期行政诉讼一审纠错率", task20.targets().get(0).text());
    }

    @Test
    void task21RequiresCourtAppearanceOfAtLeastNinetyPercent() throws IOException {
        TaskPart task21 = tasks(PlanDocumentPreviewParser.parse(qinghai2024(), qinghaiUnits())).get(20);
        assertTrue(bare(task21.targets()).contains(target(">=", "90", "%")));
        assertEquals(List.of(target(">=", "90", "%"), target(">=", "90", "%"), target(">=", "1", "次")), bare(task21.targets()));
    }

    @Test
    void coverageEverywhereIsAHundredPercent() throws IOException {
        TaskPart task12 = tasks(PlanDocumentPreviewParser.parse(qinghai2024(), qinghaiUnits())).get(11);
        assertEquals(List.of(target("=", "100", "%")), bare(task12.targets()));
    }

    @Test
    void genericGroupsInRunningTextAreResponsibleWithLowConfidenceAndNoUnit() throws IOException {
        List<TaskPart> tasks = tasks(PlanDocumentPreviewParser.parse(qinghai2024(), qinghaiUnits()));
        assertEquals(List.of(unit("省级执法机关", "RESPONSIBLE", null, 0.3)), tasks.get(13).units());
        assertEquals(List.of(unit("各级行政执法部门", "RESPONSIBLE", null, 0.3), unit("省级行政执法机关", "RESPONSIBLE", null, 0.3),
                unit("县级以上人民政府", "RESPONSIBLE", null, 0.3)), tasks.get(15).units());
    }

    @Test
    void aKnownUnitInRunningTextIsResponsibleButNotWhenItIsPartOfALawsTitle() throws IOException {
        List<TaskPart> tasks = tasks(PlanDocumentPreviewParser.parse(qinghai2024(), qinghaiUnits()));
        // "省政府2024年立法工作计划": the provincial government, id 1, by its short form
        assertEquals(List.of(unit("省政府", "RESPONSIBLE", 1L, 0.45)), tasks.get(7).units());
        // "《青海省人民政府重大行政决策程序暂行规定》" names the government only in a title
        assertEquals(List.of(unit("县级以上政府及其组成部门", "RESPONSIBLE", null, 0.3)), tasks.get(10).units());
    }

    // ---- a small synthetic plan ----

    static final String SYNTHETIC = """
            东川省人民政府办公厅
            关于印发东川省2025年营商环境优化工作方案的通知
            东政办〔2025〕7号

            各市州人民政府，省政府各部门：
            现将《东川省2025年营商环境优化工作方案》印发给你们，请认真贯彻落实。

            东川省人民政府办公厅
            2025年3月5日

            东川省2025年营商环境优化工作方案

            一、提升政务服务效能
            1．推行高效办成一件事。（省政务服务监督管理局牵头，各市州政府配合）
            （一）梳理事项清单，6月底前公布第一批清单。
            （二）每季度通报一次办理情况，第三季度完成系统对接。
            2、深化“证照分离”改革。牵头单位：省市场监管局；配合单位：省司法厅、省商务厅。上半年完成改革评估，全年开展督查不少于两次。
            二、加强法治保障
            3.规范涉企执法检查。责任单位：各市州政府。年底前涉企检查频次下降不低于百分之二十，每月报送一次进展。
            （1）建立检查计划备案制度；（2）推行“综合查一次”。
            4.强化知识产权保护：①建立快速维权中心，11月30日前挂牌；②开展专项行动至少三轮。由省司法厅负责，长期坚持。
            """;

    static UnitDirectory dongchuanUnits() {
        return UnitDirectory.of(List.of(new UnitDirectory.KnownUnit(10L, "东川省人民政府"),
                new UnitDirectory.KnownUnit(11L, "东川省政务服务监督管理局"), new UnitDirectory.KnownUnit(12L, "东川省市场监督管理局"),
                new UnitDirectory.KnownUnit(13L, "东川省司法厅"), new UnitDirectory.KnownUnit(14L, "东川省商务厅"),
                new UnitDirectory.KnownUnit(15L, "东川省人民政府办公厅")));
    }

    @Test
    void syntheticPlanHeaderComesFromTheCoverLetterAndSignature() {
        Preview preview = PlanDocumentPreviewParser.parse(SYNTHETIC, dongchuanUnits());
        assertEquals(new Header("东川省2025年营商环境优化工作方案", "东政办〔2025〕7号", "东川省人民政府办公厅", LocalDate.of(2025, 3, 5)),
                preview.header());
        assertEquals(List.of(), preview.warnings());
        assertEquals(List.of("1", "2", "3", "4"), tasks(preview).stream().map(TaskPart::number).toList());
    }

    @Test
    void subItemsOnLinesOfTheirOwnBecomeChildrenWithTheirOwnDeadlinesAndTargets() {
        TaskPart task1 = tasks(PlanDocumentPreviewParser.parse(SYNTHETIC, dongchuanUnits())).get(0);
        assertEquals("推行高效办成一件事", task1.title());
        assertEquals("推行高效办成一件事。（省政务服务监督管理局牵头，各市州政府配合）", task1.text());
        assertEquals(List.of("（一）", "（二）"), task1.children().stream().map(TaskPart::number).toList());

        TaskPart first = task1.children().get(0);
        assertEquals("梳理事项清单，6月底前公布第一批清单", first.title());
        assertEquals(List.of(new Deadline("6月底前", LocalDate.of(2025, 6, 30), null)), first.deadlines());

        TaskPart second = task1.children().get(1);
        assertEquals(List.of(new Deadline("每季度", null, PlanDocumentPreview.QUARTER),
                new Deadline("第三季度", LocalDate.of(2025, 9, 30), null)), second.deadlines());
        assertEquals(List.of(target("=", "1", "次")), bare(second.targets()));
    }

    @Test
    void bracketedAssignmentGivesLeadAndCooperatingUnits() {
        TaskPart task1 = tasks(PlanDocumentPreviewParser.parse(SYNTHETIC, dongchuanUnits())).get(0);
        assertEquals(List.of(unit("省政务服务监督管理局", "LEAD", 11L, 0.9), unit("各市州政府", "CO", null, 0.6)), task1.units());
        assertEquals(List.of(), task1.children().get(0).units());
    }

    @Test
    void labelledListsGiveLeadCooperatingAndResponsibleUnits() {
        List<TaskPart> tasks = tasks(PlanDocumentPreviewParser.parse(SYNTHETIC, dongchuanUnits()));
        assertEquals(List.of(unit("省市场监管局", "LEAD", 12L, 0.9), unit("省司法厅", "CO", 13L, 0.9), unit("省商务厅", "CO", 14L, 0.9)),
                tasks.get(1).units());
        assertEquals(List.of(unit("各市州政府", "RESPONSIBLE", null, 0.6)), tasks.get(2).units());
        assertEquals(List.of(unit("省司法厅", "RESPONSIBLE", 13L, 0.9)), tasks.get(3).units());
    }

    @Test
    void halfYearYearEndMonthAndOngoingDeadlinesFallInThePlansYear() {
        List<TaskPart> tasks = tasks(PlanDocumentPreviewParser.parse(SYNTHETIC, dongchuanUnits()));
        assertEquals(List.of(new Deadline("上半年", LocalDate.of(2025, 6, 30), null)), tasks.get(1).deadlines());
        assertEquals(List.of(new Deadline("年底前", LocalDate.of(2025, 12, 31), null),
                new Deadline("每月", null, PlanDocumentPreview.MONTH)), tasks.get(2).deadlines());
        assertEquals(List.of(new Deadline("长期坚持", null, PlanDocumentPreview.ONGOING)), tasks.get(3).deadlines());
    }

    @Test
    void countsWrittenInChineseNumeralsAreTargets() {
        List<TaskPart> tasks = tasks(PlanDocumentPreviewParser.parse(SYNTHETIC, dongchuanUnits()));
        assertEquals(List.of(target(">=", "2", "次")), bare(tasks.get(1).targets()));
        assertEquals("全年开展督查不少于两次", tasks.get(1).targets().get(0).text());
        assertEquals(List.of(target(">=", "20", "%"), target("=", "1", "次")), bare(tasks.get(2).targets()));
    }

    @Test
    void subItemsOnOneLineAndInsideAParagraphAreSplit() {
        List<TaskPart> tasks = tasks(PlanDocumentPreviewParser.parse(SYNTHETIC, dongchuanUnits()));
        TaskPart task3 = tasks.get(2);
        assertEquals(List.of("（1）", "（2）"), task3.children().stream().map(TaskPart::number).toList());
        assertEquals("建立检查计划备案制度", task3.children().get(0).title());
        assertEquals("推行“综合查一次”", task3.children().get(1).title());

        TaskPart task4 = tasks.get(3);
        assertEquals("强化知识产权保护", task4.title());
        assertEquals(List.of("①", "②"), task4.children().stream().map(TaskPart::number).toList());
        TaskPart centre = task4.children().get(0);
        assertEquals("建立快速维权中心，11月30日前挂牌", centre.title());
        assertEquals(List.of(new Deadline("11月30日前", LocalDate.of(2025, 11, 30), null)), centre.deadlines());
        TaskPart campaign = task4.children().get(1);
        assertEquals("开展专项行动至少三轮。", campaign.text());
        assertEquals(List.of(target(">=", "3", "轮")), bare(campaign.targets()));
        // the list ends with the full stop after ②: "由省司法厅负责，长期坚持。" is the work point's own again
        assertEquals(List.of(unit("省司法厅", "RESPONSIBLE", 13L, 0.9)), task4.units());
        assertEquals(List.of(), campaign.units());
    }

    // ---- single rules ----

    private static TaskPart only(String body) {
        Preview preview = PlanDocumentPreviewParser.parse("测试省2024年工作要点\n一、总体要求\n1." + body, UnitDirectory.empty());
        return preview.sections().get(0).tasks().get(0);
    }

    @Test
    void deadlineForms() {
        assertEquals(LocalDate.of(2024, 6, 30), only("工作。2024年6月底前完成。").deadlines().get(0).date());
        assertEquals(LocalDate.of(2024, 2, 29), only("工作。2月底前完成。").deadlines().get(0).date());
        assertEquals(LocalDate.of(2025, 3, 31), only("工作。2025年3月前完成。").deadlines().get(0).date());
        assertEquals(LocalDate.of(2024, 12, 31), only("工作。年底前完成。").deadlines().get(0).date());
        assertEquals(LocalDate.of(2024, 12, 31), only("工作。下半年完成。").deadlines().get(0).date());
        assertEquals(LocalDate.of(2024, 3, 31), only("工作。一季度完成。").deadlines().get(0).date());
        assertEquals(LocalDate.of(2024, 9, 30), only("工作。九月底前完成。").deadlines().get(0).date());
        assertEquals(new Deadline("每年6月底前", LocalDate.of(2024, 6, 30), "YEAR"), only("工作。每年6月底前报告。").deadlines().get(0));
        assertEquals(new Deadline("每半年", null, "HALF_YEAR"), only("工作。每半年报告。").deadlines().get(0));
        assertEquals(new Deadline("持续推进", null, "ONGOING"), only("工作。持续推进。").deadlines().get(0));
        assertEquals(List.of(), only("工作。三年内完成，2月30日前报告。").deadlines());
    }

    @Test
    void targetForms() {
        assertEquals(List.of(target(">", "3", "家")), bare(only("工作。新增超过3家。").targets()));
        assertEquals(List.of(target("<=", "5", "个工作日")), bare(only("工作。办理时限不超过5个工作日。").targets()));
        assertEquals(List.of(target("<=", "2", "%")), bare(only("工作。差错率不高于2%。").targets()));
        assertEquals(List.of(target("=", "100", "%")), bare(only("工作。办结率达到100%。").targets()));
        assertEquals(List.of(target(">=", "95", "%")), bare(only("工作。满意度保持在95％以上。").targets()));
        assertEquals(List.of(target(">=", "90", "%")), bare(only("工作。覆盖率不低于百分之九十。").targets()));
        assertEquals(List.of(target(">=", "1", "次")), bare(only("工作。每年至少开展一次评估。").targets()));
        assertEquals(List.of(target(">=", "10", "场")), bare(only("工作。举办宣讲10场以上。").targets()));
        assertEquals(List.of(), only("工作。召开第26次常务会议。").targets());
        assertEquals("每年学法不少于4次", only("工作。每年学法不少于4次（省司法厅牵头）。").targets().get(0).text());
    }

    @Test
    void firstListedUnitLeadsWhenTheBracketSaysSo() {
        UnitDirectory units = UnitDirectory.of(List.of(new UnitDirectory.KnownUnit(1L, "青海省公安厅"),
                new UnitDirectory.KnownUnit(2L, "青海省司法厅")));
        TaskPart task = PlanDocumentPreviewParser.parse(
                "青海省2024年要点\n一、总体\n1.工作。（省公安厅、省司法厅按职责分工负责，列第一位的为牵头单位）", units).sections().get(0).tasks().get(0);
        assertEquals(List.of(unit("省公安厅", "LEAD", 1L, 0.9), unit("省司法厅", "RESPONSIBLE", 2L, 0.9)), task.units());
        assertEquals("工作", task.title());
    }

    @Test
    void anUnknownUnitInAnAssignmentIsKeptWithLowConfidenceAndAWarning() {
        Preview preview = PlanDocumentPreviewParser.parse("测试省2024年要点\n一、总体\n1.工作（省法院牵头，省司法厅配合）。", UnitDirectory.empty());
        TaskPart task = preview.sections().get(0).tasks().get(0);
        assertEquals(List.of(unit("省法院", "LEAD", null, 0.3), unit("省司法厅", "CO", null, 0.3)), task.units());
        assertEquals("工作", task.title());
        assertEquals(2, preview.warnings().size(), preview.warnings().toString());
        assertTrue(preview.warnings().get(0).contains("省法院"));
    }

    // ---- what the parser is unsure of ----

    @Test
    void warnsAboutNumbersOutOfSequenceAndTasksWithoutTitle() {
        Preview preview = PlanDocumentPreviewParser.parse("""
                测试省2024年工作要点
                一、第一部分
                1.第一项。
                3.第三项。
                三、第三部分
                4.
                （二）子项。
                """, UnitDirectory.empty());
        assertEquals(List.of("一", "三"), preview.sections().stream().map(SectionPart::number).toList());
        List<String> warnings = preview.warnings();
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("work point 3 follows 1"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("part 三 follows part 一"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("sub-item （二） is the first"), warnings.get(2));
        assertTrue(warnings.get(3).startsWith("work point 4 has no title"), warnings.get(3));
        assertNull(tasks(preview).get(2).title());
    }

    @Test
    void aPartNumberThatGoesBackIsReadAsText() {
        Preview preview = PlanDocumentPreviewParser.parse("""
                测试省2024年工作要点
                一、总体要求
                1.第一项。
                一、二级联动机制要健全。
                二、重点任务
                2.第二项。
                """, UnitDirectory.empty());
        assertEquals(2, preview.sections().size());
        assertEquals("第一项。\n一、二级联动机制要健全。", tasks(preview).get(0).text());
        assertEquals(1, preview.warnings().size());
    }

    @Test
    void workPointsWithoutPartsGoUnderOneUnnamedPart() {
        Preview preview = PlanDocumentPreviewParser.parse("测试省2024年工作安排\n1.第一项。\n2.第二项，6月底前完成。", UnitDirectory.empty());
        assertEquals(1, preview.sections().size());
        assertNull(preview.sections().get(0).number());
        assertEquals("测试省2024年工作安排", preview.header().title());
        assertEquals(LocalDate.of(2024, 6, 30), tasks(preview).get(1).deadlines().get(0).date());
        assertEquals(1, preview.warnings().size());
    }

    @Test
    void withoutAYearDeadlinesHaveNoDateAndAWarning() {
        Preview preview = PlanDocumentPreviewParser.parse("工作要点\n一、总体\n1.工作，6月底前完成。", UnitDirectory.empty());
        assertEquals(List.of(new Deadline("6月底前", null, null)), tasks(preview).get(0).deadlines());
        assertTrue(preview.warnings().stream().anyMatch(w -> w.contains("year")), preview.warnings().toString());
    }

    @Test
    void emptyInputGivesAnEmptyPreviewWithAWarning() {
        for (String empty : new String[] { null, "", "  \n\r\n\u3000 " }) {
            Preview preview = PlanDocumentPreviewParser.parse(empty, null);
            assertEquals(List.of(), preview.sections());
            assertEquals(new Header(null, null, null, null), preview.header());
            assertEquals(1, preview.warnings().size());
        }
    }

    @Test
    void garbageGivesAnEmptyPreviewWithAWarning() {
        for (String garbage : new String[] { "PK\u0003\u0004\u0000\u0000\u0014\u0000����", "lorem ipsum dolor sit amet",
                "（（（（）））一、、、、1..1．．①②③", "没有任何部分的文字。" }) {
            Preview preview = PlanDocumentPreviewParser.parse(garbage, UnitDirectory.empty());
            assertEquals(List.of(), preview.sections(), garbage);
            assertEquals(1, preview.warnings().size(), garbage);
            assertFalse(preview.warnings().get(0).isBlank());
        }
    }
}
