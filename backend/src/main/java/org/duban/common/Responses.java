package org.duban.common;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/** Builds single-resource answers that carry the resource's version as ETag. */
public final class Responses {
    private Responses() {
    }

    public static <T> RestResponse<T> ok(T view, long version) {
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(version)).build();
    }

    public static <T> RestResponse<T> created(String location, T view, long version) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(view).tag(ETags.of(version)).build();
    }
}
