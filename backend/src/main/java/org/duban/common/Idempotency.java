package org.duban.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Idempotency-Key for POSTs that create (JSON bodies; imports keep their own): the first request
 * under a key, per caller, is remembered with its answer for 24 hours. A retry with the same key and
 * the same request gets that answer again (Idempotent-Replayed: true); the same key with another
 * request is 422; a retry while the first is still running is 409. A 5xx answer is not kept, so the
 * request may be retried. When the database cannot be reached after the answer was decided (it went
 * away mid-request), the answer goes out unchanged and the key is recorded or released once the
 * database is back; until then a retry under the key is 409.
 */
public class Idempotency {
    static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = "duban.idempotency";
    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    /** Records and releases the database did not take yet, oldest first. */
    private static final Queue<Runnable> PENDING = new ConcurrentLinkedQueue<>();

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    SecurityIdentity identity;

    private record Claim(String actor, String key) {
    }

    @ServerRequestFilter(readBody = true)
    public Response claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        String path = request.getUriInfo().getPath();
        if (key == null || !"POST".equals(request.getMethod()) || !path.startsWith(Api.BASE) || path.startsWith(Api.BASE + "/imports")
                || path.startsWith(Api.BASE + "/auth/")) {
            return null;
        }
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidInput(HEADER, "must be 1 to 200 characters");
        }
        if (identity.isAnonymous()) {
            return null; // the endpoint answers 401 itself
        }
        // read the stream itself: hasEntity() parses the Content-Type and throws on a malformed one (a 500 instead of
        // the endpoint's own 415)
        java.io.InputStream entity = request.getEntityStream();
        byte[] body = entity == null ? new byte[0] : entity.readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = sha256(request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n" + new String(body, StandardCharsets.UTF_8));
        String actor = identity.getPrincipal().getName();
        Object[] earlier;
        for (int attempt = 0; ; attempt++) {
            boolean inserted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    insert into idempotency_record (actor, key, request_hash, state) values (?1, ?2, ?3, 'IN_FLIGHT')
                    on conflict (actor, key) do nothing""").setParameter(1, actor).setParameter(2, key).setParameter(3, hash)
                    .executeUpdate() == 1);
            if (inserted) {
                request.setProperty(CLAIMED, new Claim(actor, key));
                return null;
            }
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select request_hash, state, status, content_type, location, etag, body from idempotency_record
                    where actor = ?1 and key = ?2""").setParameter(1, actor).setParameter(2, key).getResultList());
            if (rows.isEmpty() && attempt < 3) {
                continue; // released in between: claim it again
            }
            earlier = rows.isEmpty() ? null : (Object[]) rows.get(0);
            if (earlier != null && !hash.equals(earlier[0])) {
                throw new Unprocessable("this Idempotency-Key was used for a different request");
            }
            if (earlier != null && !"IN_FLIGHT".equals(earlier[1])) {
                break;
            }
            if (attempt == 0 && !PENDING.isEmpty()) {
                catchUp(); // perhaps this instance's earlier attempt, released now that the database is back
                continue;
            }
            throw new Conflict("a request with this Idempotency-Key is still being processed; retry shortly");
        }
        Response.ResponseBuilder replay = Response.status((Integer) earlier[2]).header("Idempotent-Replayed", "true");
        if (earlier[3] != null) {
            replay.type((String) earlier[3]);
        }
        if (earlier[4] != null) {
            replay.location(URI.create((String) earlier[4]));
        }
        if (earlier[5] != null) {
            replay.header(HttpHeaders.ETAG, earlier[5]);
        }
        return replay.entity(earlier[6] == null ? new byte[0] : (byte[]) earlier[6]).build();
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return;
        }
        Runnable write;
        if (response.getStatus() >= 500) {
            write = () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from idempotency_record where actor = ?1 and key = ?2 and state = 'IN_FLIGHT'")
                    .setParameter(1, claim.actor()).setParameter(2, claim.key()).executeUpdate());
            if (response.getStatus() == 503) {
                // the database is most likely out of reach: trying now would hold the answer up by a pool timeout
                PENDING.add(write);
                return;
            }
        } else {
            Object entity = response.getEntity();
            byte[] body = entity == null ? null : entity instanceof byte[] bytes ? bytes
                    : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(entity);
            String type = response.getMediaType() == null ? null : response.getMediaType().toString();
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            String etag = response.getHeaderString(HttpHeaders.ETAG);
            write = () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update idempotency_record set state = 'DONE', status = ?3, content_type = ?4, location = ?5, etag = ?6, body = ?7
                    where actor = ?1 and key = ?2""").setParameter(1, claim.actor()).setParameter(2, claim.key())
                    .setParameter(3, response.getStatus()).setParameter(4, type).setParameter(5, location).setParameter(6, etag)
                    .setParameter(7, body).executeUpdate());
        }
        try {
            write.run();
        } catch (RuntimeException e) {
            if (!DatabaseFaults.unreachable(e)) {
                throw e;
            }
            // the change itself is committed (or was refused): the caller gets that answer, not a 5xx of ours
            LOG.warnf("Idempotency-Key of %s not recorded, the database cannot be reached; recorded once it is back",
                    request.getUriInfo().getPath());
            PENDING.add(write);
        }
    }

    /** Records and releases keys the database could not take when their answer went out. */
    @Scheduled(every = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        if (PENDING.isEmpty()) {
            return;
        }
        DatabaseFaults.runJob("recording Idempotency-Keys", () -> {
            synchronized (PENDING) { // each exactly once: a late release must not remove a newer claim
                for (Runnable next = PENDING.peek(); next != null; next = PENDING.peek()) {
                    next.run();
                    PENDING.remove(next);
                }
            }
        });
    }

    /** Keys are kept for a day. */
    @Scheduled(every = "1h", delayed = "5m")
    void forgetOldKeys() {
        DatabaseFaults.runJob("forgetting old Idempotency-Keys", () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_record where created_at < now() - interval '24 hours'").executeUpdate()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
