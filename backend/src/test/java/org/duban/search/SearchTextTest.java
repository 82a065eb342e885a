package org.duban.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.duban.common.FieldError;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void normalizesWhiteSpaceOfEveryKind() {
        assertEquals("法治 政府", SearchText.normalize("\u3000 法治\n\t政府\u00A0 "));
        assertEquals("", SearchText.normalize(null));
        assertEquals("", SearchText.normalize(" \u3000 "));
    }

    @Test
    void acceptsTwoToAHundredCharactersWithoutControlCharacters() {
        assertEquals(List.of(new FieldError("q", "is required")), SearchText.problems(""));
        assertEquals("q", SearchText.problems("法").get(0).field());
        assertTrue(SearchText.problems("法治").isEmpty());
        assertTrue(SearchText.problems("法".repeat(100)).isEmpty());
        assertEquals(1, SearchText.problems("法".repeat(101)).size());
        // characters, not UTF-16 units: two supplementary ideographs are two characters
        assertTrue(SearchText.problems("𠀀𠀁").isEmpty());
        assertEquals(1, SearchText.problems("𠀀").size());
        assertEquals("must not contain control characters", SearchText.problems("法\u0000治").get(0).message());
        assertEquals("must not contain control characters", SearchText.problems("法治\uD800").get(0).message());
    }

    @Test
    void cutsAnExcerptAroundTheFirstMatch() {
        String before = "一".repeat(SearchText.BEFORE + 5);
        String after = "二".repeat(SearchText.AFTER + 5);
        assertEquals("…" + "一".repeat(SearchText.BEFORE) + "西宁" + "二".repeat(SearchText.AFTER) + "…",
                SearchText.excerpt(before + "西宁" + after + "西宁", "西宁"));
        assertEquals("在西宁召开", SearchText.excerpt("在西宁召开", "西宁"));
        assertEquals("The Rule of Law", SearchText.excerpt("The Rule of Law", "RULE"));
        assertEquals("a b", SearchText.excerpt("a\n\n b", "zz"));
        assertEquals("", SearchText.excerpt(null, "法治"));
    }

    @Test
    void findsMatchesWhateverTheirCaseAndStartsAtTheTextWithoutOne() {
        assertEquals(4, SearchText.indexOfIgnoreCase("The RULE of law", "rule"));
        assertEquals(-1, SearchText.indexOfIgnoreCase("法治", "法治政府"));
        String text = "甲".repeat(SearchText.BEFORE + SearchText.AFTER + 10);
        assertEquals("甲".repeat(SearchText.BEFORE + SearchText.AFTER) + "…", SearchText.excerpt(text, "乙"));
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        String text = "𠀀".repeat(100) + "西宁" + "𠀀".repeat(100);
        String excerpt = SearchText.excerpt(text, "西宁");
        assertTrue(excerpt.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE), excerpt);
        assertTrue(excerpt.contains("西宁"));
    }
}
