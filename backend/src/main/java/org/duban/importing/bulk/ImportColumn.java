package org.duban.importing.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A column of an import: its key (the English header), Chinese header, meaning, example, and other accepted headers. */
public record ImportColumn(String key, String chinese, String description, String example, boolean required, List<String> aliases) {
    public ImportColumn(String key, String chinese, String description, String example, boolean required, String... aliases) {
        this(key, chinese, description, example, required, List.of(aliases));
    }

    /** Every header that names this column, normalised. */
    public List<String> headers() {
        List<String> all = new ArrayList<>(List.of(normalise(key), normalise(chinese)));
        aliases.forEach(alias -> all.add(normalise(alias)));
        return all;
    }

    /** Headers compare without case, spaces, underscores, asterisks and "(必填)"-style notes. */
    public static String normalise(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[（(][^）)]*[）)]", "")
                .replaceAll("[\\s_*\\-]", "").toLowerCase(Locale.ROOT);
    }
}
