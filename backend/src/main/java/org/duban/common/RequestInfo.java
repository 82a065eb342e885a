package org.duban.common;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it sends a sane one), echoes it
 * in the answer, and tells services who is calling from where — for the audit trail and error logs.
 */
@ApplicationScoped
public class RequestInfo {
    private static final String KEY = "duban.requestId";
    private static final String SAFE_ID = "^[A-Za-z0-9._-]{1,64}$";

    private final CurrentVertxRequest current;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    RequestInfo(CurrentVertxRequest current, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBody) {
        this.current = current;
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            String given = context.request().getHeader("X-Request-Id");
            String id = given != null && given.matches(SAFE_ID) ? given : UUID.randomUUID().toString();
            context.put(KEY, id);
            context.response().putHeader("X-Request-Id", id);
            // every refusal is on record, whichever layer refused (authentication runs before any resource)
            context.addHeadersEndHandler(ended -> {
                int status = context.response().getStatusCode();
                if (status == 401 || status == 403) {
                    DENIED.infof("%d %s %s from %s, request %s", status, context.request().method(),
                            loggablePath(context.request().path()), address(context), id);
                }
            });
            if (tooLarge(context.request().getHeader("Content-Length"))) {
                // refused before a byte of the body is read, in the API's error format
                Problem problem = new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload Too Large", 413,
                        "the body is larger than " + maxBodyBytes + " bytes", context.request().path(), null, id);
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                        .end(problemJson(problem));
                return;
            }
            context.next();
        });
    }

    private String problemJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean tooLarge(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // left to the HTTP layer
        }
    }

    private static final Logger DENIED = Logger.getLogger("org.duban.security.denied");

    /** The path as it may be logged: a calendar feed's secret token is left out. */
    static String loggablePath(String path) {
        return path == null ? null : path.replaceAll("(/calendar/)[^/]+(\\.ics)$", "$1…$2");
    }

    private static String address(RoutingContext context) {
        return context.request().remoteAddress() == null ? null : context.request().remoteAddress().hostAddress();
    }

    private RoutingContext context() {
        try {
            return current.getCurrent();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The current request's id, or null outside a request (e.g. at start-up). */
    public String requestId() {
        RoutingContext context = context();
        return context == null ? null : context.get(KEY);
    }

    /** The client's address; behind a proxy, honoured only when quarkus.http.proxy settings allow it. */
    public String clientIp() {
        RoutingContext context = context();
        return context == null ? null : address(context);
    }
}
