package org.duban.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import org.duban.common.DatabaseFaults;
import org.duban.common.DomainException;
import org.duban.inbox.Notifications;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Pushes events to webhook subscribers. Fan-out turns each subscription's new events into delivery
 * rows (one per subscription and event: its id is the stable delivery id). Sending claims due rows
 * with FOR UPDATE SKIP LOCKED and keeps the lock while the POST is in flight, so across instances
 * each attempt happens exactly once; a row waits while an earlier delivery of the same entity to
 * the same subscriber is pending, so each entity's events arrive in order. Failures are retried
 * with exponential backoff and jitter up to max-attempts, then the delivery is DEAD; a subscription
 * whose deliveries keep dying is switched off and the administrators are told.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    public static final String SIGNATURE = "Duban-Signature";

    private final EntityManager em;
    private final EventSequencer sequencer;
    private final WebhookService webhooks;
    private final Notifications notifications;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxAttempts;
    private final Duration backoff;
    private final int disableAfter;

    WebhookDispatcher(EntityManager em, EventSequencer sequencer, WebhookService webhooks, Notifications notifications,
            ObjectMapper json,
            @ConfigProperty(name = "duban.webhooks.timeout", defaultValue = "PT5S") Duration timeout,
            @ConfigProperty(name = "duban.webhooks.max-attempts", defaultValue = "8") int maxAttempts,
            @ConfigProperty(name = "duban.webhooks.backoff", defaultValue = "PT10S") Duration backoff,
            @ConfigProperty(name = "duban.webhooks.disable-after", defaultValue = "5") int disableAfter) {
        this.em = em;
        this.sequencer = sequencer;
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.json = json;
        this.timeout = timeout;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.disableAfter = disableAfter;
        // redirects are never followed: a 3xx is a failed attempt
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    @Scheduled(every = "${duban.webhooks.interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        DatabaseFaults.runJob("webhook round", this::run);
    }

    /** One round: position events, fan them out, send what is due. Returns the attempts made. */
    public int run() {
        sequencer.sequence();
        fanOut();
        int attempts = 0;
        int sent;
        do {
            sent = sendDue(10);
            attempts += sent;
        } while (sent == 10);
        return attempts;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int fanOut() {
        int created = 0;
        List<WebhookSubscription> active = em.createQuery("from WebhookSubscription where active order by id",
                WebhookSubscription.class).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (WebhookSubscription webhook : active) {
            List<Object[]> events = em.createNativeQuery("""
                    select id, position, entity_type, entity_id, type, unit_id from domain_event
                    where position > ?1 order by position limit 1000""").setParameter(1, webhook.lastPosition).getResultList();
            long position = webhook.lastPosition;
            for (Object[] event : events) {
                boolean wanted = webhook.types().contains((String) event[4])
                        && (webhook.unitId == null || (event[5] != null && webhook.unitId == ((Number) event[5]).longValue()));
                if (wanted) {
                    created += em.createNativeQuery("""
                            insert into webhook_delivery (id, subscription_id, event_id, event_position, entity_key, state)
                            values (?1, ?2, ?3, ?4, ?5, 'PENDING') on conflict (subscription_id, event_id) do nothing""")
                            .setParameter(1, UUID.randomUUID()).setParameter(2, webhook.id).setParameter(3, event[0])
                            .setParameter(4, event[1]).setParameter(5, event[2] + ":" + event[3]).executeUpdate();
                }
                position = ((Number) event[1]).longValue();
            }
            // the cursor is the dispatcher's bookkeeping, not a change to the subscription: written without touching
            // its version, so an admin's edit (If-Match) is not refused because events happened meanwhile
            if (position != webhook.lastPosition) {
                em.createNativeQuery("update webhook_subscription set last_position = ?1 where id = ?2")
                        .setParameter(1, position).setParameter(2, webhook.id).executeUpdate();
            }
        }
        return created;
    }

    private record Claimed(UUID id, long subscriptionId, String url, String secret, int attempts, long eventId, long position,
            String type, String entityType, long entityId, Long unitId, Long planId, OffsetDateTime occurredAt, String payload) {
    }

    /** Claims up to {@code limit} due deliveries and attempts each once, in one transaction; returns how many it attempted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int sendDue(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.subscription_id, s.url, s.secret, d.attempts, e.id, e.position, e.type, e.entity_type, e.entity_id,
                       e.unit_id, e.plan_id, e.occurred_at, e.payload::text
                from webhook_delivery d
                join webhook_subscription s on s.id = d.subscription_id
                join domain_event e on e.id = d.event_id
                where d.state = 'PENDING' and d.next_attempt_at <= now() and s.active
                  and not exists (select 1 from webhook_delivery p where p.subscription_id = d.subscription_id
                                  and p.entity_key = d.entity_key and p.event_position < d.event_position and p.state = 'PENDING')
                order by d.event_position
                limit ?1
                for update of d skip locked""").setParameter(1, limit).getResultList();
        for (Object[] r : rows) {
            Claimed claimed = new Claimed((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), (String) r[7],
                    (String) r[8], ((Number) r[9]).longValue(), r[10] == null ? null : ((Number) r[10]).longValue(),
                    r[11] == null ? null : ((Number) r[11]).longValue(), toTime(r[12]), (String) r[13]);
            attempt(claimed);
        }
        return rows.size();
    }

    private static OffsetDateTime toTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private void attempt(Claimed delivery) {
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            WebhookTargets.check(delivery.url(), webhooks.allowedPrivate());
            Map<String, Object> event = new java.util.LinkedHashMap<>();
            event.put("position", delivery.position());
            event.put("id", delivery.eventId());
            event.put("type", delivery.type());
            event.put("entityType", delivery.entityType());
            event.put("entityId", delivery.entityId());
            event.put("unitId", delivery.unitId());
            event.put("planId", delivery.planId());
            event.put("occurredAt", delivery.occurredAt().toString());
            event.put("data", json.readTree(delivery.payload()));
            String body = json.writeValueAsString(Map.of("deliveryId", delivery.id().toString(), "event", event));
            long timestamp = System.currentTimeMillis() / 1000;
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Duban-Webhooks/1")
                    .header("Duban-Delivery", delivery.id().toString())
                    .header("Duban-Event", delivery.type())
                    .header(SIGNATURE, "t=" + timestamp + ",v1=" + sign(delivery.secret(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status < 200 || status >= 300) {
                error = "answered " + status;
            }
        } catch (DomainException e) {
            error = e.getMessage();
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int duration = (int) ((System.nanoTime() - started) / 1_000_000);
        int attempts = delivery.attempts() + 1;
        if (error == null) {
            em.createNativeQuery("""
                    update webhook_delivery set state = 'SUCCEEDED', attempts = ?2, last_status = ?3, last_error = null,
                           last_duration_ms = ?4, delivered_at = now() where id = ?1""")
                    .setParameter(1, delivery.id()).setParameter(2, attempts).setParameter(3, status).setParameter(4, duration)
                    .executeUpdate();
            em.createNativeQuery("update webhook_subscription set consecutive_failures = 0 where id = ?1 and consecutive_failures > 0")
                    .setParameter(1, delivery.subscriptionId()).executeUpdate();
            return;
        }
        boolean dead = attempts >= maxAttempts;
        em.createNativeQuery("""
                update webhook_delivery set state = ?2, attempts = ?3, last_status = ?4, last_error = ?5, last_duration_ms = ?6,
                       next_attempt_at = ?7 where id = ?1""")
                .setParameter(1, delivery.id()).setParameter(2, dead ? "DEAD" : "PENDING").setParameter(3, attempts)
                .setParameter(4, status).setParameter(5, error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter(6, duration).setParameter(7, OffsetDateTime.now().plus(delay(attempts))).executeUpdate();
        if (dead) {
            giveUp(delivery);
        }
    }

    /** backoff × 2^(attempts − 1), at most an hour, ±20 % jitter so that failing receivers are not hit in step. */
    Duration delay(int attempts) {
        long base = backoff.toMillis() << Math.min(20, attempts - 1);
        long capped = Math.min(base, Duration.ofHours(1).toMillis());
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (capped * jitter));
    }

    private void giveUp(Claimed delivery) {
        WebhookSubscription webhook = em.find(WebhookSubscription.class, delivery.subscriptionId());
        webhook.consecutiveFailures++;
        LOG.warnf("webhook %d: delivery %s is dead after %d attempts", webhook.id, delivery.id(), delivery.attempts() + 1);
        if (webhook.active && webhook.consecutiveFailures >= disableAfter) {
            webhook.active = false;
            webhook.disabledReason = webhook.consecutiveFailures + " deliveries in a row failed every attempt";
            notifications.toAdmins(Notifications.Kind.WEBHOOK_DISABLED, "Webhook 已停用：" + webhook.url,
                    webhook.disabledReason + "；修复接收方后在管理页重新启用", "/admin/webhooks",
                    "webhook-disabled:" + webhook.id + ":" + webhook.version);
        }
    }

    /** HMAC-SHA256 of "timestamp.body" with the subscription's secret, in hex. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
