package org.duban.demo;

import org.duban.reporting.StatusService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import java.util.EnumSet;
import java.util.Optional;

import org.duban.account.Passwords;
import org.duban.account.Role;
import org.duban.account.UserService;
import org.duban.assignment.Assignment;
import org.duban.assignment.AssignmentRepository;
import org.duban.assignment.AssignmentRole;
import org.duban.importing.PlanDocumentParser;
import org.duban.importing.PlanDocumentParser.ParsedPlan;
import org.duban.importing.PlanDocumentParser.ParsedSection;
import org.duban.importing.PlanDocumentParser.ParsedTask;
import org.duban.plan.Plan;
import org.duban.plan.PlanRepository;
import org.duban.plan.Section;
import org.duban.plan.SectionRepository;
import org.duban.plan.Task;
import org.duban.plan.TaskRepository;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.ResponsibilityUnitRepository;
import org.duban.unit.UnitType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the Qinghai 2024 plan, Qinghai's units and a plausible set of assignments. Rows are matched
 * by their natural keys (plan code, section and task numbers, division code or parent and name,
 * task × unit), so loading twice changes nothing.
 */
@ApplicationScoped
public class DemoData {
    public static final String PLAN_CODE = "QH-FZZF-2024";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final PlanRepository plans;
    private final SectionRepository sections;
    private final TaskRepository tasks;
    private final ResponsibilityUnitRepository units;
    private final AssignmentRepository assignments;
    private final UserService userService;
    private final DemoMetrics demoMetrics;
    private final DemoProgress demoProgress;
    private final StatusService statusService;
    private final boolean enabled;
    private final Optional<String> demoPassword;

    DemoData(PlanRepository plans, SectionRepository sections, TaskRepository tasks, ResponsibilityUnitRepository units,
            AssignmentRepository assignments, UserService userService, DemoMetrics demoMetrics, DemoProgress demoProgress,
            StatusService statusService,
            @ConfigProperty(name = "duban.demo-data.enabled") boolean enabled,
            @ConfigProperty(name = "duban.demo-password") Optional<String> demoPassword) {
        this.plans = plans;
        this.sections = sections;
        this.tasks = tasks;
        this.units = units;
        this.assignments = assignments;
        this.userService = userService;
        this.demoMetrics = demoMetrics;
        this.demoProgress = demoProgress;
        this.statusService = statusService;
        this.enabled = enabled;
        this.demoPassword = demoPassword;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (enabled) {
            Summary summary = load();
            // the demo's history is in the past: give every assignment its light now
            statusService.recompute(statusService.today());
            LOG.infof("Demo data: %d rows added (plan %s, %d units, %d assignments present)", summary.added(),
                    PLAN_CODE, units.count(), assignments.count());
            String password = demoPassword.filter(p -> !p.isBlank()).orElseGet(() -> Passwords.random(14));
            int created = loadUsers(password);
            if (created > 0) {
                LOG.infof("Demo users created: admin, supervisor, viewer and reporter-<division code> for each prefecture "
                        + "(e.g. reporter-630100 for 西宁市), password %s", demoPassword.isPresent() ? "from DUBAN_DEMO_PASSWORD" : password);
            }
        }
    }

    /**
     * The demo accounts: admin, supervisor, viewer, and one reporter per prefecture named
     * reporter-<division code>. Existing accounts are left alone. Returns how many were created.
     */
    public int loadUsers(String password) {
        int created = 0;
        created += userService.ensure("admin", "系统管理员", password, EnumSet.of(Role.ADMIN), null) ? 1 : 0;
        created += userService.ensure("supervisor", "省司法厅督察处", password, EnumSet.of(Role.SUPERVISOR), null) ? 1 : 0;
        created += userService.ensure("viewer", "省政府领导", password, EnumSet.of(Role.VIEWER), null) ? 1 : 0;
        for (ResponsibilityUnit prefecture : prefectures()) {
            created += userService.ensure("reporter-" + prefecture.code, prefecture.name + "填报员", password,
                    EnumSet.of(Role.REPORTER), prefecture) ? 1 : 0;
        }
        return created;
    }

    @Transactional
    List<ResponsibilityUnit> prefectures() {
        return units.list("type = ?1 and code is not null order by code", UnitType.PREFECTURE);
    }

    /** What one load added. */
    public record Summary(int units, int sections, int tasks, int assignments, int metrics, int metricValues) {
        public int added() {
            return units + sections + tasks + assignments + metrics + metricValues;
        }
    }

