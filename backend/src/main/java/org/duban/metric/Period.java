package org.duban.metric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: a year ("2024"), a quarter ("2024-Q2") or a month ("2024-05"). */
public record Period(String text, Granularity granularity, int year, int index) {
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])$");

    /** Parses text of exactly the given granularity; throws IllegalArgumentException with a readable reason. */
    public static Period parse(String text, Granularity granularity) {
        Pattern pattern = switch (granularity) {
            case YEAR -> YEAR;
            case QUARTER -> QUARTER;
            case MONTH -> MONTH;
        };
        Matcher matcher = text == null ? null : pattern.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("must be a " + granularity.name().toLowerCase() + " such as "
                    + example(granularity));
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("must be a year between 2000 and 2100");
        }
        return new Period(text, granularity, year, granularity == Granularity.YEAR ? 1 : Integer.parseInt(matcher.group(2)));
    }

    public static String example(Granularity granularity) {
        return switch (granularity) {
            case YEAR -> "2024";
            case QUARTER -> "2024-Q2";
            case MONTH -> "2024-05";
        };
    }

    public LocalDate start() {
        return switch (granularity) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, index, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (granularity) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case MONTH -> start().plusMonths(1).minusDays(1);
        };
    }

    /** The period of a granularity that contains a day. */
    public static Period containing(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case YEAR -> parse(String.valueOf(day.getYear()), granularity);
            case QUARTER -> parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1), granularity);
            case MONTH -> parse(String.format("%d-%02d", day.getYear(), day.getMonthValue()), granularity);
        };
    }

    /** The period right after this one. */
    public Period next() {
        return containing(end().plusDays(1), granularity);
    }

    /** Every period of a granularity within a year, in order. */
    public static List<Period> ofYear(int year, Granularity granularity) {
        List<Period> periods = new ArrayList<>();
        switch (granularity) {
            case YEAR -> periods.add(parse(String.valueOf(year), granularity));
            case QUARTER -> {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    periods.add(parse(year + "-Q" + quarter, granularity));
                }
            }
            case MONTH -> {
                for (int month = 1; month <= 12; month++) {
                    periods.add(parse(String.format("%d-%02d", year, month), granularity));
                }
            }
        }
        return periods;
    }
}
