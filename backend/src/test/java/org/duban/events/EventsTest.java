package org.duban.events;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.duban.support.ApiSpec.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventsTest {
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    EventSequencer sequencer;

    /** A receiver on loopback that records what it gets and answers with the status the test sets. */
    record Received(Map<String, String> headers, String body) {
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(headers, body));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        receiver.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://example.org/elsewhere");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static JsonPath feed(long after, String types) {
        var request = api().queryParam("after", after).queryParam("limit", 1000);
        if (types != null) {
            request.queryParam("types", types);
        }
        return request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
    }

    private static long head() {
        long after = 0;
        while (true) {
            JsonPath page = feed(after, null);
            after = page.getLong("next");
            if (!page.getBoolean("hasMore")) {
                return after;
            }
        }
    }

    @Test
    void theFeedIsOrderedResumableAndFilteredByTypeAndUnit() {
        long start = head();
        var context = Fixtures.taskContext();
        long unit = Fixtures.unit("COUNTY", null);
        long other = Fixtures.unit("COUNTY", null);
        long assignment = Fixtures.assignment(context.taskId(), unit, "LEAD", "2099-12-31");
        Fixtures.assignment(context.taskId(), other, "CO", "2099-12-31");
        String etag = Fixtures.etag("/api/v1/assignments/{id}", assignment);
        api().header("If-Match", etag).body(Map.of("role", "LEAD", "dueDate", "2099-12-31", "status", "COMPLETED", "progress", 100))
                .put("/api/v1/assignments/{id}", assignment).then().statusCode(200);

        JsonPath all = feed(start, null);
        List<String> types = all.getList("items.type");
        assertEquals(List.of("assignment.created", "assignment.created", "assignment.updated", "assignment.completed"), types);
        List<Long> positions = all.getList("items.position", Long.class);
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i) > positions.get(i - 1), "positions increase");
        }
        assertEquals(positions.get(positions.size() - 1), all.getLong("next"));
        // resuming after the second event gives the rest, and the end gives nothing
        assertEquals(List.of("assignment.updated", "assignment.completed"), feed(positions.get(1), null).getList("items.type"));
        assertEquals(0, feed(all.getLong("next"), null).getList("items").size());
        assertEquals(all.getLong("next"), feed(all.getLong("next"), null).getLong("next"));
        assertEquals(List.of("assignment.completed"), feed(start, "assignment.completed").getList("items.type"));
        assertEquals("COMPLETED", feed(start, "assignment.completed").getString("items[0].data.status"));
        // a reporter sees their own unit's events only
        JsonPath own = as(Auth.reporterOf(other)).queryParam("after", start).get("/api/v1/events").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of((int) other), own.getList("items.unitId").stream().distinct().toList());
        api().queryParam("types", "assignment.exploded").get("/api/v1/events").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aConsumerFollowingTheCursorMissesNothingWhileWritesRunConcurrently() throws Exception {
        long start = head();
        var context = Fixtures.taskContext();
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            units.add(Fixtures.unit("COUNTY", null));
        }
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (long unit : units) {
            writes.add(writers.submit(() -> Fixtures.assignment(context.taskId(), unit, "CO", "2099-12-31")));
        }
        List<Long> seen = new ArrayList<>();
        long cursor = start;
        while (writes.stream().anyMatch(f -> !f.isDone()) || seen.size() < units.size()) {
            JsonPath page = feed(cursor, "assignment.created");
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                if (((Number) item.get("planId")).longValue() == context.planId()) {
                    seen.add(((Number) item.get("entityId")).longValue());
                }
            }
            cursor = page.getLong("next");
        }
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        for (Future<?> write : writes) {
            write.get();
        }
        assertEquals(units.size(), seen.size(), "every event once");
        assertEquals(units.size(), new HashSet<>(seen).size(), "no event twice");
    }

    private JsonPath subscribe(String url, List<String> types, String secret) {
        return asAdmin().body(Map.of("url", url, "eventTypes", types, "secret", secret)).post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void deliveriesAreSignedOrderedRetriedThenDeadAndTheSubscriptionSwitchedOff() throws Exception {
        String secret = "test-secret-0123456789";
        long webhook = subscribe(url("/hook"), List.of("assignment.created", "assignment.updated"), secret).getLong("webhook.id");
        var context = Fixtures.taskContext();
        long unit = Fixtures.unit("COUNTY", null);
        long assignment = Fixtures.assignment(context.taskId(), unit, "LEAD", "2099-12-31");
        dispatcher.run();
        List<Received> mine = received.stream().filter(r -> r.body().contains("\"entityId\":" + assignment)).toList();
        assertEquals(1, mine.size());
        Received delivery = mine.get(0);
        String signature = delivery.headers().get("duban-signature");
        long timestamp = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        assertEquals("v1=" + WebhookDispatcher.sign(secret, timestamp, delivery.body()), signature.substring(signature.indexOf(',') + 1));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - timestamp) < 60);
        assertEquals("assignment.created", delivery.headers().get("duban-event"));
        JsonPath body = new JsonPath(delivery.body());
        assertEquals(delivery.headers().get("duban-delivery"), body.getString("deliveryId"));
        asAdmin().get("/api/v1/webhooks/{id}/deliveries", webhook).then().statusCode(200)
                .body("items[0].state", equalTo("SUCCEEDED")).body("items[0].lastStatus", equalTo(200));

        // the receiver fails: each entity's next event waits behind the failing one, then both die after 3 attempts
        status.set(500);
        received.clear();
        String etag = Fixtures.etag("/api/v1/assignments/{id}", assignment);
        etag = api().header("If-Match", etag).body(Map.of("role", "CO", "dueDate", "2099-12-31", "status", "IN_PROGRESS", "progress", 10))
                .put("/api/v1/assignments/{id}", assignment).then().statusCode(200).extract().header("ETag");
        api().header("If-Match", etag).body(Map.of("role", "LEAD", "dueDate", "2099-12-31", "status", "IN_PROGRESS", "progress", 20))
                .put("/api/v1/assignments/{id}", assignment).then().statusCode(200);
        for (int round = 0; round < 40 && asAdmin().get("/api/v1/webhooks/{id}", webhook).jsonPath().getBoolean("active"); round++) {
            dispatcher.run();
            Thread.sleep(60);
        }
        List<String> order = received.stream().map(r -> new JsonPath(r.body()).getString("event.data.progress")).toList();
        assertEquals(List.of("10", "10", "10", "20", "20", "20"), order, "the second update waits until the first is dead");
        JsonPath log = asAdmin().queryParam("state", "DEAD").get("/api/v1/webhooks/{id}/deliveries", webhook).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, log.getList("items").size());
        assertEquals(3, log.getInt("items[0].attempts"));
        assertEquals(500, log.getInt("items[0].lastStatus"));
        asAdmin().get("/api/v1/webhooks/{id}", webhook).then().statusCode(200).body("active", equalTo(false))
                .body("disabledReason", startsWith("2 deliveries in a row"));
        asAdmin().get("/api/v1/notifications").then().statusCode(200);

        // fixed and re-enabled: a manual redelivery goes out with the same delivery id
        status.set(204);
        String webhookTag = asAdmin().get("/api/v1/webhooks/{id}", webhook).header("ETag");
        asAdmin().header("If-Match", webhookTag).body(Map.of("url", url("/hook"), "eventTypes", List.of("assignment.updated"), "active", true))
                .put("/api/v1/webhooks/{id}", webhook).then().statusCode(200).body("consecutiveFailures", equalTo(0));
        String dead = log.getString("items[0].id");
        asAdmin().post("/api/v1/webhooks/{id}/deliveries/{delivery}/redeliver", webhook, dead).then().statusCode(200)
                .body("state", equalTo("PENDING"));
        received.clear();
        dispatcher.run();
        assertEquals(dead, received.get(0).headers().get("duban-delivery"));
    }

    @Test
    void dispatchingEventsLeavesTheSubscriptionsVersionSoAnAdminsEditStillApplies() {
        long webhook = subscribe(url("/hook"), List.of("assignment.created"), "test-secret-version-0123").getLong("webhook.id");
        String before = asAdmin().get("/api/v1/webhooks/{id}", webhook).then().statusCode(200).extract().header("ETag");
        var context = Fixtures.taskContext();
        long assignment = Fixtures.assignment(context.taskId(), Fixtures.unit("COUNTY", null), "LEAD", "2099-12-31");
        dispatcher.run();
        assertTrue(received.stream().anyMatch(r -> r.body().contains("\"entityId\":" + assignment)), "the event went out");
        assertEquals(before, asAdmin().get("/api/v1/webhooks/{id}", webhook).header("ETag"));
        asAdmin().header("If-Match", before).body(Map.of("url", url("/hook"), "eventTypes", List.of("assignment.updated"), "active", true))
                .put("/api/v1/webhooks/{id}", webhook).then().statusCode(200).body("eventTypes", equalTo(List.of("assignment.updated")));
        // the cursor moved on: a second round sends nothing again
        received.clear();
        dispatcher.run();
        assertTrue(received.stream().noneMatch(r -> r.body().contains("\"entityId\":" + assignment)), "no event sent twice");
    }

    @Test
    void privateTargetsAndRedirectsAreRefused() throws Exception {
        asAdmin().body(Map.of("url", "http://10.1.2.3/hook", "eventTypes", List.of("assignment.created"))).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        asAdmin().body(Map.of("url", "http://169.254.169.254/latest/meta-data", "eventTypes", List.of("assignment.created")))
                .post("/api/v1/webhooks").then().statusCode(400);
        asAdmin().body(Map.of("url", "file:///etc/passwd", "eventTypes", List.of("assignment.created"))).post("/api/v1/webhooks")
                .then().statusCode(400);
        asAdmin().body(Map.of("url", url("/hook"), "eventTypes", List.of("no.such.event"))).post("/api/v1/webhooks")
                .then().statusCode(400);
        JsonPath created = asAdmin().body(Map.of("url", url("/moved"), "eventTypes", List.of("assignment.created")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        assertTrue(created.getString("secret").startsWith("whsec_"), "a generated secret is shown once");
        asAdmin().get("/api/v1/webhooks/{id}", created.getLong("webhook.id")).then().statusCode(200)
                .body("secret", org.hamcrest.Matchers.nullValue());
        var context = Fixtures.taskContext();
        Fixtures.assignment(context.taskId(), Fixtures.unit("COUNTY", null), "LEAD", "2099-12-31");
        dispatcher.run();
        asAdmin().get("/api/v1/webhooks/{id}/deliveries", created.getLong("webhook.id")).then().statusCode(200)
                .body("items[0].lastStatus", equalTo(302)).body("items[0].state", equalTo("PENDING"));
        Set<String> none = new HashSet<>(received.stream().map(Received::body).toList());
        assertTrue(none.isEmpty(), "nothing reached the redirect's target");
    }

    @Test
    void theSignatureMatchesTheRecipeInTheIntegrationGuide() {
        // docs/integration.md verifies this vector with openssl; the server must sign the same way
        assertEquals("10e2e2bfd344abfa54a550513327fff8a06b3fb0bbf57bb58cc16a6ab51eb230", WebhookDispatcher.sign(
                "whsec_example-secret", 1700000000L, "{\"deliveryId\":\"5f0c\",\"event\":{\"type\":\"metric-value.upserted\"}}"));
    }

    @Test
    void twoDispatchersAtOnceSendEachDeliveryExactlyOnce() throws Exception {
        long webhook = subscribe(url("/hook"), List.of("assignment.created"), "test-secret-abcdefghij").getLong("webhook.id");
        var context = Fixtures.taskContext();
        for (int i = 0; i < 30; i++) {
            Fixtures.assignment(context.taskId(), Fixtures.unit("COUNTY", null), "CO", "2099-12-31");
        }
        sequencer.sequence();
        dispatcher.fanOut();
        received.clear();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            runs.add(pool.submit(() -> {
                int attempts = 0;
                int sent;
                do {
                    sent = dispatcher.sendDue(3);
                    attempts += sent;
                } while (sent > 0);
                return attempts;
            }));
        }
        int total = runs.get(0).get() + runs.get(1).get();
        pool.shutdown();
        List<String> ids = received.stream().map(r -> r.headers().get("duban-delivery")).toList();
        assertEquals(30, total);
        assertEquals(30, ids.size());
        assertEquals(30, new HashSet<>(ids).size(), "no delivery was sent twice");
        asAdmin().queryParam("state", "SUCCEEDED").queryParam("size", 100).get("/api/v1/webhooks/{id}/deliveries", webhook)
                .then().statusCode(200).body("total", equalTo(30));
        System.out.printf("webhooks: 2 dispatchers sent 30 deliveries, %d and %d attempts, none twice%n", runs.get(0).get(),
                runs.get(1).get());
    }
}
