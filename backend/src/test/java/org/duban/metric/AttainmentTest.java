package org.duban.metric;

import static org.duban.metric.AttainmentStatus.MET;
import static org.duban.metric.AttainmentStatus.NOT_MET;
import static org.duban.metric.AttainmentStatus.NO_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.duban.metric.Attainment.Combined;
import org.duban.metric.Attainment.Figure;
import org.duban.metric.Attainment.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttainmentTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Rule rule(MetricKind kind, Comparator comparator, String target, UnitAggregation aggregation) {
        return new Rule(kind, comparator, target == null ? null : d(target), null, aggregation);
    }

    private static Figure ratio(int numerator, int denominator) {
        return Figure.ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "90, >=, 90, MET", "89.9999, >=, 90, NOT_MET", "91, >=, 90, MET",
            "30, <, 30, NOT_MET", "29.9999, <, 30, MET",
            "10, <=, 10, MET", "10.0001, <=, 10, NOT_MET",
            "5, >, 5, NOT_MET", "5.0001, >, 5, MET",
            "100, =, 100, MET", "99.9999, =, 100, NOT_MET", "100.00, =, 100, MET" })
    void everyComparatorIsExactAtItsBoundary(String figure, String comparator, String target, AttainmentStatus expected) {
        Rule rule = rule(MetricKind.PERCENT, Comparator.ofSymbol(comparator), target, UnitAggregation.MIN);
        assertEquals(expected, Attainment.judge(rule, Figure.count(d(figure)), null));
    }

    @Test
    void ratiosAreExactPercentages() {
        Rule atLeast90 = rule(MetricKind.RATIO, Comparator.GE, "90", UnitAggregation.RATIO_OF_SUMS);
        assertEquals(MET, Attainment.judge(atLeast90, ratio(27, 30), null), "27/30 is exactly 90 %");
        assertEquals(NOT_MET, Attainment.judge(atLeast90, ratio(26, 29), null));
        Rule below30 = rule(MetricKind.RATIO, Comparator.LT, "30", UnitAggregation.RATIO_OF_SUMS);
        assertEquals(NOT_MET, Attainment.judge(below30, ratio(3, 10), null), "30 % fails < 30 %");
        assertEquals(MET, Attainment.judge(below30, ratio(2, 7), null));
        Rule all = rule(MetricKind.RATIO, Comparator.EQ, "100", UnitAggregation.RATIO_OF_SUMS);
        assertEquals(MET, Attainment.judge(all, ratio(3, 3), null));
    }

    @Test
    void zeroOrMissingDenominatorIsNoDataNotZero() {
        Rule rule = rule(MetricKind.RATIO, Comparator.LT, "30", UnitAggregation.RATIO_OF_SUMS);
        assertNull(ratio(0, 0).value());
        assertEquals(NO_DATA, Attainment.judge(rule, ratio(0, 0), null));
        assertEquals(NO_DATA, Attainment.judge(rule, Figure.NONE, null));
        assertEquals(MET, Attainment.judge(rule, ratio(0, 5), null), "0 of 5 is a real 0 %");
        Combined combined = Attainment.acrossUnits(rule, List.of(ratio(0, 0), ratio(0, 0)), List.of(NO_DATA, NO_DATA), null);
        assertEquals(NO_DATA, combined.status());
        assertEquals(0, combined.reporting());
    }

    @Test
    void aReferenceMetricWithoutTargetHasNoAttainment() {
        assertEquals(NO_DATA, Attainment.judge(rule(MetricKind.RATIO, null, null, UnitAggregation.RATIO_OF_SUMS), ratio(1, 2), null));
    }

    @Test
    void comparisonHoldsAgainstTheOtherMetricsFigure() {
        Rule higher = rule(MetricKind.COMPARISON, Comparator.GT, null, UnitAggregation.RATIO_OF_SUMS);
        assertEquals(MET, Attainment.judge(higher, ratio(2, 10), ratio(1, 10)));
        assertEquals(NOT_MET, Attainment.judge(higher, ratio(1, 10), ratio(1, 10)), "equal is not higher");
        assertEquals(NO_DATA, Attainment.judge(higher, ratio(1, 10), ratio(0, 0)));
        assertEquals(NO_DATA, Attainment.judge(higher, ratio(1, 10), null));
    }

    @Test
    void deadlinesMeetOnlyWhenDoneOnTime() {
        Rule byJune = new Rule(MetricKind.DEADLINE, null, null, LocalDate.of(2024, 6, 30), UnitAggregation.ALL_DONE);
        assertEquals(MET, Attainment.judge(byJune, Figure.deliverable(true, LocalDate.of(2024, 6, 30)), null));
        assertEquals(NOT_MET, Attainment.judge(byJune, Figure.deliverable(true, LocalDate.of(2024, 7, 1)), null));
        assertEquals(NOT_MET, Attainment.judge(byJune, Figure.deliverable(false, null), null));
        assertEquals(NO_DATA, Attainment.judge(byJune, Figure.NONE, null));
    }

    /**
     * Crafted so that the two ways disagree: 9 of 10 and 10 of 90 pool to 19 of 100 = 19 % (fails ≥ 50 %),
     * while the wrong mean of ratios, (90 % + 11.1 %) / 2 = 50.6 %, would pass.
     */
    @Test
    void rollUpIsTheRatioOfSumsNeverTheMeanOfRatios() {
        Rule half = rule(MetricKind.RATIO, Comparator.GE, "50", UnitAggregation.RATIO_OF_SUMS);
        Combined combined = Attainment.acrossUnits(half, List.of(ratio(99, 100), ratio(1, 2)),
                List.of(MET, MET), null);
        // 100 of 102 = 98.04 %, where the mean of 99 % and 50 % would be 74.5 %
        assertEquals(0, Attainment.percent(d("100"), d("102")).compareTo(combined.figure().value()));
        Combined skewed = Attainment.acrossUnits(half, List.of(ratio(1, 2), ratio(1, 98)), List.of(MET, NOT_MET), null);
        assertEquals(0, d("2").compareTo(skewed.figure().value()), "2 of 100, not the mean of 50 % and 1 %");
        assertEquals(NOT_MET, skewed.status(), "the mean of ratios (25.5 %) would also fail, but 2 % is the truth");
        assertEquals(d("2"), skewed.figure().numerator());
        assertEquals(d("100"), skewed.figure().denominator());
        Combined disagree = Attainment.acrossUnits(half, List.of(ratio(9, 10), ratio(10, 90)), List.of(MET, NOT_MET), null);
        assertEquals(0, d("19").compareTo(disagree.figure().value()), "19 of 100");
        assertEquals(NOT_MET, disagree.status(), "mean of ratios would say 50.6 % and MET — wrongly");
    }

    @Test
    void otherAggregations() {
        Rule atLeast2 = rule(MetricKind.COUNT, Comparator.GE, "2", UnitAggregation.SHARE_MEETING_TARGET);
        List<Figure> counts = List.of(Figure.count(d("3")), Figure.count(d("1")), Figure.NONE, Figure.count(d("2")));
        List<AttainmentStatus> statuses = counts.stream().map(f -> Attainment.judge(atLeast2, f, null)).toList();
        Combined share = Attainment.acrossUnits(atLeast2, counts, statuses, null);
        assertEquals(0, d("50").compareTo(share.figure().value()), "2 of 4 units meet it; a silent unit does not");
        assertEquals(NOT_MET, share.status());
        assertEquals(3, share.reporting());
        assertEquals(4, share.expected());

        Rule sum = rule(MetricKind.COUNT, Comparator.GE, "6", UnitAggregation.SUM);
        assertEquals(MET, Attainment.acrossUnits(sum, counts, statuses, null).status());
        Rule min = rule(MetricKind.COUNT, Comparator.GE, "2", UnitAggregation.MIN);
        assertEquals(0, d("1").compareTo(Attainment.acrossUnits(min, counts, statuses, null).figure().value()));
        Rule max = rule(MetricKind.COUNT, Comparator.GE, "2", UnitAggregation.MAX);
        assertEquals(0, d("3").compareTo(Attainment.acrossUnits(max, counts, statuses, null).figure().value()));
    }

    @Test
    void acrossPeriodsCountsAddRatiosPoolAndSharesTakeTheLatest() {
        assertEquals(0, d("5").compareTo(Attainment.acrossPeriods(MetricKind.COUNT,
                List.of(Figure.count(d("2")), Figure.NONE, Figure.count(d("3")))).value()));
        assertEquals(0, d("25").compareTo(Attainment.acrossPeriods(MetricKind.RATIO,
                List.of(ratio(1, 1), ratio(0, 3))).value()), "1 of 4, not the mean of 100 % and 0 %");
        assertEquals(0, d("70").compareTo(Attainment.acrossPeriods(MetricKind.PERCENT,
                List.of(Figure.count(d("90")), Figure.count(d("70")), Figure.NONE)).value()));
        assertNull(Attainment.acrossPeriods(MetricKind.COUNT, List.of()).value());
    }

    /** Property: the combined ratio always lies between the smallest and largest unit ratio. */
    @Test
    void ratioOfSumsStaysWithinTheUnitsRange() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Rule rule = rule(MetricKind.RATIO, Comparator.GE, "90", UnitAggregation.RATIO_OF_SUMS);
        for (int round = 0; round < 2_000; round++) {
            List<Figure> figures = new ArrayList<>();
            for (int unit = 0; unit < 1 + random.nextInt(20); unit++) {
                int denominator = 1 + random.nextInt(500);
                figures.add(ratio(random.nextInt(denominator + 1), denominator));
            }
            BigDecimal combined = Attainment.acrossUnits(rule, figures,
                    figures.stream().map(f -> Attainment.judge(rule, f, null)).toList(), null).figure().value();
            BigDecimal low = figures.stream().map(Figure::value).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal high = figures.stream().map(Figure::value).max(BigDecimal::compareTo).orElseThrow();
            assertTrue(combined.compareTo(low.subtract(d("0.000001"))) >= 0 && combined.compareTo(high.add(d("0.000001"))) <= 0,
                    "seed " + seed + ", round " + round + ": " + combined + " outside [" + low + ", " + high + "]");
        }
    }
}
