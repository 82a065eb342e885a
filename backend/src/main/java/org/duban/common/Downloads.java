package org.duban.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for a download whose name may be Chinese: an ASCII fallback plus RFC 6266 filename*. */
public final class Downloads {
    private Downloads() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
