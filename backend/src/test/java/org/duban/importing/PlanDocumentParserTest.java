package org.duban.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.duban.importing.PlanDocumentParser.ParsedPlan;
import org.duban.importing.PlanDocumentParser.ParsedTask;
import org.junit.jupiter.api.Test;

class PlanDocumentParserTest {

    private static String qinghai2024() throws IOException {
        try (InputStream in = PlanDocumentParserTest.class.getClassLoader().getResourceAsStream("demo/qinghai-2024-plan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheQinghai2024PlanMetadata() throws IOException {
        ParsedPlan plan = PlanDocumentParser.parse(qinghai2024());
        assertEquals("青海省2024年法治政府建设工作要点", plan.title());
        assertEquals(2024, plan.year());
        assertEquals("青海省人民政府办公厅", plan.issuer());
        assertEquals("青政办函〔2024〕19号", plan.documentNumber());
        assertEquals(LocalDate.of(2024, 2, 1), plan.issueDate());
    }

    @Test
    void readsAllNineSectionsAndTwentySixWorkPointsInOrder() throws IOException {
        ParsedPlan plan = PlanDocumentParser.parse(qinghai2024());
        assertEquals(9, plan.sections().size());
        assertEquals("进一步加强党的领导,加快法治政府建设率先突破", plan.sections().get(0).title());
        assertEquals("提升保障支撑能力,夯实法治政府建设基础", plan.sections().get(8).title());
        List<ParsedTask> tasks = plan.sections().stream().flatMap(s -> s.tasks().stream()).toList();
        assertEquals(26, tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            assertEquals(String.valueOf(i + 1), tasks.get(i).number());
            assertEquals(i, tasks.get(i).position());
            assertTrue(tasks.get(i).content().startsWith(tasks.get(i).title() + "。"), tasks.get(i).number());
        }
        assertEquals(List.of(3, 4, 3, 2, 4, 2, 3, 3, 2), plan.sections().stream().map(s -> s.tasks().size()).toList());
        assertEquals("深入开展法治政府建设示范创建活动", tasks.get(0).title());
        assertEquals("切实加强和规范行政机关负责人出庭应诉工作", tasks.get(20).title());
        assertEquals("加强法治人才队伍培育和使用工作", tasks.get(25).title());
        assertTrue(tasks.get(2).content().contains("每年至少举办2次以上法治专题讲座"));
    }

    @Test
    void keepsContinuationParagraphsWithTheirWorkPoint() {
        ParsedPlan plan = PlanDocumentParser.parse("""
                某省2025年工作要点

                一、总体要求

                1.第一项工作。具体内容。

                补充的一段。

                2.第二项工作
                """);
        List<ParsedTask> tasks = plan.sections().get(0).tasks();
        assertEquals("第一项工作。具体内容。\n补充的一段。", tasks.get(0).content());
        assertEquals("第二项工作", tasks.get(1).title());
        assertEquals(2025, plan.year());
        assertEquals("某省2025年工作要点", plan.title());
    }

    @Test
    void refusesTextWithoutSections() {
        assertThrows(IllegalArgumentException.class, () -> PlanDocumentParser.parse("没有任何部分的文字。"));
    }
}
