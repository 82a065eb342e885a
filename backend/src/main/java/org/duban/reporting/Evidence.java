package org.duban.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * Recognises evidence files by their content, not their name: PDF, PNG and JPEG by their magic
 * bytes, DOCX and XLSX as ZIP packages holding a Word document or an Excel workbook.
 */
public final class Evidence {
    private Evidence() {
    }

    public enum Type {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String contentType;
        private final String[] extensions;

        Type(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = extensions;
        }

        public boolean matchesName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            return Arrays.asList(extensions).contains(extension);
        }
    }

    /** The type the content shows, or null when it is none of the accepted kinds. */
    public static Type detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 5 && startsWith(head, new byte[] { '%', 'P', 'D', 'F', '-' })) {
            return Type.PDF;
        }
        if (read >= 8 && startsWith(head, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
            return Type.PNG;
        }
        if (read >= 3 && startsWith(head, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Type.JPEG;
        }
        if (read >= 4 && startsWith(head, new byte[] { 'P', 'K', 3, 4 })) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.getEntry("[Content_Types].xml") != null) {
                    if (zip.getEntry("word/document.xml") != null) {
                        return Type.DOCX;
                    }
                    if (zip.getEntry("xl/workbook.xml") != null) {
                        return Type.XLSX;
                    }
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
