package org.duban.common;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Serves the SPA's index.html for its client-side routes (e.g. a reload of /plans/3), leaving the
 * API, the /q endpoints and files with an extension to their own handlers.
 */
@jakarta.enterprise.context.ApplicationScoped
public class SpaRouting {
    private static final String SPA_ROUTE = "^/(?!api(?:/|$)|q(?:/|$))[^.]+$";

    void install(@Observes Router router) {
        router.getWithRegex(SPA_ROUTE).handler(context -> context.reroute("/"));
    }
}
