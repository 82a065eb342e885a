package org.duban.events;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class EventDtos {
    private EventDtos() {
    }

    public record EventView(
            @Schema(description = "The event's place in the feed; pass the last one you processed as `after`") long position,
            long id, String type, String entityType, long entityId, @Schema(nullable = true) Long unitId,
            @Schema(nullable = true) Long planId, OffsetDateTime occurredAt,
            @Schema(description = "What changed: the changed resource's view, by event type") java.util.Map<String, Object> data) {
    }

    public record EventPageView(List<EventView> items,
            @Schema(description = "The position to pass as `after` next time (the last one returned, or `after` when none)") long next,
            @Schema(description = "More events are ready right now") boolean hasMore) {
    }
}
