package org.duban.export;

import org.duban.common.InvalidInput;

/** The formats every report exports to. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv"),
    PDF("application/pdf", "pdf");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DESCRIPTION = "xlsx (header row, frozen panes, one sheet per section where it helps), "
            + "csv (UTF-8 with BOM, opens in Excel) or pdf (embedded Chinese font)";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String text) {
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(text)) {
                return format;
            }
        }
        throw new InvalidInput("format", "must be xlsx, csv or pdf");
    }
}
