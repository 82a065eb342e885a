package org.duban.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The attainment rules, free of storage: a unit's figure over periods, several units' figures
 * combined, and whether a figure meets its target. Comparisons use exact decimal arithmetic, so
 * 90 % meets "≥ 90 %" and 30 % fails "< 30 %".
 */
public final class Attainment {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private Attainment() {
    }

    /** What a metric asks for. */
    public record Rule(MetricKind kind, Comparator comparator, BigDecimal target, LocalDate targetDate,
            UnitAggregation aggregation) {
    }

    /**
     * A figure: {@code value} is what is compared (a count, or a percentage for ratios), null when
     * there is no data; the ratio parts and the deliverable's state travel along for roll-ups.
     */
    public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator, Boolean done, LocalDate doneDate) {
        public static final Figure NONE = new Figure(null, null, null, null, null);

        public static Figure count(BigDecimal value) {
            return new Figure(value, null, null, null, null);
        }

        public static Figure ratio(BigDecimal numerator, BigDecimal denominator) {
            return new Figure(percent(numerator, denominator), numerator, denominator, null, null);
        }

        public static Figure deliverable(Boolean done, LocalDate doneDate) {
            return new Figure(done == null ? null : Boolean.TRUE.equals(done) ? HUNDRED : BigDecimal.ZERO, null, null,
                    done, doneDate);
        }

        public boolean hasData() {
            return value != null || done != null;
        }
    }

    /** numerator / denominator as a percentage; no data when either is missing or the denominator is 0. */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, PRECISION);
    }

    /** One stored value as a figure of its metric's kind. */
    public static Figure of(MetricKind kind, BigDecimal value, BigDecimal numerator, BigDecimal denominator, Boolean done,
            LocalDate doneDate) {
        return switch (kind) {
            case COUNT, PERCENT -> Figure.count(value);
            case RATIO, COMPARISON -> Figure.ratio(numerator, denominator);
            case DEADLINE -> Figure.deliverable(done, doneDate);
        };
    }

    /**
     * One unit's figure over several periods of a year, in period order: counts add up, ratios are
     * Σ numerators / Σ denominators, a reported share and a deliverable take their latest state.
     */
    public static Figure acrossPeriods(MetricKind kind, List<Figure> periods) {
        return switch (kind) {
            case COUNT -> sumOfValues(periods);
            case RATIO, COMPARISON -> ratioOfSums(periods);
            case PERCENT, DEADLINE -> periods.stream().filter(Figure::hasData).reduce((first, second) -> second)
                    .orElse(Figure.NONE);
        };
    }

    /** Whether a figure meets the rule; {@code other} is the compared metric's figure for COMPARISON. */
    public static AttainmentStatus judge(Rule rule, Figure figure, Figure other) {
        switch (rule.kind()) {
            case DEADLINE -> {
                if (figure.done() == null) {
                    return AttainmentStatus.NO_DATA;
                }
                boolean onTime = figure.done() && figure.doneDate() != null && !figure.doneDate().isAfter(rule.targetDate());
                return onTime ? AttainmentStatus.MET : AttainmentStatus.NOT_MET;
            }
            case COMPARISON -> {
                if (figure.value() == null || other == null || other.value() == null) {
                    return AttainmentStatus.NO_DATA;
                }
                return status(rule.comparator().holds(figure.value().compareTo(other.value())));
            }
            default -> {
                if (rule.comparator() == null || figure.value() == null) {
                    return AttainmentStatus.NO_DATA;
                }
                return status(rule.comparator().holds(figure.value().compareTo(rule.target())));
            }
        }
    }

    /** Several units' figures, and each unit's own status, combined as the rule's aggregation says. */
    public record Combined(Figure figure, AttainmentStatus status, int reporting, int expected) {
    }

    public static Combined acrossUnits(Rule rule, List<Figure> figures, List<AttainmentStatus> statuses, Figure other) {
        int reporting = (int) figures.stream().filter(Figure::hasData).count();
        int expected = figures.size();
        if (reporting == 0) {
            return new Combined(Figure.NONE, AttainmentStatus.NO_DATA, 0, expected);
        }
        long met = statuses.stream().filter(AttainmentStatus.MET::equals).count();
        Figure combined;
        AttainmentStatus status;
        switch (rule.aggregation()) {
            case SUM -> {
                combined = sumOfValues(figures);
                status = judge(rule, combined, other);
            }
            case RATIO_OF_SUMS -> {
                combined = ratioOfSums(figures);
                status = judge(rule, combined, other);
            }
            case MIN, MAX -> {
                combined = figures.stream().filter(f -> f.value() != null)
                        .reduce((a, b) -> (a.value().compareTo(b.value()) <= 0) == (rule.aggregation() == UnitAggregation.MIN) ? a : b)
                        .orElse(Figure.NONE);
                status = judge(rule, combined, other);
            }
            case ALL_DONE, SHARE_MEETING_TARGET -> {
                // the share of all expected units that meet the target; units without figures do not meet it
                combined = Figure.count(BigDecimal.valueOf(met).multiply(HUNDRED).divide(BigDecimal.valueOf(expected), PRECISION));
                status = met == expected ? AttainmentStatus.MET : AttainmentStatus.NOT_MET;
            }
            default -> throw new IllegalStateException("unknown aggregation " + rule.aggregation());
        }
        return new Combined(combined, status, reporting, expected);
    }

    private static Figure sumOfValues(List<Figure> figures) {
        return figures.stream().map(Figure::value).filter(Objects::nonNull).reduce(BigDecimal::add)
                .map(Figure::count).orElse(Figure.NONE);
    }

    /** Σ numerators / Σ denominators of the figures that have both. */
    public static Figure ratioOfSums(List<Figure> figures) {
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        for (Figure figure : figures) {
            if (figure.numerator() != null && figure.denominator() != null) {
                numerator = numerator == null ? figure.numerator() : numerator.add(figure.numerator());
                denominator = denominator == null ? figure.denominator() : denominator.add(figure.denominator());
            }
        }
        return numerator == null ? Figure.NONE : Figure.ratio(numerator, denominator);
    }

    private static AttainmentStatus status(boolean holds) {
        return holds ? AttainmentStatus.MET : AttainmentStatus.NOT_MET;
    }
}
