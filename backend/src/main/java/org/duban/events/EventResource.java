package org.duban.events;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.events.EventDtos.EventPageView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path(Api.BASE + "/events")
@Tag(name = "Events", description = "The change feed of domain events, and webhooks that push them")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class EventResource {
    private final EventFeed feed;

    EventResource(EventFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(summary = "Follow the change feed",
            description = "Events in the order of their position, after the given one: ordered, resumable, and without gaps or repeats for a consumer that passes back `next`. A reporter or unit-bound token sees its unit's events only. Types: assignment.created/updated/completed, progress-report.submitted/approved/returned, metric-value.upserted, urge.issued, extension.requested/decided, plan.published, import.completed.")
    public EventPageView listEvents(@RestQuery @Min(0) @Parameter(description = "A position; 0 (the default) starts at the beginning") Long after,
            @RestQuery @Parameter(description = "Comma-separated event types; all when absent") String types,
            @RestQuery @Min(1) @Max(1000) @Parameter(description = "At most this many (default 100)") Integer limit) {
        List<String> wanted = types == null || types.isBlank() ? List.of()
                : Arrays.stream(types.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return feed.page(after == null ? 0 : after, wanted, limit == null ? 100 : limit);
    }
}
