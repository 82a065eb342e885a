package org.duban.common;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 8288 {@code Link} header of a page: {@code next}, {@code prev}, {@code first} and {@code last},
 * each the request's own URI with {@code page} and {@code size} replaced and every other query parameter
 * kept as the client sent it (still percent-encoded).
 */
public final class PageLinks {
    private PageLinks() {
    }

    /** The number of the last page: 1 for an empty list, so {@code first} and {@code last} always exist. */
    public static long lastPage(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    public static String header(URI request, PageView<?> page) {
        long last = lastPage(page.total(), page.size());
        List<String> links = new ArrayList<>(4);
        if (page.page() < last) {
            links.add(link(request, page.page() + 1, page.size(), "next"));
        }
        if (page.page() > 1) {
            // a page past the end points back at the last one, not at another empty page
            links.add(link(request, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        links.add(link(request, 1, page.size(), "first"));
        links.add(link(request, last, page.size(), "last"));
        return String.join(", ", links);
    }

    private static String link(URI request, long page, int size, String rel) {
        return "<" + withPage(request, page, size) + ">; rel=\"" + rel + "\"";
    }

    static String withPage(URI request, long page, int size) {
        StringBuilder query = new StringBuilder("page=").append(page).append("&size=").append(size);
        if (request.getRawQuery() != null) {
            for (String parameter : request.getRawQuery().split("&")) {
                String name = URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!parameter.isEmpty() && !name.equals("page") && !name.equals("size")) {
                    query.append('&').append(parameter);
                }
            }
        }
        String uri = request.toString();
        int cut = uri.indexOf('?');
        int fragment = uri.indexOf('#');
        String base = cut >= 0 ? uri.substring(0, cut) : fragment >= 0 ? uri.substring(0, fragment) : uri;
        return base + "?" + query;
    }
}
