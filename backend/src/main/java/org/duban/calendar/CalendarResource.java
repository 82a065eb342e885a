package org.duban.calendar;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.duban.account.Roles;
import org.duban.calendar.CalendarService.CreateFeed;
import org.duban.calendar.CalendarService.CreatedFeedView;
import org.duban.calendar.CalendarService.FeedView;
import org.duban.common.Api;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;

@Path(Api.BASE)
@Tag(name = "Calendar", description = "Private iCalendar feeds of due dates and reporting deadlines")
public class CalendarResource {
    private final CalendarService calendars;

    CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @POST
    @Path("calendar-feeds")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER })
    @Operation(summary = "Create a private calendar feed", description = "For a unit (a reporter: their own) or, without unitId, for yourself. The answer's url carries the secret token, shown once.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedFeedView.class)))
    @ResponseStatus(201)
    public CreatedFeedView createCalendarFeed(CreateFeed body) {
        return calendars.create(body);
    }

    @GET
    @Path("calendar-feeds")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER })
    @Operation(summary = "Your calendar feeds (their tokens are not shown again)")
    public List<FeedView> listCalendarFeeds() {
        return calendars.mine();
    }

    @DELETE
    @Path("calendar-feeds/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER })
    @ResponseStatus(204)
    @Operation(summary = "Revoke a calendar feed; its URL stops working at once")
    public void revokeCalendarFeed(@RestPath long id) {
        calendars.revoke(id);
    }

    @GET
    @Path("calendar/{token}.ics")
    @PermitAll
    @Produces("text/calendar")
    @Operation(summary = "A calendar feed (iCalendar)", description = "No sign-in: the token in the path is the key. 404 for an unknown or revoked token.")
    public Response getCalendar(@RestPath @Pattern(regexp = "^cal_[A-Za-z0-9_-]{10,200}$", message = "is not a calendar token") String token) {
        return Response.ok(calendars.render(token), "text/calendar; charset=UTF-8")
                .header("Cache-Control", "private, max-age=300").build();
    }
}
