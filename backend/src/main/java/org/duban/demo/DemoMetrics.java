package org.duban.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duban.metric.Comparator;
import org.duban.metric.Granularity;
import org.duban.metric.Metric;
import org.duban.metric.MetricKind;
import org.duban.metric.MetricRepository;
import org.duban.metric.MetricValue;
import org.duban.metric.MetricValueRepository;
import org.duban.metric.Period;
import org.duban.metric.UnitAggregation;
import org.duban.metric.ValueSource;
import org.duban.plan.Plan;
import org.duban.plan.Task;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.ResponsibilityUnitRepository;
import org.duban.unit.UnitType;

/**
 * The 2024 plan's quantitative targets as metrics, and plausible 2024 figures for the units they
 * apply to — drawn from a fixed seed, so every load gives the same figures, some of them missing
 * their targets and some units not reporting at all.
 */
@ApplicationScoped
public class DemoMetrics {
    static final int YEAR = 2024;

    private final MetricRepository metrics;
    private final MetricValueRepository values;
    private final ResponsibilityUnitRepository units;
    private final ObjectMapper json;

    DemoMetrics(MetricRepository metrics, MetricValueRepository values, ResponsibilityUnitRepository units, ObjectMapper json) {
        this.metrics = metrics;
        this.values = values;
        this.units = units;
        this.json = json;
    }

    /** One metric as written in demo/qinghai-2024-metrics.json. */
    record Definition(String code, String task, String name, String nameEn, String description, MetricKind kind,
            String comparator, BigDecimal targetValue, LocalDate targetDate, String unit, Granularity granularity,
            List<UnitType> appliesTo, UnitAggregation unitAggregation, String compareTo) {
    }

    /** Returns how many metrics and figures were added. */
    int[] load(Plan plan, Map<String, Task> tasksByNumber) {
        int[] added = new int[2];
        Map<String, Metric> byCode = new HashMap<>();
        for (Definition definition : definitions()) {
            Metric metric = metrics.findByCode(plan.id, definition.code()).orElse(null);
            if (metric == null) {
                metric = new Metric();
                metric.plan = plan;
                metric.task = tasksByNumber.get(definition.task());
                metric.code = definition.code();
                metric.nameZh = definition.name();
                metric.nameEn = definition.nameEn();
                metric.description = definition.description();
                metric.kind = definition.kind();
                metric.comparator = definition.comparator() == null ? null : Comparator.ofSymbol(definition.comparator());
                metric.targetValue = definition.targetValue();
                metric.targetDate = definition.targetDate();
                metric.displayUnit = definition.unit();
                metric.granularity = definition.granularity();
                metric.appliesTo(EnumSet.copyOf(definition.appliesTo()));
                metric.unitAggregation = definition.unitAggregation();
                metric.compareMetric = definition.compareTo() == null ? null : byCode.get(definition.compareTo());
                metrics.persist(metric);
                added[0]++;
            }
            byCode.put(metric.code, metric);
        }
        for (Metric metric : byCode.values()) {
            if (values.count("metric", metric) == 0) {
                added[1] += fill(metric);
            }
        }
        return added;
    }

    private int fill(Metric metric) {
        Random random = new Random(metric.code.hashCode());
        int written = 0;
        for (ResponsibilityUnit unit : units.list("order by id")) {
            if (!metric.appliesToTypes().contains(unit.type) || random.nextInt(10) == 0) {
                continue;
            }
            for (Period period : Period.ofYear(YEAR, metric.granularity)) {
                MetricValue value = new MetricValue();
                value.metric = metric;
                value.unit = unit;
                value.period = period.text();
                value.periodStart = period.start();
                value.source = ValueSource.IMPORT;
                value.enteredBy = "demo";
                figure(metric, value, random);
                values.persist(value);
                written++;
            }
        }
        return written;
    }

    /** A plausible figure around the target, missing it now and then. */
    private static void figure(Metric metric, MetricValue value, Random random) {
        switch (metric.kind) {
            case COUNT -> value.value = BigDecimal.valueOf(Math.max(0, metric.targetValue.intValue() - 1 + random.nextInt(4)));
            case PERCENT -> value.value = BigDecimal.valueOf(70 + random.nextInt(31));
            case DEADLINE -> {
                value.done = random.nextInt(8) != 0;
                value.doneDate = value.done ? metric.targetDate.minusDays(90).plusDays(random.nextInt(110)) : null;
                if (value.doneDate != null && value.doneDate.isAfter(LocalDate.now())) {
                    value.doneDate = LocalDate.now();
                }
            }
            case RATIO, COMPARISON -> {
                int denominator = 5 + random.nextInt(40);
                double share = shareAround(metric, random);
                value.denominator = BigDecimal.valueOf(denominator);
                value.numerator = BigDecimal.valueOf(denominator).multiply(BigDecimal.valueOf(share))
                        .setScale(0, RoundingMode.HALF_UP).min(value.denominator);
            }
        }
    }

    private static double shareAround(Metric metric, Random random) {
        if (metric.kind == MetricKind.COMPARISON) {
            return 0.10 + random.nextDouble() * 0.20;
        }
        if (metric.comparator == null) {
            return 0.05 + random.nextDouble() * 0.20;
        }
        double target = metric.targetValue.doubleValue() / 100;
        return switch (metric.comparator) {
            case GE, GT -> Math.min(1, target - 0.12 + random.nextDouble() * 0.2);
            case LE, LT -> Math.max(0, target - 0.15 + random.nextDouble() * 0.2);
            case EQ -> random.nextInt(4) == 0 ? 0.9 : 1;
        };
    }

    private List<Definition> definitions() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/qinghai-2024-metrics.json")) {
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