    @Transactional
    public Summary load() {
        int[] added = new int[4];
        List<Assignment> createdAssignments = new java.util.ArrayList<>();
        Map<String, ResponsibilityUnit> unitsByKey = loadUnits(added);
        Map<String, Task> tasksByNumber = loadPlan(added);
        for (List<String> row : csv("demo/qinghai-2024-assignments.csv")) {
            Task task = require(tasksByNumber.get(row.get(0)), "task " + row.get(0));
            ResponsibilityUnit unit = require(unitsByKey.get(row.get(1)), "unit " + row.get(1));
            if (assignments.unitsAlreadyAssigned(task, List.of(unit.id)).isEmpty()) {
                Assignment assignment = new Assignment();
                assignment.task = task;
                assignment.unit = unit;
                assignment.role = AssignmentRole.valueOf(row.get(2));
                assignment.dueDate = LocalDate.parse(row.get(3));
                assignments.persist(assignment);
                createdAssignments.add(assignment);
                added[3]++;
            }
        }
        Plan plan = plans.findByCode(PLAN_CODE).orElseThrow();
        int[] metricsAdded = demoMetrics.load(plan, tasksByNumber);
        demoProgress.load(plan, createdAssignments);
        return new Summary(added[0], added[1], added[2], added[3], metricsAdded[0], metricsAdded[1]);
    }

    /** Units by division code and by name, so the assignment file may name either. */
    private Map<String, ResponsibilityUnit> loadUnits(int[] added) {
        Map<String, ResponsibilityUnit> byKey = new HashMap<>();
        for (List<String> row : csv("demo/qinghai-units.csv")) {
            ResponsibilityUnit parent = row.get(3).isEmpty() ? null : require(byKey.get(row.get(3)), "parent " + row.get(3));
            ResponsibilityUnit unit = units.findByCode(row.get(0))
                    .orElseGet(() -> create(row.get(0), row.get(1), UnitType.valueOf(row.get(2)), parent, added));
            byKey.put(unit.code, unit);
            byKey.put(unit.name, unit);
        }
        ResponsibilityUnit province = require(byKey.get("630000"), "province 630000");
        for (List<String> row : csv("demo/qinghai-departments.csv")) {
            ResponsibilityUnit unit = units.findByParentAndName(province, row.get(0))
                    .orElseGet(() -> create(null, row.get(0), UnitType.valueOf(row.get(1)), province, added));
            byKey.put(unit.name, unit);
        }
        return byKey;
    }

    private ResponsibilityUnit create(String code, String name, UnitType type, ResponsibilityUnit parent, int[] added) {
        ResponsibilityUnit unit = new ResponsibilityUnit();
        unit.code = code;
        unit.name = name;
        unit.type = type;
        unit.parent = parent;
        units.persist(unit);
        added[0]++;
        return unit;
    }

    private Map<String, Task> loadPlan(int[] added) {
        ParsedPlan parsed = PlanDocumentParser.parse(resource("demo/qinghai-2024-plan.txt"));
        Plan plan = plans.findByCode(PLAN_CODE).orElseGet(() -> {
            Plan created = new Plan();
            created.code = PLAN_CODE;
            created.title = parsed.title();
            created.year = parsed.year();
            created.issuer = parsed.issuer();
            created.documentNumber = parsed.documentNumber();
            created.issueDate = parsed.issueDate();
            created.sourceText = parsed.sourceText();
            // the demo plan is on the public progress page from the start
            created.publishedAt = java.time.OffsetDateTime.now();
            plans.persist(created);
            return created;
        });
        Map<String, Task> tasksByNumber = new HashMap<>();
        for (ParsedSection parsedSection : parsed.sections()) {
            Section section = sections.find("plan = ?1 and number = ?2", plan, parsedSection.number()).firstResultOptional()
                    .orElseGet(() -> {
                        Section created = new Section();
                        created.plan = plan;
                        created.number = parsedSection.number();
                        created.title = parsedSection.title();
                        sections.persist(created);
                        added[1]++;
                        return created;
                    });
            for (ParsedTask parsedTask : parsedSection.tasks()) {
                Task task = tasks.find("plan = ?1 and number = ?2", plan, parsedTask.number()).firstResultOptional()
                        .orElseGet(() -> {
                            Task created = new Task();
                            created.plan = plan;
                            created.section = section;
                            created.number = parsedTask.number();
                            created.position = parsedTask.position();
                            created.title = parsedTask.title();
                            created.content = parsedTask.content();
                            created.deadline = LocalDate.of(plan.year, 12, 31);
                            tasks.persist(created);
                            added[2]++;
                            return created;
                        });
                tasksByNumber.put(task.number, task);
            }
        }
        return tasksByNumber;
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("demo data refers to a missing " + what);
        }
        return value;
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a simple comma-separated file without quoting, header skipped. */
    private static List<List<String>> csv(String path) {
        return resource(path).lines().skip(1).filter(line -> !line.isBlank())
                .map(line -> List.of(line.split(",", -1))).map(cells -> cells.stream().map(String::strip).toList())
                .toList();
    }
}
