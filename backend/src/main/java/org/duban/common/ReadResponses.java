package org.duban.common;

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every successful read of the API carries, in one place:
 * <ul>
 * <li>a {@code Link} header (next, prev, first, last) on every {@link PageView} answer — see {@link PageLinks};</li>
 * <li>an {@code ETag} on every JSON answer: the version a resource set itself ({@link Responses#ok}), else the
 * SHA-256 of the body, which this filter serialises once and sends as it hashed it;</li>
 * <li>{@code 304 Not Modified} without a body (ETag kept) when {@code If-None-Match} names that tag or is {@code *};</li>
 * <li>{@code Cache-Control}: {@code private, no-cache} for hashed answers (a browser may keep and revalidate them),
 * {@code private, no-store} for versioned ones, whose tag does not follow derived fields such as counts.</li>
 * </ul>
 * Downloads are left alone: exports stream as they are generated (hashing them would mean holding the whole
 * file), and evidence files carry their SHA-256 in {@code X-Content-SHA256} already.
 */
public class ReadResponses {
    private final ObjectMapper json;

    ReadResponses(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void filter(ContainerRequestContext request, ContainerResponseContext response, UriInfo uri)
            throws JsonProcessingException {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read || response.getStatus() != 200 || !uri.getPath().startsWith(Api.BASE + "/")) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof PageView<?> page) {
            response.getHeaders().putSingle("Link", PageLinks.header(uri.getRequestUri(), page));
        }
        EntityTag tag = response.getEntityTag();
        boolean versioned = tag != null;
        if (tag == null) {
            if (entity == null || streamed(entity) || !isJson(response.getMediaType(), entity)) {
                return;
            }
            byte[] body = entity instanceof byte[] bytes ? bytes
                    : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                    : json.writeValueAsBytes(entity);
            // send exactly the bytes that were hashed
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            tag = ETags.ofBody(body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            // Answers depend on the caller, so only the caller's own cache may keep them. A body hash is exact:
            // a browser may keep the answer and revalidate it. A version tag is not: it moves with the resource's
            // own fields, not with derived ones (counts, related names), so browsers must not revalidate on it.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, versioned ? "private, no-store" : "private, no-cache");
        }
        if (ETags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove("Content-Disposition");
        }
    }

    /** Without a declared type, an object (not text or bytes) is written as JSON: quarkus-rest-jackson's default. */
    private static boolean isJson(MediaType type, Object entity) {
        if (type == null) {
            return !(entity instanceof String || entity instanceof byte[]);
        }
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    private static boolean streamed(Object entity) {
        return entity instanceof StreamingOutput || entity instanceof InputStream || entity instanceof Reader
                || entity instanceof File || entity instanceof Path
                || entity.getClass().getName().startsWith("io.smallrye.mutiny.");
    }
}
