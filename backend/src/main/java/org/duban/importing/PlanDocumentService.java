package org.duban.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.assignment.AssignmentDtos.CreateAssignment;
import org.duban.assignment.AssignmentService;
import org.duban.common.FieldError;
import org.duban.common.InvalidInput;
import org.duban.importing.PlanDocumentDtos.CommitMeasure;
import org.duban.importing.PlanDocumentDtos.CommitPlanDocument;
import org.duban.importing.PlanDocumentDtos.CommitResult;
import org.duban.importing.PlanDocumentDtos.CommitSection;
import org.duban.importing.PlanDocumentDtos.CommitTarget;
import org.duban.importing.PlanDocumentDtos.CommitTask;
import org.duban.importing.PlanDocumentDtos.CommitUnit;
import org.duban.importing.PlanDocumentPreview.Preview;
import org.duban.metric.Granularity;
import org.duban.metric.MetricDtos.MetricInput;
import org.duban.metric.MetricKind;
import org.duban.metric.MetricService;
import org.duban.metric.UnitAggregation;
import org.duban.plan.PlanDtos.CreateTask;
import org.duban.plan.PlanDtos.PlanView;
import org.duban.plan.PlanDtos.SectionInput;
import org.duban.plan.PlanService;
import org.duban.plan.SectionService;
import org.duban.plan.TaskService;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.ResponsibilityUnitRepository;
import org.duban.unit.UnitType;

/**
 * Plan documents: a preview of what the parser finds (nothing stored), and the commit of a
 * corrected preview, which creates the plan, sections, tasks and measures, and optionally metrics
 * for the targets and assignments for the named units — through the same services as the forms,
 * all in one transaction.
 */
@ApplicationScoped
public class PlanDocumentService {
    private final ResponsibilityUnitRepository units;
    private final PlanService plans;
    private final SectionService sections;
    private final TaskService tasks;
    private final MetricService metrics;
    private final AssignmentService assignments;

    PlanDocumentService(ResponsibilityUnitRepository units, PlanService plans, SectionService sections, TaskService tasks,
            MetricService metrics, AssignmentService assignments) {
        this.units = units;
        this.plans = plans;
        this.sections = sections;
        this.tasks = tasks;
        this.metrics = metrics;
        this.assignments = assignments;
    }

    /** The units a document may name, with the province's name as the prefix its short forms drop (guessed when no PROVINCE unit exists). */
    @Transactional
    public UnitDirectory directory() {
        List<ResponsibilityUnit> all = units.listAll();
        String province = all.stream().filter(u -> u.type == UnitType.PROVINCE).map(u -> u.name.replaceAll("(人民政府|政府)$", ""))
                .findFirst().orElse(null);
        return new InMemoryUnitDirectory(all.stream().map(u -> new UnitDirectory.KnownUnit(u.id, u.name)).toList(), province);
    }

    public Preview previewText(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new InvalidInput("body", "the document is empty");
        }
        return PlanDocumentPreviewParser.parse(text, directory());
    }

    public Preview previewDocx(byte[] body) {
        String text;
        try {
            text = PlanDocumentText.fromDocx(new ByteArrayInputStream(body));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("body", e.getMessage());
        }
        return PlanDocumentPreviewParser.parse(text, directory());
    }

    @Transactional
    public CommitResult commit(CommitPlanDocument input) {
        PlanView plan = plans.create(input.plan());
        LocalDate yearEnd = LocalDate.of(plan.year(), 12, 31);
        int sectionCount = 0;
        int taskCount = 0;
        int measureCount = 0;
        int metricCount = 0;
        int assignmentCount = 0;
        for (int s = 0; s < input.sections().size(); s++) {
            CommitSection section = input.sections().get(s);
            String at = "sections[" + s + "].";
            int sectionNumber = s + 1;
            long sectionId = within(at, () -> sections.create(plan.id(), new SectionInput(sectionNumber, section.title())).id());
            sectionCount++;
            for (int t = 0; t < section.tasks().size(); t++) {
                CommitTask task = section.tasks().get(t);
                String taskAt = at + "tasks[" + t + "].";
                LocalDate deadline = task.deadline() != null ? task.deadline() : yearEnd;
                long taskId = within(taskAt, () -> tasks.create(new CreateTask(plan.id(), sectionId, null, task.number(), null,
                        task.title(), task.text(), deadline)).id());
                taskCount++;
                List<CommitMeasure> children = task.children() == null ? List.of() : task.children();
                for (int c = 0; c < children.size(); c++) {
                    CommitMeasure measure = children.get(c);
                    String number = task.number() + "." + (c + 1);
                    within(taskAt + "children[" + c + "].", () -> tasks.create(new CreateTask(plan.id(), sectionId, taskId, number,
                            null, measure.title(), measure.text(), measure.deadline() != null ? measure.deadline() : deadline)));
                    measureCount++;
                }
                List<CommitUnit> named = task.units() == null ? List.of() : task.units();
                if (input.createAssignments()) {
                    for (int u = 0; u < named.size(); u++) {
                        CommitUnit unit = named.get(u);
                        within(taskAt + "units[" + u + "].", () -> assignments.create(new CreateAssignment(taskId, unit.unitId(),
                                unit.role(), deadline, null)));
                        assignmentCount++;
                    }
                }
                List<CommitTarget> targets = task.targets() == null ? List.of() : task.targets();
                if (input.createMetrics()) {
                    Set<UnitType> appliesTo = appliesTo(named);
                    for (int m = 0; m < targets.size(); m++) {
                        CommitTarget target = targets.get(m);
                        boolean share = "%".equals(target.unit().strip());
                        String code = "T" + task.number() + "-" + (m + 1);
                        int index = m + 1;
                        within(taskAt + "targets[" + m + "].", () -> metrics.create(new MetricInput(plan.id(), taskId, code,
                                target.name(), "Target " + index + " of work point " + task.number(), null,
                                share ? MetricKind.PERCENT : MetricKind.COUNT, target.comparator(), target.value(), null,
                                target.unit().strip(), Granularity.YEAR, appliesTo, UnitAggregation.SHARE_MEETING_TARGET, null)));
                        metricCount++;
                    }
                }
            }
        }
        return new CommitResult(plan.id(), plan.code(), sectionCount, taskCount, measureCount, metricCount, assignmentCount);
    }

    /** The unit types a target applies to: those of the units the task names, or every level below the province. */
    private Set<UnitType> appliesTo(List<CommitUnit> named) {
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        for (CommitUnit unit : named) {
            units.findByIdOptional(unit.unitId()).ifPresent(u -> types.add(u.type));
        }
        return types.isEmpty() ? EnumSet.of(UnitType.PREFECTURE, UnitType.COUNTY, UnitType.PROVINCIAL_DEPARTMENT) : types;
    }

    /** Runs one creation and names, in its field errors, where in the document the rejected thing sits. */
    private static <T> T within(String prefix, java.util.function.Supplier<T> creation) {
        try {
            return creation.get();
        } catch (InvalidInput e) {
            List<FieldError> errors = new ArrayList<>();
            for (FieldError error : e.errors()) {
                errors.add(new FieldError(prefix + error.field(), error.message()));
            }
            throw new InvalidInput(errors);
        }
    }
}
