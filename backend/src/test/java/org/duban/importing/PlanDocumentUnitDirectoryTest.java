package org.duban.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.duban.importing.UnitDirectory.KnownUnit;
import org.duban.importing.UnitDirectory.Match;
import org.duban.importing.UnitDirectory.Occurrence;
import org.junit.jupiter.api.Test;

class PlanDocumentUnitDirectoryTest {

    private static final Match GENERIC = new Match(null, null, 0.6);

    private static UnitDirectory qinghai() throws IOException {
        return PlanDocumentPreviewParserTest.qinghaiUnits();
    }

    /** The id of the demo unit named {@code name} in {@link PlanDocumentPreviewParserTest#qinghaiUnits()}. */
    private static long id(String name) throws IOException {
        return qinghai().find(name).orElseThrow().unitId();
    }

    @Test
    void findsAUnitByItsFullName() throws IOException {
        Match match = qinghai().find("青海省司法厅").orElseThrow();
        assertEquals("青海省司法厅", match.unitName());
        assertEquals(1.0, match.confidence());
        assertEquals(1L, qinghai().find("青海省人民政府").orElseThrow().unitId());
    }

    @Test
    void findsProvincialUnitsByTheirShortForms() throws IOException {
        UnitDirectory units = qinghai();
        assertEquals(new Match(id("青海省司法厅"), "青海省司法厅", 0.9), units.find("省司法厅").orElseThrow());
        assertEquals(new Match(id("青海省司法厅"), "青海省司法厅", 0.8), units.find("司法厅").orElseThrow());
        assertEquals(1L, units.find("省政府").orElseThrow().unitId());
        assertEquals(1L, units.find("省人民政府").orElseThrow().unitId());
        assertEquals("青海省人民政府办公厅", units.find("省政府办公厅").orElseThrow().unitName());
        assertEquals("青海省发展和改革委员会", units.find("省发展改革委").orElseThrow().unitName());
        assertEquals("青海省发展和改革委员会", units.find("省发改委").orElseThrow().unitName());
        assertEquals("青海省人力资源和社会保障厅", units.find("省人力资源社会保障厅").orElseThrow().unitName());
        assertEquals("青海省人民政府国有资产监督管理委员会", units.find("省政府国资委").orElseThrow().unitName());
        assertEquals("青海省市场监督管理局", units.find("省市场监管局").orElseThrow().unitName());
        assertEquals("青海省司法厅", units.find(" 省司法厅等 ").orElseThrow().unitName());
    }

    @Test
    void findsRegionsByTheirGovernmentsAndAutonomousOnesByTheirShortNames() throws IOException {
        UnitDirectory units = qinghai();
        assertEquals("西宁市", units.find("西宁市").orElseThrow().unitName());
        assertEquals("西宁市", units.find("西宁市政府").orElseThrow().unitName());
        assertEquals("西宁市", units.find("西宁市人民政府").orElseThrow().unitName());
        assertEquals("海北藏族自治州", units.find("海北州").orElseThrow().unitName());
        assertEquals("海西蒙古族藏族自治州", units.find("海西州人民政府").orElseThrow().unitName());
        assertEquals("大通回族土族自治县", units.find("大通县").orElseThrow().unitName());
    }

    @Test
    void genericGroupsMatchWithoutAUnit() throws IOException {
        UnitDirectory units = qinghai();
        for (String group : List.of("各市州", "各市州政府", "各市州人民政府", "各市（州）政府", "各市(州)政府", "各市、自治州人民政府",
                "县级以上政府", "县级以上人民政府", "县级以上政府及其组成部门", "省级行政执法机关", "省级执法机关", "各级行政机关",
                "各级行政执法部门", "省直各部门", "省直有关部门", "省政府各部门")) {
            assertEquals(Optional.of(GENERIC), units.find(group), group);
        }
        assertEquals(Optional.of(GENERIC), UnitDirectory.empty().find("各市州政府"));
    }

    @Test
    void unknownNamesAreNotFound() throws IOException {
        assertEquals(Optional.empty(), qinghai().find("省法院"));
        assertEquals(Optional.empty(), qinghai().find(""));
        assertEquals(Optional.empty(), qinghai().find(null));
        assertEquals(Optional.empty(), UnitDirectory.empty().find("省司法厅"));
    }

    @Test
    void aNameSharedByTwoUnitsRefersToNeither() {
        UnitDirectory units = UnitDirectory.of(List.of(new KnownUnit(1L, "城中区"), new KnownUnit(2L, "城中区"),
                new KnownUnit(3L, "甲乙省丙厅"), new KnownUnit(4L, "甲乙省丙厅")));
        assertEquals(Optional.of(new Match(null, null, 0.5)), units.find("城中区"));
        assertEquals(Optional.of(new Match(null, null, 0.5)), units.find("省丙厅"));

        UnitDirectory threeShare = UnitDirectory.of(List.of(new KnownUnit(5L, "甲局", List.of("共用名")),
                new KnownUnit(6L, "乙局", List.of("共用名")), new KnownUnit(7L, "丙局", List.of("共用名"))));
        assertEquals(Optional.of(new Match(null, null, 0.5)), threeShare.find("共用名"));
    }

    @Test
    void aFullNameWinsOverAnotherUnitsShortForm() {
        UnitDirectory units = UnitDirectory.of(List.of(new KnownUnit(1L, "海北藏族自治州"), new KnownUnit(2L, "海北州")));
        assertEquals(2L, units.find("海北州").orElseThrow().unitId());
        assertEquals(1L, units.find("海北藏族自治州").orElseThrow().unitId());
    }

    @Test
    void givenAliasesAndAnExplicitProvincePrefixAreUsed() {
        UnitDirectory units = UnitDirectory.of(List.of(new KnownUnit(7L, "宁夏回族自治区司法厅", List.of("区司法厅"))), "宁夏回族自治区");
        assertEquals(7L, units.find("自治区司法厅").orElseThrow().unitId());
        assertEquals(7L, units.find("区司法厅").orElseThrow().unitId());
    }

    @Test
    void scanFindsTheLongestNamesLeftToRight() throws IOException {
        String text = "由省司法厅、西宁市人民政府和各市州政府及省直各部门共同推进，海北州配合。";
        List<Occurrence> found = qinghai().scan(text);
        assertEquals(List.of("省司法厅", "西宁市人民政府", "各市州政府", "省直各部门", "海北州"),
                found.stream().map(Occurrence::text).toList());
        for (Occurrence occurrence : found) {
            assertEquals(occurrence.text(), text.substring(occurrence.start(), occurrence.end()));
        }
        assertEquals(GENERIC, found.get(2).match());
        assertTrue(qinghai().scan("").isEmpty());
    }
}
