package org.duban.common;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it sends a sane one), echoes it
 * in the answer, and tells services who is calling from where — for the audit trail and error logs.
 */
@ApplicationScoped
public class RequestInfo {
    private static final String KEY = "duban.requestId";
    private static final String SAFE_ID = "^[A-Za-z0-9._-]{1,64}$";

    private final CurrentVertxRequest current;

    RequestInfo(CurrentVertxRequest current) {
        this.current = current;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            String given = context.request().getHeader("X-Request-Id");
            String id = given != null && given.matches(SAFE_ID) ? given : UUID.randomUUID().toString();
            context.put(KEY, id);
            context.response().putHeader("X-Request-Id", id);
            context.next();
        });
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
        if (context == null || context.request().remoteAddress() == null) {
            return null;
        }
        return context.request().remoteAddress().hostAddress();
    }
}
