package org.duban.inbox;

import java.time.OffsetDateTime;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import org.duban.account.CurrentActor;
import org.duban.common.Api;
import org.duban.common.Forbidden;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path(Api.BASE + "/notifications")
@Tag(name = "Notifications", description = "The caller's inbox: new assignments, returned reports, urges, deadlines, instructions")
@Authenticated
public class NotificationResource {
    private final CurrentActor actor;

    NotificationResource(CurrentActor actor) {
        this.actor = actor;
    }

    @Schema(description = "A notice in the caller's inbox")
    public record NotificationView(long id,
            @Schema(enumeration = { "ASSIGNED", "REPORT_RETURNED", "URGED", "DEADLINE_APPROACHING", "INSTRUCTION", "EXTENSION_DECIDED", "WEBHOOK_DISABLED" }) String kind,
            String title, @Schema(nullable = true) String body,
            @Schema(nullable = true, description = "Where in the SPA the notice leads") String link, OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime readAt) {
    }

    @Schema(description = "How many notices are unread")
    public record UnreadCount(long count) {
    }

    @GET
    @Transactional
    @Operation(summary = "The caller's notices, newest first")
    public PageView<NotificationView> listNotifications(@RestQuery Boolean unread, @Valid @BeanParam PageQuery page) {
        String where = "userId = ?1" + (Boolean.TRUE.equals(unread) ? " and readAt is null" : "");
        return PageView.of(Notification.find(where, Sort.descending("createdAt").and("id", Sort.Direction.Descending), userId()),
                page, NotificationResource::view);
    }

    @GET
    @Path("unread-count")
    @Transactional
    @Operation(summary = "How many of the caller's notices are unread")
    public UnreadCount getUnreadCount() {
        return new UnreadCount(Notification.count("userId = ?1 and readAt is null", userId()));
    }

    @POST
    @Path("{id}/read")
    @Transactional
    @Operation(summary = "Mark one notice read")
    public NotificationView markNotificationRead(@RestPath long id) {
        long userId = userId();
        Notification notification = Notification.<Notification>findByIdOptional(id)
                .filter(found -> found.userId.equals(userId))
                .orElseThrow(() -> new NotFound("notification", id));
        if (notification.readAt == null) {
            notification.readAt = OffsetDateTime.now();
        }
        return view(notification);
    }

    @POST
    @Path("read-all")
    @Transactional
    @Operation(summary = "Mark every notice read")
    public UnreadCount markAllNotificationsRead() {
        Notification.update("readAt = ?1 where userId = ?2 and readAt is null", OffsetDateTime.now(), userId());
        return new UnreadCount(0);
    }

    private long userId() {
        if (actor.kind() != CurrentActor.Kind.USER) {
            throw new Forbidden("API tokens have no inbox");
        }
        return actor.id();
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.kind, n.title, n.body, n.link, n.createdAt, n.readAt);
    }
}
