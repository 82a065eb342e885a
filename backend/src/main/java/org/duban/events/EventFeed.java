package org.duban.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duban.account.CurrentActor;
import org.duban.common.InvalidInput;
import org.duban.common.Sql;
import org.duban.events.EventDtos.EventPageView;
import org.duban.events.EventDtos.EventView;

/** The change feed: positioned events after a cursor, of the asked types, that the caller may see. */
@ApplicationScoped
public class EventFeed {
    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> PAYLOAD = new com.fasterxml.jackson.core.type.TypeReference<>() {
    };

    private final Sql sql;
    private final EventSequencer sequencer;
    private final CurrentActor actor;
    private final ObjectMapper json;

    EventFeed(Sql sql, EventSequencer sequencer, CurrentActor actor, ObjectMapper json) {
        this.sql = sql;
        this.sequencer = sequencer;
        this.actor = actor;
        this.json = json;
    }

    public EventPageView page(long after, List<String> types, int limit) {
        for (String type : types) {
            if (!DomainEvents.TYPES.contains(type)) {
                throw new InvalidInput("types", "unknown event type " + type + "; known: " + String.join(", ", DomainEvents.TYPES));
            }
        }
        sequencer.sequence();
        return read(after, types, limit);
    }

    @Transactional
    EventPageView read(long after, List<String> types, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", after);
        parameters.put("types", types.isEmpty() ? null : String.join(",", types));
        parameters.put("unit", actor.confinedToUnit());
        parameters.put("limit", limit + 1);
        List<EventView> items = new ArrayList<>();
        for (Sql.Row row : sql.list("""
                select position, id, type, entity_type, entity_id, unit_id, plan_id, occurred_at, payload::text as payload
                from domain_event
                where position > :after
                  and (cast(:types as text) is null or type = any (string_to_array(cast(:types as text), ',')))
                  and (cast(:unit as bigint) is null or unit_id = cast(:unit as bigint))
                order by position limit :limit""", parameters)) {
            try {
                items.add(new EventView(row.lng("position"), row.lng("id"), row.str("type"), row.str("entity_type"),
                        row.lng("entity_id"), row.lng("unit_id"), row.lng("plan_id"), row.time("occurred_at"),
                        json.readValue(row.str("payload"), PAYLOAD)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        boolean more = items.size() > limit;
        if (more) {
            items.remove(items.size() - 1);
        }
        return new EventPageView(items, items.isEmpty() ? after : items.get(items.size() - 1).position(), more);
    }
}
