package org.duban.events;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import org.duban.account.CurrentActor;
import org.duban.audit.AuditLog;
import org.duban.common.ETags;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sql;
import org.duban.events.WebhookDtos.DeliveryView;
import org.duban.events.WebhookDtos.WebhookCreatedView;
import org.duban.events.WebhookDtos.WebhookInput;
import org.duban.events.WebhookDtos.WebhookView;
import org.duban.unit.ResponsibilityUnitRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Webhook subscriptions (administrators only) and their delivery log. */
@ApplicationScoped
public class WebhookService {
    private static final String ENTITY = "webhook";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CurrentActor actor;
    private final AuditLog audit;
    private final Sql sql;
    private final ResponsibilityUnitRepository units;
    private final Set<String> allowedPrivate;
    @jakarta.inject.Inject
    EventSequencer sequencer;

    WebhookService(CurrentActor actor, AuditLog audit, Sql sql, ResponsibilityUnitRepository units,
            @ConfigProperty(name = "duban.webhooks.allow-private-hosts") Optional<List<String>> allowedPrivate) {
        this.actor = actor;
        this.audit = audit;
        this.sql = sql;
        this.units = units;
        this.allowedPrivate = new HashSet<>(allowedPrivate.orElse(List.of()));
    }

    public Set<String> allowedPrivate() {
        return allowedPrivate;
    }

    private void check(WebhookInput input) {
        WebhookTargets.check(input.url(), allowedPrivate);
        for (String type : input.eventTypes()) {
            if (!DomainEvents.TYPES.contains(type)) {
                throw new InvalidInput("eventTypes", "unknown event type " + type + "; known: " + String.join(", ", DomainEvents.TYPES));
            }
        }
        if (input.unitId() != null && units.findByIdOptional(input.unitId()).isEmpty()) {
            throw new InvalidInput("unitId", "responsibility unit " + input.unitId() + " does not exist");
        }
    }

    @Transactional
    public WebhookCreatedView create(WebhookInput input) {
        check(input);
        WebhookSubscription webhook = new WebhookSubscription();
        String secret = input.secret() != null ? input.secret() : "whsec_" + random();
        webhook.url = input.url().strip();
        webhook.eventTypes = String.join(",", input.eventTypes());
        webhook.unitId = input.unitId();
        webhook.secret = secret;
        webhook.createdBy = actor.name();
        // a new subscription receives what happens from now on, not the history (the feed has that)
        sequencer.sequence();
        webhook.lastPosition = ((Number) WebhookSubscription.getEntityManager()
                .createNativeQuery("select coalesce(max(position), 0) from domain_event").getSingleResult()).longValue();
        webhook.persistAndFlush();
        WebhookView view = view(webhook);
        audit.created(ENTITY, webhook.id, view);
        return new WebhookCreatedView(view, secret);
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    WebhookSubscription find(long id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id).orElseThrow(() -> new NotFound(ENTITY, id));
    }

    @Transactional
    public WebhookView get(long id) {
        return view(find(id));
    }

    @Transactional
    public PageView<WebhookView> list(PageQuery page) {
        return PageView.of(WebhookSubscription.<WebhookSubscription>findAll(Sort.by("id")), page, WebhookService::view);
    }

    @Transactional
    public WebhookView update(long id, String ifMatch, WebhookInput input) {
        WebhookSubscription webhook = find(id);
        ETags.requireMatch(ifMatch, webhook.version);
        check(input);
        WebhookView before = view(webhook);
        webhook.url = input.url().strip();
        webhook.eventTypes = String.join(",", input.eventTypes());
        webhook.unitId = input.unitId();
        if (input.secret() != null) {
            webhook.secret = input.secret();
        }
        if (input.active() != null) {
            if (input.active() && !webhook.active) {
                webhook.consecutiveFailures = 0;
                webhook.disabledReason = null;
            }
            webhook.active = input.active();
        }
        webhook.flush();
        WebhookView after = view(webhook);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        WebhookSubscription webhook = find(id);
        ETags.requireMatch(ifMatch, webhook.version);
        audit.deleted(ENTITY, id, view(webhook));
        webhook.delete();
    }

    private static final String DELIVERIES = """
            select d.id::text as id, d.event_id, d.event_position, e.type, d.state, d.attempts,
                   case when d.state = 'PENDING' then d.next_attempt_at end as next_attempt_at, d.last_status, d.last_error,
                   d.last_duration_ms, d.delivered_at, d.created_at
            from webhook_delivery d join domain_event e on e.id = d.event_id
            where d.subscription_id = :id %s
            order by d.event_position desc, d.created_at desc
            limit :limit offset :offset""";

    @Transactional
    public PageView<DeliveryView> deliveries(long id, String state, PageQuery page) {
        find(id);
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("id", id);
        parameters.put("state", state);
        parameters.put("limit", page.size());
        parameters.put("offset", (page.page() - 1) * page.size());
        String filter = state == null ? "" : "and d.state = :state";
        List<DeliveryView> items = sql.list(DELIVERIES.formatted(filter), parameters).stream().map(WebhookService::delivery).toList();
        long total = sql.list("select count(*) as n from webhook_delivery d where d.subscription_id = :id " + filter, parameters)
                .get(0).count("n");
        return new PageView<>(items, page.page(), page.size(), total);
    }

    private static DeliveryView delivery(Sql.Row r) {
        return new DeliveryView(r.str("id"), r.lng("event_id"), r.lng("event_position"), r.str("type"), r.str("state"),
                r.integer("attempts"), r.time("next_attempt_at"), r.integer("last_status"), r.str("last_error"),
                r.integer("last_duration_ms"), r.time("delivered_at"), r.time("created_at"));
    }

    /** Sends a delivery again at once (a dead one gets a fresh set of attempts). */
    @Transactional
    public DeliveryView redeliver(long id, String deliveryId) {
        find(id);
        java.util.UUID uuid;
        try {
            uuid = java.util.UUID.fromString(deliveryId);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("deliveryId", "is not a delivery id");
        }
        int updated = WebhookSubscription.getEntityManager().createNativeQuery("""
                update webhook_delivery set state = 'PENDING', attempts = 0, next_attempt_at = now()
                where id = ?1 and subscription_id = ?2""").setParameter(1, uuid).setParameter(2, id).executeUpdate();
        if (updated == 0) {
            throw new NotFound("delivery", deliveryId);
        }
        audit.record("REDELIVER", ENTITY, id, null, java.util.Map.of("delivery", deliveryId));
        java.util.Map<String, Object> parameters = java.util.Map.of("id", id, "limit", 1, "offset", 0, "delivery", uuid);
        return sql.list(DELIVERIES.formatted("and d.id = :delivery"), parameters).stream().map(WebhookService::delivery)
                .findFirst().orElseThrow();
    }

    static WebhookView view(WebhookSubscription w) {
        return new WebhookView(w.id, w.url, w.types(), w.unitId, w.active, w.disabledReason, w.consecutiveFailures, w.createdBy,
                w.createdAt, w.version);
    }
}
