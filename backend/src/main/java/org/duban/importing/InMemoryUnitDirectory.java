package org.duban.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@link UnitDirectory} over a list of units held in memory. Besides each unit's full name and given aliases it
 * knows the short forms documents use:
 * <ul>
 * <li>the province prefix shortened to "省": 青海省司法厅 → 省司法厅, 青海省人民政府 → 省政府;</li>
 * <li>"人民政府" shortened to "政府": 青海省人民政府办公厅 → 省政府办公厅;</li>
 * <li>the standard abbreviations of department names: 发展和改革委员会 → 发展改革委, 市场监督管理局 → 市场监管局 …;</li>
 * <li>a region standing for its government: 西宁市政府, 西宁市人民政府 → 西宁市;</li>
 * <li>autonomous prefectures and counties by their first two characters: 海北藏族自治州 → 海北州.</li>
 * </ul>
 * It also recognises generic groups ("各市州政府", "县级以上政府", "省级行政执法机关", "各级行政机关", "省直各部门" …),
 * which stand for many units and so resolve to no single one.
 */
public final class InMemoryUnitDirectory implements UnitDirectory {
    static final double FULL_NAME = 1.0;
    static final double SHORT_FORM = 0.9;
    static final double WITHOUT_PROVINCE = 0.8;
    static final double GENERIC_GROUP = 0.6;
    static final double SHARED_NAME = 0.5;

    private static final Pattern PROVINCE = Pattern.compile("^(\\p{IsHan}{2,3}省)");
    private static final Pattern AUTONOMOUS = Pattern.compile("^(\\p{IsHan}{2})\\p{IsHan}+自治(州|县|旗)$");
    private static final Pattern REGION = Pattern.compile("^\\p{IsHan}{2,12}(?:市|州|县|区|旗|盟)$");
    private static final Pattern TRAILING_ET_CETERA = Pattern.compile("(?:等|等有关|等相关)?(?:有关|相关)?(?:单位|部门)?$");

    /** Official abbreviations of department names, long form first. */
    private static final String[][] ABBREVIATIONS = {
            { "人民政府", "政府" },
            { "发展和改革委员会", "发展改革委", "发改委" },
            { "科学技术厅", "科技厅" },
            { "工业和信息化厅", "工信厅" },
            { "民族宗教事务委员会", "民宗委" },
            { "人力资源和社会保障厅", "人力资源社会保障厅", "人社厅" },
            { "住房和城乡建设厅", "住房城乡建设厅", "住建厅" },
            { "文化和旅游厅", "文化旅游厅", "文旅厅" },
            { "卫生健康委员会", "卫生健康委", "卫健委" },
            { "退役军人事务厅", "退役军人厅" },
            { "国有资产监督管理委员会", "国资委" },
            { "市场监督管理局", "市场监管局" },
            { "医疗保障局", "医保局" },
            { "林业和草原局", "林草局" },
            { "政务服务监督管理局", "政务服务监管局" },
    };

    /**
     * Groups of units named collectively, as a province's documents name them. Matched against text whose half-width
     * brackets were made full-width.
     */
    private static final List<Pattern> GENERIC_GROUPS = List.of(
            "各市(?:州|（州）|、自治州)(?:人民)?(?:政府)?",
            "各县（市、区(?:、行委)?）(?:人民)?(?:政府)?",
            "各县市区(?:人民)?(?:政府)?",
            "(?:县级以上|各级)(?:各级)?(?:人民)?政府(?:(?:及其?)?(?:组成|工作|有关)?部门)?",
            "各级行政(?:机关|执法(?:部门|机关))",
            "省级(?:行政)?执法(?:机关|部门)",
            "省级行政机关",
            "省直(?:各|有关|相关)?(?:部门|单位)",
            "省政府(?:各|有关|相关)(?:部门|委、办、厅、局)",
            "省(?:有关|相关)部门",
            "各(?:有关|相关)部门")
            .stream().map(Pattern::compile).toList();
    /** The characters the generic groups start with. */
    private static final String GENERIC_GROUP_STARTS = "各县省";

    /** What a name is filed under; {@code kind} is FULL_NAME or SHORT_FORM, whatever the confidence became. */
    private record Entry(Long unitId, String unitName, double confidence, double kind) {
    }

    private final Map<String, Entry> names = new HashMap<>();
    /** The length of the longest name by its first character, so that a scan can pass over most positions at once. */
    private final Map<Character, Integer> longestNameStartingWith = new HashMap<>();
    private final String shortProvince;

    /**
     * @param provincePrefix the province that starts provincial units' names ("青海省"); null to take the most common
     *                       "…省" prefix among the names
     */
    public InMemoryUnitDirectory(Collection<UnitDirectory.KnownUnit> knownUnits, String provincePrefix) {
        List<UnitDirectory.KnownUnit> units = knownUnits.stream()
                .filter(unit -> unit.name() != null && !normalise(unit.name()).isEmpty()).toList();
        String province = provincePrefix != null ? provincePrefix : commonProvince(units);
        this.shortProvince = province == null ? null
                : province.endsWith("自治区") ? "自治区" : province.substring(province.length() - 1);
        for (UnitDirectory.KnownUnit unit : units) {
            add(normalise(unit.name()), unit, FULL_NAME);
        }
        for (UnitDirectory.KnownUnit unit : units) {
            // derived forms shorter than three characters would match too much running text; given ones are trusted
            Set<String> shortForms = new LinkedHashSet<>();
            derivedShortForms(normalise(unit.name()), province).stream().filter(form -> form.length() >= 3)
                    .forEach(shortForms::add);
            unit.aliases().stream().filter(Objects::nonNull).map(InMemoryUnitDirectory::normalise)
                    .filter(alias -> alias.length() >= 2).forEach(shortForms::add);
            shortForms.forEach(form -> add(form, unit, SHORT_FORM));
        }
        names.keySet().forEach(name -> longestNameStartingWith.merge(name.charAt(0), name.length(), Math::max));
    }

