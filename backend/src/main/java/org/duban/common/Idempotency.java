package org.duban.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Idempotency-Key for POSTs that create (JSON bodies; imports keep their own): the first request
 * under a key, per caller, is remembered with its answer for 24 hours. A retry with the same key and
 * the same request gets that answer again (Idempotent-Replayed: true); the same key with another
 * request is 422; a retry while the first is still running is 409. A 5xx answer is not kept, so the
 * request may be retried.
 */
public class Idempotency {
    static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = "duban.idempotency";

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
        boolean inserted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                insert into idempotency_record (actor, key, request_hash, state) values (?1, ?2, ?3, 'IN_FLIGHT')
                on conflict (actor, key) do nothing""").setParameter(1, actor).setParameter(2, key).setParameter(3, hash)
                .executeUpdate() == 1);
        if (inserted) {
            request.setProperty(CLAIMED, new Claim(actor, key));
            return null;
        }
        Object[] earlier = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select request_hash, state, status, content_type, location, etag, body from idempotency_record
                where actor = ?1 and key = ?2""").setParameter(1, actor).setParameter(2, key).getSingleResult());
        if (!hash.equals(earlier[0])) {
            throw new Unprocessable("this Idempotency-Key was used for a different request");
        }
        if ("IN_FLIGHT".equals(earlier[1])) {
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
        if (response.getStatus() >= 500) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from idempotency_record where actor = ?1 and key = ?2")
                    .setParameter(1, claim.actor()).setParameter(2, claim.key()).executeUpdate());
            return;
        }
        Object entity = response.getEntity();
        byte[] body = entity == null ? null : entity instanceof byte[] bytes ? bytes
                : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(entity);
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update idempotency_record set state = 'DONE', status = ?3, content_type = ?4, location = ?5, etag = ?6, body = ?7
                where actor = ?1 and key = ?2""").setParameter(1, claim.actor()).setParameter(2, claim.key())
                .setParameter(3, response.getStatus()).setParameter(4, type).setParameter(5, location).setParameter(6, etag)
                .setParameter(7, body).executeUpdate());
    }

    /** Keys are kept for a day. */
    @Scheduled(every = "1h", delayed = "5m")
    void forgetOldKeys() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_record where created_at < now() - interval '24 hours'").executeUpdate());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
