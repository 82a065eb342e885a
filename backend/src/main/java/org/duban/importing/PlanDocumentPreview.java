package org.duban.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link PlanDocumentPreviewParser} reads from a plan document, for a person to check before anything is
 * stored. The records are shaped as the JSON of {@code POST /api/v1/plan-documents/preview}; lists are never null.
 */
public final class PlanDocumentPreview {

    /** {@link UnitMention#role()}: the unit that leads (牵头). */
    public static final String LEAD = "LEAD";
    /** {@link UnitMention#role()}: a unit that cooperates (配合, 参与, 协助). */
    public static final String CO = "CO";
    /** {@link UnitMention#role()}: a responsible unit without a lead/co distinction (责任单位, 由…负责, plain mentions). */
    public static final String RESPONSIBLE = "RESPONSIBLE";

    /** {@link Deadline#cadence()} values. */
    public static final String YEAR = "YEAR";
    public static final String HALF_YEAR = "HALF_YEAR";
    public static final String QUARTER = "QUARTER";
    public static final String MONTH = "MONTH";
    public static final String ONGOING = "ONGOING";

    private PlanDocumentPreview() {
    }

    public record Preview(Header header, List<SectionPart> sections, List<String> warnings) {
        public Preview {
            sections = List.copyOf(sections);
            warnings = List.copyOf(warnings);
        }
    }

    /** Any field is null when the document does not show it. */
    public record Header(String title, String documentNumber, String issuer, LocalDate issuedOn) {
        static final Header NONE = new Header(null, null, null, null);
    }

    /**
     * A part numbered 一、二、…. {@code number} is as written without the 、 ("一"); a section made up for work points
     * found in a document without such parts has a null number and title.
     */
    public record SectionPart(String number, String title, List<TaskPart> tasks) {
        public SectionPart {
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * A work point or, among {@code children}, one of its sub-items. {@code number} is as written ("3" for "3.",
     * "（二）", "(1)", "①"); {@code title} is the lead sentence (null when there is none); {@code text} is the
     * paragraph(s) of this item, sub-items on lines of their own excluded. Units, deadlines and targets are read from
     * this item's own words only — each child carries its own.
     */
    public record TaskPart(String number, String title, String text, List<TaskPart> children, List<UnitMention> units,
            List<Deadline> deadlines, List<Target> targets) {
        public TaskPart {
            children = List.copyOf(children);
            units = List.copyOf(units);
            deadlines = List.copyOf(deadlines);
            targets = List.copyOf(targets);
        }
    }

    /**
     * A unit named by a task. {@code name} is as written in the document; {@code unitId} is the directory's unit, null
     * for a generic group (各市州政府 …) or a name the directory does not know. {@code confidence} in 0–1 is explained
     * on {@link PlanDocumentUnits}.
     */
    public record UnitMention(String name, String role, Long unitId, double confidence) {
    }

    /**
     * A time limit as written ({@code text}); {@code date} is the last day it allows (null for a pure cadence or
     * ongoing work); {@code cadence} is null or one of YEAR, HALF_YEAR, QUARTER, MONTH, ONGOING.
     */
    public record Deadline(String text, LocalDate date, String cadence) {
    }

    /**
     * A quantified target. {@code text} is the clause it stands in; {@code comparator} one of >=, >, <=, <, =;
     * {@code value} and {@code unit} are null when the target compares with another figure (高于同期…纠错率).
     */
    public record Target(String text, String comparator, BigDecimal value, String unit) {
    }
}