    @Override
    public Optional<Match> find(String mention) {
        if (mention == null) {
            return Optional.empty();
        }
        String name = normalise(mention);
        Entry entry = names.get(name);
        if (entry == null && name.length() > 2) {
            // "省司法厅等单位" → "省司法厅"
            String bare = TRAILING_ET_CETERA.matcher(name).replaceFirst("");
            entry = bare.length() >= 2 ? names.get(bare) : null;
            name = entry == null ? name : bare;
        }
        if (entry != null) {
            return Optional.of(match(entry, entry.confidence()));
        }
        if (shortProvince != null && !name.startsWith(shortProvince)) {
            Entry withProvince = names.get(shortProvince + name); // "司法厅" for "省司法厅"
            if (withProvince != null) {
                return Optional.of(match(withProvince, Math.min(withProvince.confidence(), WITHOUT_PROVINCE)));
            }
        }
        for (Pattern group : GENERIC_GROUPS) {
            if (group.matcher(name).matches()) {
                return Optional.of(new Match(null, null, GENERIC_GROUP));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Occurrence> scan(String text) {
        List<Occurrence> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String normalised = normaliseBrackets(text);
        List<Matcher> groups = GENERIC_GROUPS.stream().map(group -> group.matcher(normalised)).toList();
        int i = 0;
        while (i < normalised.length()) {
            int bestEnd = -1;
            Match best = null;
            Integer longest = longestNameStartingWith.get(normalised.charAt(i));
            for (int end = Math.min(normalised.length(), i + (longest == null ? 0 : longest)); end >= i + 2; end--) {
                Entry entry = names.get(normalised.substring(i, end));
                if (entry != null) {
                    bestEnd = end;
                    best = match(entry, entry.confidence());
                    break;
                }
            }
            if (GENERIC_GROUP_STARTS.indexOf(normalised.charAt(i)) >= 0) {
                for (Matcher group : groups) {
                    if (group.region(i, normalised.length()).lookingAt() && group.end() > bestEnd) {
                        bestEnd = group.end();
                        best = new Match(null, null, GENERIC_GROUP);
                    }
                }
            }
            if (best != null) {
                found.add(new Occurrence(i, bestEnd, text.substring(i, bestEnd), best));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Files {@code name} under {@code unit}: a full name wins over a short form, and a name two units share on the same
     * footing is marked as shared.
     */
    private void add(String name, UnitDirectory.KnownUnit unit, double kind) {
        Entry existing = names.get(name);
        if (existing == null || existing.kind() < kind) {
            names.put(name, new Entry(unit.id(), unit.name(), kind, kind));
        } else if (existing.kind() == kind && !Objects.equals(existing.unitId(), unit.id())) {
            names.put(name, new Entry(null, null, SHARED_NAME, kind));
        }
    }

    private static Match match(Entry entry, double confidence) {
        return new Match(entry.unitId(), entry.unitName(), Math.min(confidence, entry.confidence()));
    }

    private Set<String> derivedShortForms(String name, String province) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        if (province != null && name.startsWith(province) && name.length() > province.length()) {
            forms.add(shortProvince + name.substring(province.length()));
        }
        Matcher autonomous = AUTONOMOUS.matcher(name);
        if (autonomous.matches()) {
            forms.add(autonomous.group(1) + autonomous.group(2));
        }
        for (String form : List.copyOf(forms)) {
            if (REGION.matcher(form).matches()) {
                forms.add(form + "政府");
                forms.add(form + "人民政府");
            }
        }
        // apply each abbreviation to every form found so far, so that they combine (省人民政府国有… → 省政府国资委)
        for (String[] abbreviation : ABBREVIATIONS) {
            for (String form : List.copyOf(forms)) {
                if (form.contains(abbreviation[0])) {
                    for (int k = 1; k < abbreviation.length; k++) {
                        forms.add(form.replace(abbreviation[0], abbreviation[k]));
                    }
                }
            }
        }
        forms.remove(name);
        return forms;
    }

    private static String commonProvince(Collection<UnitDirectory.KnownUnit> units) {
        Map<String, Long> counts = units.stream().map(unit -> PROVINCE.matcher(normalise(unit.name())))
                .filter(Matcher::find).collect(Collectors.groupingBy(matcher -> matcher.group(1), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String normalise(String name) {
        String stripped = name.strip().replaceAll("\\s+", "");
        return normaliseBrackets(stripped);
    }

    /** Half-width brackets made full-width, character for character, so that positions stay the same. */
    private static String normaliseBrackets(String text) {
        return text.replace('(', '（').replace(')', '）');
    }
}
