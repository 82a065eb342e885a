package org.duban.importing.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of an import by column key, with typed readers that record an error (row, the column as
 * headed in the file, the value) instead of throwing.
 */
public final class ImportRow {
    private static final Pattern CHINESE_DATE = Pattern.compile("^(\\d{4})[年/.-](\\d{1,2})[月/.-](\\d{1,2})日?$");

    private final int number;
    private final Map<String, String> values;
    private final Map<String, String> headers;
    private final List<ImportError> errors;
    private boolean failed;

    ImportRow(int number, Map<String, String> values, Map<String, String> headers, List<ImportError> errors) {
        this.number = number;
        this.values = values;
        this.headers = headers;
        this.errors = errors;
    }

    public int number() {
        return number;
    }

    /** Whether any check of this row failed. */
    public boolean failed() {
        return failed;
    }

    public String text(String key) {
        return values.get(key);
    }

    public void error(String key, String message) {
        failed = true;
        errors.add(new ImportError(number, headers.getOrDefault(key, key), values.get(key), message));
    }

    public String required(String key) {
        String value = values.get(key);
        if (value == null) {
            error(key, "is required");
        }
        return value;
    }

    public String text(String key, int maxLength) {
        String value = values.get(key);
        if (value != null && value.length() > maxLength) {
            error(key, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    public BigDecimal decimal(String key) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.replace(",", "").replace("%", "").strip());
            if (number.signum() < 0) {
                error(key, "must not be negative");
                return null;
            }
            if (number.scale() > 4 || number.precision() - number.scale() > 14) {
                error(key, "must have at most 14 digits before and 4 after the decimal point");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            error(key, "must be a number");
            return null;
        }
    }

    public Integer integer(String key, int min, int max) {
        BigDecimal number = decimal(key);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(key, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return number.intValue();
    }

    /** 2024-06-30, 2024/6/30, 2024.6.30 or 2024年6月30日. */
    public LocalDate date(String key) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        Matcher matcher = CHINESE_DATE.matcher(value.strip());
        try {
            if (matcher.matches()) {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            }
            return LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (java.time.DateTimeException e) {
            error(key, "must be a date such as 2024-06-30");
            return null;
        }
    }

    /** 是/否, true/false, yes/no, 1/0, Y/N. */
    public Boolean bool(String key) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "是", "true", "yes", "y", "1", "已完成", "完成" -> Boolean.TRUE;
            case "否", "false", "no", "n", "0", "未完成" -> Boolean.FALSE;
            default -> {
                error(key, "must be 是 or 否 (true or false)");
                yield null;
            }
        };
    }

    /** An enum constant by name, or by one of its Chinese words. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, Map<String, E> words) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        E word = words.get(value.strip());
        if (word != null) {
            return word;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(key, "must be one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .toList()) + (words.isEmpty() ? "" : " (or " + String.join(", ", words.keySet()) + ")"));
            return null;
        }
    }
}
