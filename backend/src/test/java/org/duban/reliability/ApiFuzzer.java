package org.duban.reliability;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.duban.support.ApiSpec.asAdmin;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.duban.support.ApiSpec;
import org.duban.support.Auth;
import org.duban.support.Fixtures;

/**
 * The API fuzzer behind {@link ApiFuzzTest}. It reads the operations of openapi.yaml, makes a small world of real rows
 * (plan, section, tasks, units, assignments, metric, figure, reports, attachment, urge, extension request,
 * instruction, annual report, webhook, calendar feed, import job, API tokens) so that requests reach the services
 * instead of stopping at 404, and then sends, round-robin over every operation, requests of one of the {@link Kind}s:
 * valid ones built from the schemas, and seeded mutations of them. Operations that destroy what they address
 * (DELETE, password resets, token revocation) get rows made for them ("victims"), so the world stays intact.
 *
 * <p>Each answer is checked: status below 500; the status declared for the operation and the answer valid against the
 * contract (swagger-request-validator on openapi.yaml); a 4xx as application/problem+json with its status and title;
 * no stack trace, SQL or class name in any text body. Failures are grouped by operation and kind of failure, each
 * with a sample request, and reported together at the end with the run's figures.
 */
final class ApiFuzzer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What a request is: valid-ish, or valid-ish with one mutation. */
    enum Kind {
        VALID(6), WRONG_TYPE(2), HUGE(1), UNICODE(2), NUMBERS(2), MISSING(1), EXTRA(1), MALFORMED(2), CONTENT_TYPE(1),
        PATH_ID(2), QUERY(2), HEADERS(1), IDENTITY(2);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    record Param(String name, String in, JsonNode schema, boolean required) {
    }

    record Op(String method, String path, List<Param> params, Map<String, JsonNode> bodies, List<String> roles) {
        String key() {
            return method + " " + path;
        }

        boolean publicOp() {
            return roles == null;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    /** A request to send: the method and raw (already encoded) path and query, headers, body. */
    static final class Req {
        final Op op;
        final Kind kind;
        String identity;
        String path;
        final List<String[]> query = new ArrayList<>(); // name, value, "raw" when already encoded
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        String contentType;
        String note = "";

        Req(Op op, Kind kind) {
            this.op = op;
            this.kind = kind;
        }

        String target() {
            StringBuilder uri = new StringBuilder(path);
            char separator = '?';
            for (String[] q : query) {
                uri.append(separator).append(encode(q[0])).append('=').append(q.length > 2 ? q[1] : encode(q[1]));
                separator = '&';
            }
            return uri.toString();
        }

        String describe() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            if (shown.length() > 300) {
                shown = shown.substring(0, 300) + "…(" + body.length + " bytes)";
            }
            String target = target();
            if (target.length() > 300) {
                target = target.substring(0, 300) + "…";
            }
            return op.method() + " " + target + " as " + identity + " [" + kind + (note.isEmpty() ? "" : ": " + note) + "]"
                    + (contentType == null ? "" : " Content-Type: " + contentType) + (headers.isEmpty() ? "" : " " + headers)
                    + (shown.isEmpty() ? "" : "\n      body: " + shown.replace("\n", "\\n"));
        }
    }

    record Failure(String op, String what, String request, String response) {
    }

    // -------------------------------------------------------------------------------------------- state
    private final URI base;
    private final long seed;
    private final int requests;
    private final int threads;
    private final JsonNode contract;
    private final List<Op> ops;
    private final OpenApiInteractionValidator validator;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final Map<String, String> identities = new LinkedHashMap<>();
    private final Map<String, String> world = new ConcurrentHashMap<>();
    private final Map<String, String> victims = new ConcurrentHashMap<>();
    private final Object victimLock = new Object();
    private final AtomicInteger sequence = new AtomicInteger();

    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failureCounts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> statusClasses = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Map<Kind, AtomicInteger> kinds = new ConcurrentHashMap<>();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final Set<String> answeredBelow400 = ConcurrentHashMap.newKeySet();
    private final AtomicLong sent = new AtomicLong();
    /** -Dfuzz.deadline (epoch seconds): no request starts after it, so that a time-boxed run still reports. */
    private final long deadline = Long.getLong("fuzz.deadline", Long.MAX_VALUE / 1000) * 1000;
    private final AtomicInteger stoppedAt = new AtomicInteger();
    private String planText;

    ApiFuzzer(URI base, long seed, int requests, int threads) throws IOException {
        this.base = base;
        this.seed = seed;
        this.requests = requests;
        this.threads = Math.max(1, threads);
        this.contract = new YAMLMapper().readTree(new File(ApiSpec.CONTRACT_FILE.toString()));
        this.ops = operations(contract);
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(ApiSpec.CONTRACT_FILE.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        // as in ApiSpec: OpenAPI 3.1 string headers cannot pass the validator's JSON reading
                        .withLevel("validation.response.header.schema.invalidJson", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    // -------------------------------------------------------------------------------------------- the run
    void run() throws Exception {
        System.out.printf("API fuzz: seed %d (-Dfuzz.seed=%d repeats it), %d requests over %d operations, %d threads%n",
                seed, seed, requests, ops.size(), threads);
        long started = System.nanoTime();
        makeWorld();
        long worldReady = System.nanoTime();
        List<Op> order = new ArrayList<>(ops);
        Collections.shuffle(order, new Random(seed));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        if (System.currentTimeMillis() > deadline) {
                            stoppedAt.compareAndSet(0, i);
                            break;
                        }
                        Random random = new Random(seed * 0x9E3779B97F4A7C15L + i);
                        Op op = order.get(i % order.size());
                        Kind kind = pickKind(op, random);
                        try {
                            fuzz(op, kind, random);
                        } catch (RuntimeException | Error e) {
                            record(op.key(), "harness error " + e.getClass().getSimpleName(), op.key() + " [" + kind + "]",
                                    String.valueOf(e.getMessage()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long ended = System.nanoTime();
        report(started, worldReady, ended);
    }

    private Kind pickKind(Op op, Random random) {
        int total = 0;
        for (Kind kind : Kind.values()) {
            total += kind.weight;
        }
        int pick = random.nextInt(total);
        for (Kind kind : Kind.values()) {
            pick -= kind.weight;
            if (pick < 0) {
                return kind;
            }
        }
        return Kind.VALID;
    }

    private void report(long started, long worldReady, long ended) {
        List<String> uncovered = ops.stream().map(Op::key).filter(key -> !answered.contains(key)).toList();
        List<String> shallow = ops.stream().map(Op::key).filter(key -> !answeredBelow400.contains(key)).toList();
        StringBuilder figures = new StringBuilder();
        figures.append(String.format("%n==== API fuzz figures ====%n"));
        figures.append(String.format("seed                 %d%n", seed));
        int fuzzed = kinds.values().stream().mapToInt(AtomicInteger::get).sum();
        figures.append(String.format("requests sent        %d (%d fuzzed of %d asked for, plus %d to read ETags)%n", sent.get(),
                fuzzed, requests, sent.get() - fuzzed));
        figures.append(String.format("by status class      %s%n", new TreeMap<>(statusClasses)));
        figures.append(String.format("by status            %s%n", new TreeMap<>(statuses)));
        figures.append(String.format("by kind              %s%n", new TreeMap<>(kinds)));
        figures.append(String.format("operations covered   %d of %d%s%n", ops.size() - uncovered.size(), ops.size(),
                uncovered.isEmpty() ? "" : " — not answered: " + uncovered));
        figures.append(String.format("answered < 400       %d of %d operations%s%n", ops.size() - shallow.size(), ops.size(),
                shallow.isEmpty() ? "" : " (only 4xx: " + shallow + ")"));
        figures.append(String.format("duration             %.1f s (world %.1f s, fuzzing %.1f s, %.0f requests/s)%n",
                (ended - started) / 1e9, (worldReady - started) / 1e9, (ended - worldReady) / 1e9,
                sent.get() / Math.max(0.001, (ended - worldReady) / 1e9)));
        figures.append(String.format("failures             %d in %d groups%n",
                failureCounts.values().stream().mapToInt(AtomicInteger::get).sum(), failures.size()));
        System.out.println(figures);
        if (stoppedAt.get() > 0) {
            record("(run)", "stopped at the time limit (-Dfuzz.deadline) after " + stoppedAt.get() + " of " + requests
                    + " requests", "", "");
        }
        if (!failures.isEmpty() || !uncovered.isEmpty()) {
            StringBuilder message = new StringBuilder("API fuzzing found problems (seed " + seed + "):\n");
            new TreeMap<>(failures).forEach((key, failure) -> message.append(String.format(
                    "- %s — %s (%d×)%n    request:  %s%n    response: %s%n", failure.op(), failure.what(),
                    failureCounts.get(key).get(), failure.request(), failure.response())));
            if (!uncovered.isEmpty()) {
                message.append("- operations never answered: ").append(uncovered).append('\n');
            }
            System.out.println(message);
            throw new AssertionError(message.toString());
        }
    }

    // -------------------------------------------------------------------------------------------- contract
    private static List<Op> operations(JsonNode contract) {
        List<Op> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode p = parameter.has("$ref") ? ref(contract, parameter.get("$ref").asText()) : parameter;
                    params.add(new Param(p.path("name").asText(), p.path("in").asText(), p.path("schema"),
                            p.path("required").asBoolean(false)));
                }
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                operation.path("requestBody").path("content").fields()
                        .forEachRemaining(content -> bodies.put(content.getKey(), content.getValue().path("schema")));
                List<String> roles = null;
                if (!operation.path("security").isEmpty()) {
                    roles = new ArrayList<>();
                    for (JsonNode requirement : operation.path("security")) {
                        Iterator<JsonNode> schemes = requirement.elements();
                        while (schemes.hasNext()) {
                            for (JsonNode scope : schemes.next()) {
                                roles.add(scope.asText());
                            }
                        }
                    }
                }
                ops.add(new Op(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), params, bodies, roles));
            }
        }
        return ops;
    }

    private static JsonNode ref(JsonNode contract, String ref) {
        JsonNode node = contract;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    private JsonNode resolve(JsonNode schema) {
        int guard = 0;
        while (schema.has("$ref") && guard++ < 10) {
            schema = ref(contract, schema.get("$ref").asText());
        }
        if (schema.has("anyOf") || schema.has("oneOf")) {
            for (JsonNode option : schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf")) {
                JsonNode resolved = resolve(option);
                if (!"null".equals(type(resolved))) {
                    return resolved;
                }
            }
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }

    // -------------------------------------------------------------------------------------------- the world
    private void makeWorld() throws IOException {
        try (InputStream in = ApiFuzzer.class.getClassLoader().getResourceAsStream("demo/qinghai-2024-plan.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            planText = text.substring(0, Math.min(text.length(), 4000));
        }
        identities.put("ADMIN", Auth.admin());
        identities.put("SUPERVISOR", Auth.supervisor());
        identities.put("VIEWER", Auth.viewer());
        identities.put("ANONYMOUS", null);

        var context = Fixtures.taskContext();
        world.put("plans", id(context.planId()));
        world.put("sections", id(context.sectionId()));
        world.put("tasks", id(context.taskId()));
        world.put("planCode", api().get("/api/v1/plans/{id}", context.planId()).then().statusCode(200).extract().path("code"));
        api().post("/api/v1/plans/{id}/publish", context.planId()).then().statusCode(200);
        long task2 = Fixtures.task(context.planId(), context.sectionId(), "2");
        world.put("task2", id(task2));
        long unit = Fixtures.unit("COUNTY", null);
        long unit2 = Fixtures.unit("COUNTY", null);
        world.put("responsibility-units", id(unit));
        world.put("unit2", id(unit2));
        String reporter = Auth.reporterOf(unit);
        identities.put("REPORTER", reporter);
        identities.put("TOKEN", Auth.apiToken(List.of("read", "write:metric-values", "write:progress-reports", "import"), unit));
        identities.put("TOKEN_READ", Auth.apiToken(List.of("read"), null));
        identities.put("BAD_TOKEN", "dbn_" + "0".repeat(40));
        identities.put("BAD_JWT", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl");

        long assignment = Fixtures.assignment(context.taskId(), unit, "LEAD", "2099-12-31");
        Fixtures.assignment(context.taskId(), unit2, "CO", "2099-12-31");
        world.put("assignments", id(assignment));
        Map<String, Object> metric = Fixtures.metricInput(context.planId(), "COUNT", ">=", 5, "YEAR", "SUM", List.of("COUNTY"));
        long metricId = Fixtures.metric(metric);
        world.put("metrics", id(metricId));
        world.put("metricCode", (String) metric.get("code"));
        api().body(Map.of("value", 3)).put("/api/v1/metric-values/{m}/{u}/2024", metricId, unit).then().statusCode(201);

        long report = as(reporter).body(Map.of("assignmentId", assignment, "period", "2024-Q1", "text", "第一季度进展", "progress", 20))
                .post("/api/v1/progress-reports").then().statusCode(201).extract().jsonPath().getLong("id");
        world.put("progress-reports", id(report));
        optional("attachmentId", () -> id(uploadAttachment(reporter, report)));
        optional("urges", () -> id(api().body(Map.of("assignmentIds", List.of(assignment), "level", "BLUE", "message", "请尽快报送"))
                .post("/api/v1/urges").then().statusCode(201).extract().jsonPath().getLong("[0].id")));
        optional("extension-requests", () -> id(as(reporter).body(Map.of("assignmentId", assignment, "requestedDueDate", "2100-06-30",
                "reason", "机构改革")).post("/api/v1/extension-requests").then().statusCode(201).extract().jsonPath().getLong("id")));
        optional("instructions", () -> id(api().body(Map.of("taskId", context.taskId(), "assignmentId", assignment, "text", "请细化方案"))
                .post("/api/v1/instructions").then().statusCode(201).extract().jsonPath().getLong("id")));
        optional("annual-reports", () -> id(api().body(Map.of("planId", context.planId(), "unitId", unit))
                .post("/api/v1/annual-reports").then().statusCode(201).extract().jsonPath().getLong("id")));
        optional("webhooks", () -> id(webhook()));
        optional("calendar-feeds", () -> {
            var feed = api().body(Map.of()).post("/api/v1/calendar-feeds").then().statusCode(201).extract().jsonPath();
            world.put("token", feed.getString("url").replaceAll("^.*/calendar/([^/.]+)\\.ics.*$", "$1"));
            return id(feed.getLong("feed.id"));
        });
        optional("imports", () -> id(asAdmin().contentType("text/csv").body(("单位名称,单位类型\n" + Fixtures.unique("导入单位")
                + ",OTHER\n").getBytes(StandardCharsets.UTF_8)).queryParam("kind", "responsibility-units").queryParam("dryRun", true)
                .post("/api/v1/imports").then().statusCode(202).extract().jsonPath().getLong("id")));
        optional("notifications", () -> {
            List<Integer> notifications = as(reporter).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                    .getList("items.id", Integer.class);
            return notifications.isEmpty() ? "1" : id(notifications.get(0));
        });
        world.put("users", id(Auth.createUser(Fixtures.unique("fuzzvictim"), "VIEWER", null)));
        optional("api-tokens", () -> id(victimToken()));
        String victimUser = Fixtures.unique("fuzzsession");
        Auth.createUser(victimUser, "VIEWER", null);
        optional("refreshToken", () -> ApiSpec.anonymous().body(Map.of("username", victimUser, "password", Auth.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("refreshToken"));
        world.put("victimUser", victimUser);
    }

    /** A row of the world that the run can do without: a failure to make it is reported, and fuzzing goes on. */
    private void optional(String key, java.util.function.Supplier<String> make) {
        try {
            world.put(key, make.get());
        } catch (AssertionError | RuntimeException e) {
            world.putIfAbsent(key, "1");
            record("(world)", "cannot make " + key, key, String.valueOf(e.getMessage()));
        }
    }

    private static String id(long id) {
        return Long.toString(id);
    }

    private long uploadAttachment(String reporter, long report) {
        return as(reporter).contentType("multipart/form-data")
                .multiPart("file", "证明材料.pdf", "%PDF-1.4 fuzz".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/v1/progress-reports/{id}/attachments", report).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long webhook() {
        return asAdmin().body(Map.of("url", "http://127.0.0.1:9/fuzz-hook", "eventTypes", List.of("assignment.created")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getLong("webhook.id");
    }

    private long victimToken() {
        return asAdmin().body(Map.of("name", Fixtures.unique("victim"), "scopes", List.of("read"))).post("/api/v1/api-tokens")
                .then().statusCode(201).extract().jsonPath().getLong("apiToken.id");
    }

    /** Operations that destroy what they address work on rows made for them. */
    private static boolean destructive(Op op) {
        return op.method().equals("DELETE") || op.path().endsWith("/revoke") || op.path().equals("/api/v1/users/{id}/password")
                || op.key().equals("PUT /api/v1/users/{id}");
    }

    /** The id of the row a destructive operation may destroy, made when none is left. */
    private String victim(Op op) {
        synchronized (victimLock) {
            String existing = victims.get(op.key());
            if (existing != null) {
                return existing;
            }
            long plan = Long.parseLong(world.get("plans"));
            long section = Long.parseLong(world.get("sections"));
            long unit = Long.parseLong(world.get("responsibility-units"));
            String made;
            switch (op.path()) {
                case "/api/v1/plans/{id}" -> made = id(Fixtures.plan());
                case "/api/v1/sections/{id}" -> made = id(Fixtures.section(Fixtures.plan(), 1));
                case "/api/v1/tasks/{id}" -> made = id(Fixtures.task(plan, section, "5" + sequence.incrementAndGet()));
                case "/api/v1/assignments/{id}" -> made = id(Fixtures.assignment(Long.parseLong(world.get("task2")),
                        Fixtures.unit("COUNTY", null), "CO", "2099-12-31"));
                case "/api/v1/metrics/{id}" -> made = id(Fixtures.metric(
                        Fixtures.metricInput(plan, "COUNT", ">=", 1, "YEAR", "SUM", List.of("COUNTY"))));
                case "/api/v1/responsibility-units/{id}" -> made = id(Fixtures.unit("OTHER", null));
                case "/api/v1/progress-reports/{id}" -> made = id(draftReport(unit));
                case "/api/v1/progress-reports/{id}/attachments/{attachmentId}" -> {
                    long report = draftReport(unit); // a draft: a submitted report's evidence is fixed
                    made = report + "/" + uploadAttachment(identities.get("REPORTER"), report);
                }
                case "/api/v1/webhooks/{id}" -> made = id(webhook());
                case "/api/v1/calendar-feeds/{id}" -> made = id(api().body(Map.of()).post("/api/v1/calendar-feeds").then()
                        .statusCode(201).extract().jsonPath().getLong("feed.id"));
                case "/api/v1/api-tokens/{id}/revoke" -> made = id(victimToken());
                case "/api/v1/users/{id}", "/api/v1/users/{id}/password" -> made = world.get("users");
                default -> throw new IllegalStateException("no victim for " + op.key());
            }
            victims.put(op.key(), made);
            return made;
        }
    }

    /** A draft report, in a plan of its own: the fuzzer changes the world's plan (its reporting cadence, say). */
    private long draftReport(long unit) {
        if (!world.containsKey("draftPlan")) {
            long plan = Fixtures.plan();
            world.put("draftPlan", id(plan));
            world.put("draftSection", id(Fixtures.section(plan, 1)));
        }
        long task = Fixtures.task(Long.parseLong(world.get("draftPlan")), Long.parseLong(world.get("draftSection")),
                String.valueOf(sequence.incrementAndGet()));
        long assignment = Fixtures.assignment(task, unit, "CO", "2099-12-31");
        return as(identities.get("REPORTER")).body(Map.of("assignmentId", assignment, "period", "2024-Q1", "text", "待删除的报告",
                "progress", 5)).post("/api/v1/progress-reports").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** After a success the victim is gone (or spent): the next request gets a new one. */
    private void spent(Op op, int status) {
        if (destructive(op) && status < 300 && !op.path().startsWith("/api/v1/users/")) {
            victims.remove(op.key());
        }
    }

    // -------------------------------------------------------------------------------------------- requests
    private void fuzz(Op op, Kind kind, Random random) {
        kinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        Req req = new Req(op, kind);
        req.identity = validIdentity(op, random);
        String victim = destructive(op) ? victim(op) : null;
        req.path = concretePath(op, victim, random);
        query(req, random);
        headers(req, random);
        body(req, random);
        if (kind == Kind.VALID || random.nextInt(3) > 0) {
            ifMatch(req, victim);
        }
        mutate(req, random);
        Resp response = send(req);
        if (response != null) {
            spent(op, response.status);
        }
    }

    private String validIdentity(Op op, Random random) {
        if (op.publicOp()) {
            return "ANONYMOUS";
        }
        List<String> roles = op.roles();
        boolean reporterFirst = op.path().startsWith("/api/v1/progress-reports") && !op.path().endsWith("/approve")
                && !op.path().endsWith("/return") || op.path().startsWith("/api/v1/contributions")
                || op.key().equals("POST /api/v1/extension-requests") || op.path().endsWith("/respond")
                || op.path().endsWith("/acknowledge");
        if (reporterFirst && roles.contains("REPORTER")) {
            return random.nextInt(5) == 0 && roles.stream().anyMatch(r -> r.startsWith("scope:")) ? "TOKEN" : "REPORTER";
        }
        if (op.path().startsWith("/api/v1/calendar-feeds/")) {
            return "SUPERVISOR"; // the victim feed is the supervisor's
        }
        if (random.nextInt(8) == 0 && roles.stream().anyMatch(r -> r.startsWith("scope:"))) {
            return "TOKEN";
        }
        for (String role : List.of("SUPERVISOR", "ADMIN", "REPORTER", "VIEWER")) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "SUPERVISOR"; // any signed-in caller
    }

    private String concretePath(Op op, String victim, Random random) {
        Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(op.path());
        StringBuilder path = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            String before = op.path().substring(0, matcher.start());
            String name = matcher.group(1);
            String value;
            String[] segments = before.split("/");
            String resource = segments[segments.length - 1];
            if (victim != null && victim.contains("/")) { // a report and its attachment
                value = victim.split("/")[name.equals("id") ? 0 : 1];
            } else if (victim != null && name.equals("id")) {
                value = victim;
            } else {
                value = switch (name) {
                    case "id" -> world.getOrDefault(resource, "1");
                    case "planId" -> world.get("plans");
                    case "taskId" -> world.get("tasks");
                    case "metricId" -> world.get("metrics");
                    case "unitId" -> world.get("responsibility-units");
                    case "period" -> "2024";
                    case "code" -> world.get("planCode");
                    case "kind" -> pick(random, "responsibility-units", "assignments", "metric-values", "progress-reports");
                    case "token" -> world.getOrDefault("token", "x");
                    case "attachmentId" -> world.get("attachmentId");
                    case "deliveryId" -> "1";
                    default -> "1";
                };
            }
            path.append(op.path(), last, matcher.start()).append(encodePath(value));
            last = matcher.end();
        }
        path.append(op.path().substring(last));
        return path.toString();
    }

    private void query(Req req, Random random) {
        for (Param param : req.op.in("query")) {
            if (param.required() || random.nextBoolean()) {
                String value = queryValue(req.op, param, random);
                if (value != null) {
                    req.query.add(new String[] { param.name(), value });
                }
            }
        }
    }

    private String queryValue(Op op, Param param, Random random) {
        JsonNode schema = resolve(param.schema());
        String name = param.name();
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size())).asText();
        }
        return switch (name) {
            case "page" -> String.valueOf(1 + random.nextInt(2));
            case "size" -> String.valueOf(1 + random.nextInt(50));
            case "sort" -> schema.has("example") ? schema.get("example").asText() : null;
            case "planId" -> world.get("plans");
            case "sectionId" -> world.get("sections");
            case "taskId" -> world.get("tasks");
            case "assignmentId" -> world.get("assignments");
            case "metricId" -> world.get("metrics");
            case "unitId", "withinUnitId" -> world.get("responsibility-units");
            case "parentId" -> op.path().startsWith("/api/v1/tasks") ? world.get("tasks") : world.get("responsibility-units");
            case "year" -> "2024";
            case "period" -> pick(random, "2024", "2024-Q1", "2024-03");
            case "q" -> pick(random, "测试", "任务", "a");
            case "dryRun" -> "true";
            case "charset" -> "UTF-8";
            case "after" -> "0";
            case "limit" -> "10";
            case "format" -> pick(random, "xlsx", "csv", "pdf");
            case "kind" -> pick(random, "responsibility-units", "assignments", "metric-values", "progress-reports");
            case "types" -> "assignment.created";
            case "entityId" -> world.get("plans");
            default -> switch (type(schema)) {
                case "integer" -> "1";
                case "number" -> "1.5";
                case "boolean" -> String.valueOf(random.nextBoolean());
                default -> "date".equals(schema.path("format").asText()) ? "2024-06-30"
                        : "date-time".equals(schema.path("format").asText()) ? "2024-01-01T00:00:00Z" : "a";
            };
        };
    }

    private void headers(Req req, Random random) {
        for (Param param : req.op.in("header")) {
            switch (param.name()) {
                case "Idempotency-Key" -> {
                    if (random.nextInt(3) == 0) {
                        req.headers.put("Idempotency-Key", UUID.randomUUID().toString());
                    }
                }
                case "X-File-Name" -> req.headers.put("X-File-Name", "fuzz.csv");
                default -> {
                }
            }
        }
    }

    /** The current ETag of what a conditional operation addresses, read with the same identity. */
    private void ifMatch(Req req, String victim) {
        boolean conditional = req.op.in("header").stream().anyMatch(p -> p.name().equals("If-Match"));
        if (!conditional) {
            return;
        }
        String resource = req.path.replaceAll("/(finalise|regenerate|approve|return|submit)$", "");
        Op get = ops.stream().filter(o -> o.method().equals("GET") && o.path().equals(
                req.op.path().replaceAll("/(finalise|regenerate|approve|return|submit)$", ""))).findFirst().orElse(null);
        if (get == null) {
            req.headers.put("If-Match", "*");
            return;
        }
        Req read = new Req(get, Kind.VALID);
        read.identity = "SUPERVISOR".equals(req.identity) || "REPORTER".equals(req.identity) || "ADMIN".equals(req.identity)
                ? req.identity : "SUPERVISOR";
        if (get.path().startsWith("/api/v1/users") || get.path().startsWith("/api/v1/webhooks")) {
            read.identity = "ADMIN";
        }
        read.path = resource;
        Resp answer = send(read);
        if (answer != null && answer.etag != null) {
            req.headers.put("If-Match", answer.etag);
        }
    }

    // -------------------------------------------------------------------------------------------- bodies
    /** Raw JSON fragments that a generated body's placeholders stand for (strings "@@FZn@@"). */
    private static final class Raw {
        final List<byte[]> fragments = new ArrayList<>();

        TextNode placeholder(byte[] fragment) {
            fragments.add(fragment);
            return TextNode.valueOf("@@FZ" + (fragments.size() - 1) + "@@");
        }

        TextNode placeholder(String fragment) {
            return placeholder(fragment.getBytes(StandardCharsets.UTF_8));
        }

        byte[] render(JsonNode node) {
            try {
                byte[] json = JSON.writeValueAsBytes(node);
                if (fragments.isEmpty()) {
                    return json;
                }
                String text = new String(json, StandardCharsets.ISO_8859_1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Matcher matcher = Pattern.compile("\"@@FZ(\\d+)@@\"").matcher(text);
                int last = 0;
                while (matcher.find()) {
                    out.write(text.substring(last, matcher.start()).getBytes(StandardCharsets.ISO_8859_1));
                    out.write(fragments.get(Integer.parseInt(matcher.group(1))));
                    last = matcher.end();
                }
                out.write(text.substring(last).getBytes(StandardCharsets.ISO_8859_1));
                return out.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void body(Req req, Random random) {
        Map<String, JsonNode> bodies = req.op.bodies();
        if (bodies.isEmpty()) {
            return;
        }
        if (bodies.containsKey("multipart/form-data")) {
            String boundary = "fuzzBoundary" + random.nextInt(1000);
            req.contentType = "multipart/form-data; boundary=" + boundary;
            req.body = multipart(boundary, "证明.pdf", "application/pdf", "%PDF-1.4 fuzz".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (req.op.path().equals("/api/v1/plan-documents/preview")) {
            req.contentType = "text/plain; charset=UTF-8";
            req.body = planText.getBytes(StandardCharsets.UTF_8);
            return;
        }
        if (req.op.path().equals("/api/v1/imports")) {
            importBody(req, random);
            return;
        }
        String type = bodies.keySet().iterator().next();
        req.contentType = type;
        JsonNode schema = bodies.get(type);
        JsonNode generated = generate(schema, "", req.op, random, 0);
        req.body = new Raw().render(generated);
    }

    private void importBody(Req req, Random random) {
        String kind = pick(random, "responsibility-units", "assignments", "metric-values", "progress-reports");
        req.query.removeIf(q -> q[0].equals("kind") || q[0].equals("planId") || q[0].equals("dryRun") || q[0].equals("charset"));
        req.query.add(new String[] { "kind", kind });
        req.query.add(new String[] { "planId", world.get("plans") });
        req.query.add(new String[] { "dryRun", "true" });
        String csv = switch (kind) {
            case "responsibility-units" -> "单位名称,单位类型\n" + Fixtures.unique("模糊单位") + ",OTHER\n";
            case "assignments" -> "任务序号,单位名称,分工角色,完成时限\n1,西宁市,LEAD,2024-12-31\n";
            case "metric-values" -> "指标代码,单位名称,期间,数值\n" + world.get("metricCode") + ",西宁市,2024,12\n";
            default -> "任务序号,单位名称,期间,进展,进度\n1,西宁市,2024-Q1,进展顺利,30\n";
        };
        switch (random.nextInt(3)) {
            case 0 -> {
                req.contentType = "application/json";
                String[] lines = csv.split("\n");
                String[] names = lines[0].split(",");
                String[] values = lines[1].split(",");
                ObjectNode row = NODES.objectNode();
                for (int i = 0; i < names.length; i++) {
                    row.put(names[i], values[i]);
                }
                req.body = new Raw().render(NODES.arrayNode().add(row));
            }
            case 1 -> {
                req.contentType = XLSX;
                req.body = org.duban.importing.bulk.ParserFuzzSupport.zip(Map.of("[Content_Types].xml", "<Types/>"));
            }
            default -> {
                req.contentType = "text/csv";
                req.body = csv.getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static byte[] multipart(String boundary, String fileName, String type, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A value for {@code schema}, valid as far as the schema and the world's ids allow. */
    private JsonNode generate(JsonNode schema, String name, Op op, Random random, int depth) {
        schema = resolve(schema);
        if (name.equals("reportCadence")) {
            return TextNode.valueOf("QUARTER"); // the world's reports are quarterly
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        String type = type(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (required.contains(property.getKey()) || depth < 3 && random.nextInt(10) < 6) {
                        JsonNode value = generate(property.getValue(), property.getKey(), op, random, depth + 1);
                        if (value != null) {
                            object.set(property.getKey(), value);
                        }
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = depth > 2 ? 1 : 1 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    JsonNode item = arrayItem(name, op, random, i);
                    array.add(item != null ? item : generate(schema.path("items"), name, op, random, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return integer(schema, name, op, random);
            }
            case "number" -> {
                double min = schema.path("minimum").asDouble(0);
                return NODES.numberNode(java.math.BigDecimal.valueOf(min + random.nextInt(100) + (random.nextBoolean() ? 0.5 : 0)));
            }
            case "boolean" -> {
                return NODES.booleanNode(name.equals("dryRun") || name.equals("createMetrics") ? true : random.nextBoolean());
            }
            default -> {
                return TextNode.valueOf(string(schema, name, op, random));
            }
        }
    }

    private JsonNode arrayItem(String name, Op op, Random random, int index) {
        return switch (name) {
            case "scopes" -> TextNode.valueOf(pick(random, "read", "write:metric-values", "write:progress-reports", "import"));
            case "eventTypes" -> TextNode.valueOf(pick(random, "assignment.created", "assignment.updated"));
            case "assignmentIds" -> NODES.numberNode(Long.parseLong(world.get("assignments")));
            case "answersInstructionIds" -> NODES.numberNode(Long.parseLong(world.get("instructions")));
            case "roles" -> TextNode.valueOf(pick(random, "VIEWER", "SUPERVISOR"));
            case "units" -> {
                if (!op.path().contains("assignments")) {
                    yield null;
                }
                ObjectNode unitRole = NODES.objectNode();
                unitRole.put("unitId", Long.parseLong(index == 0 ? world.get("unit2") : world.get("responsibility-units")));
                unitRole.put("role", index == 0 ? "LEAD" : "CO");
                yield unitRole;
            }
            default -> null;
        };
    }

    private JsonNode integer(JsonNode schema, String name, Op op, Random random) {
        String id = switch (name) {
            case "planId" -> world.get("plans");
            case "sectionId" -> world.get("sections");
            case "taskId" -> world.get("tasks");
            case "unitId" -> op.path().startsWith("/api/v1/users") || op.path().startsWith("/api/v1/api-tokens")
                    ? null : world.get("responsibility-units");
            case "assignmentId" -> world.get("assignments");
            case "metricId" -> world.get("metrics");
            case "parentId" -> op.path().startsWith("/api/v1/tasks") ? world.get("tasks")
                    : op.path().startsWith("/api/v1/responsibility-units") ? world.get("unit2") : null;
            case "compareMetricId" -> null;
            case "year" -> "2024";
            default -> "";
        };
        if (id == null) {
            return null;
        }
        if (!id.isEmpty()) {
            return NODES.numberNode(Long.parseLong(id));
        }
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 20);
        return NODES.numberNode(min + (long) random.nextInt((int) Math.max(1, Math.min(max - min + 1, 1000))));
    }

    private String string(JsonNode schema, String name, Op op, Random random) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        int n = sequence.incrementAndGet();
        if (format.equals("date") || name.toLowerCase(Locale.ROOT).endsWith("date") || name.equals("deadline")) {
            return name.equals("requestedDueDate") ? "2100-0" + (1 + random.nextInt(9)) + "-" + (10 + random.nextInt(18)) : "2024-12-31";
        }
        if (format.equals("date-time") || name.equals("expiresAt")) {
            return "2099-01-01T00:00:00Z";
        }
        switch (name) {
            case "code" -> {
                if (op.key().equals("PUT /api/v1/plans/{id}")) {
                    return world.get("planCode");
                }
                return pattern.startsWith("^[0-9]{6}") ? String.valueOf(700000 + random.nextInt(299999)) : "FZ-" + seed % 100000 + "-" + n;
            }
            case "username" -> {
                return op.path().startsWith("/api/v1/auth/login") && random.nextBoolean() ? world.get("victimUser")
                        : "fz" + n + "x";
            }
            case "password", "newPassword" -> {
                return "fuzz-password-" + n;
            }
            case "currentPassword" -> {
                return "not-the-password-" + n; // never the real one: the fuzzer keeps its sessions
            }
            case "refreshToken" -> {
                return world.get("refreshToken");
            }
            case "number" -> {
                return pattern.contains("\\.") ? "8" + n : "9" + n;
            }
            case "period" -> {
                return pick(random, "2024", "2024-Q1", "2024-Q2");
            }
            case "url" -> {
                return "http://127.0.0.1:9/fuzz-hook";
            }
            case "secret" -> {
                return "fuzz-secret-0123456789";
            }
            case "email" -> {
                return "fuzz" + n + "@example.org";
            }
            case "unit" -> {
                return "%";
            }
            default -> {
            }
        }
        String text = pick(random, "模糊测试", "督办事项", "fuzz text", "第一季度进展顺利") + " " + n;
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = schema.path("minLength").asInt(0);
        while (text.length() < min) {
            text += "补";
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    // -------------------------------------------------------------------------------------------- mutations
    private static final String[] UNICODE = { "\\u0000", "a\\u0000b", "\\ud800", "\\udfff", "x\\udbff", "\\udbff\\udfff",
            "\u202e\u202dRTL\u200f", "مرحبا بالعالم", "👍🏽🇨🇳👨‍👩‍👧", "e" + "\u0301".repeat(60), "\u200b\u200d\ufeff",
            "\uffff\ufffe", "\u3000", "\\t\\n\\r", "\\u0007\\u001b[31m", "%s%n%x%d", "${jndi:ldap://127.0.0.1/x}",
            "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "１２３４", "𠀀𠀁𪚥", "\\\\", "\\\"", "",
            " ", "NULL", "null", "2024-02-30", "9999-99-99" };
    private static final byte[][] BAD_UTF8 = { { (byte) 0xC3, 0x28 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
            { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, { (byte) 0xFF }, { (byte) 0xC0, (byte) 0xAF } };
    private static final String[] NUMBERS = { "-1", "0", "-0", "1.5", "-2147483649", "2147483648", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999", "1e308", "-1e308", "1e-400", "1E+2147483648",
            "0.000000000000000000001", "1.0000000000000000000001", "NaN", "Infinity", "-Infinity", "\"NaN\"", "\"1e999\"",
            "\"-1\"", "0x10", "01", "1_000" };
    private static final String[] WRONG_TYPES = { "123", "-1", "true", "false", "\"text\"", "[]", "{}", "null", "[1,2]",
            "{\"a\":1}", "1.5", "\"2024-13-45\"", "[[]]", "[null]", "\"\"" };
    private static final String[] MALFORMED = { "", "{", "}", "[", "]", "{\"a\":}", "nul", "{'a':1}", "{\"a\" 1}", "{,}",
            "\"just a string\"", "42", "true", "null", "[]", "[{}]", "{\"a\":1,}", "\u0000", "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12\"}", "\ufeff{}", "{\"a\":01}", "/* c */ {}", "{\"a\":1}{\"b\":2}" };
    private static final String[] PATH_IDS = { "-1", "0", "99999999999999999999", "abc", "1.5", "%00", "%20",
            "9223372036854775807", "9223372036854775808", "1e3", "%EF%BC%91", "%E2%80%AE1", "1%2F2", "null", "%25", "+1",
            "0x1F", "1;drop", "1%3Bselect", "-9223372036854775808", "%F0%9F%91%8D", "a".repeat(2000) };
    private static final String[][] QUERY = { { "page", "-1" }, { "page", "0" }, { "page", "99999999999" }, { "size", "100000" },
            { "size", "0" }, { "size", "-5" }, { "sort", "nonexistent" }, { "sort", "-;drop" }, { "sort", ",,,-" },
            { "sort", "-" }, { "sort", "id,id,id" }, { "page", "abc" }, { "planId", "abc" }, { "planId", "-1" },
            { "planId", "99999999999999999999" }, { "unitId", "1.5" }, { "dueFrom", "yesterday" }, { "dueTo", "2024-02-30" },
            { "from", "not-a-time" }, { "year", "99999" }, { "year", "-1" }, { "period", "2024-Q9" }, { "period", "x" },
            { "format", "exe" }, { "type", "NOPE" }, { "kind", "nothing" }, { "q", "%00" }, { "q", "%25_%5C" },
            { "q", "a".repeat(3000) }, { "after", "-1" }, { "limit", "100000" }, { "limit", "-1" }, { "types", ",,," },
            { "dryRun", "maybe" }, { "charset", "EBCDIC" }, { "status", "DONE" }, { "colour", "PURPLE" }, { "unread", "2" },
            { "topLevel", "yes" }, { "role", "OWNER" }, { "state", "x" }, { "entityId", "%F0%9F%91%8D" }, { "page", "" } };
    private static final String[] CONTENT_TYPES = { "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/json; charset=nonexistent",
            "garbage", "*/*", "application/json; boundary=\"", "text/csv", "application/octet-stream", "image/png", "" };

    private void mutate(Req req, Random random) {
        Op op = req.op;
        switch (req.kind) {
            case VALID -> {
            }
            case WRONG_TYPE, NUMBERS, UNICODE, HUGE, MISSING, EXTRA -> {
                if (!mutateJson(req, random)) {
                    mutateNonJson(req, random);
                }
            }
            case MALFORMED -> {
                if (req.body == null) {
                    req.contentType = "application/json";
                }
                malformed(req, random);
            }
            case CONTENT_TYPE -> {
                if (req.body == null) {
                    req.body = "{}".getBytes(StandardCharsets.UTF_8);
                }
                req.contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
                req.note = "Content-Type " + req.contentType;
            }
            case PATH_ID -> {
                if (!op.path().contains("{")) {
                    queryMutation(req, random);
                    break;
                }
                String bad = PATH_IDS[random.nextInt(PATH_IDS.length)];
                if (op.path().startsWith("/api/v1/users/") && (bad.equals("+1") || bad.equals("%EF%BC%91"))) {
                    // "+1" and a full-width "１" convert to account 1, the fuzzer's administrator: keep its session
                    bad = "+" + world.get("users");
                }
                List<String> names = new ArrayList<>();
                Matcher names0 = Pattern.compile("\\{([^}]+)}").matcher(op.path());
                while (names0.find()) {
                    names.add(names0.group(1));
                }
                int which = random.nextInt(names.size());
                String[] template = op.path().split("/");
                String[] actual = req.path.split("/");
                int seen = 0;
                for (int i = 0; i < template.length && i < actual.length; i++) {
                    if (template[i].contains("{")) {
                        if (seen++ == which) {
                            actual[i] = template[i].replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(bad));
                        }
                    }
                }
                req.path = String.join("/", actual);
                req.note = "path " + names.get(which) + "=" + (bad.length() > 40 ? bad.substring(0, 40) + "…" : bad);
            }
            case QUERY -> queryMutation(req, random);
            case HEADERS -> {
                switch (random.nextInt(5)) {
                    case 0 -> req.headers.put("If-Match", pick(random, "*", "garbage", "\"0\"", "W/\"1\"", "\"99999999999999999999\"",
                            "\"-1\"", "\"\"", "\"1\", \"2\""));
                    case 1 -> req.headers.put("If-None-Match", pick(random, "*", "garbage", "\"0\"", "W/\"x\", *"));
                    case 2 -> req.headers.put("Idempotency-Key", pick(random, "k".repeat(1000), " ", "../x", UUID.randomUUID().toString()));
                    case 3 -> req.headers.put("Accept", pick(random, "application/json", "*/*", "application/problem+json",
                            "text/html;q=0.9, */*;q=0.1"));
                    default -> req.headers.put("Authorization", pick(random, "Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=",
                            "Bearer " + "x".repeat(5000), "bearer dbn_", "Token abc"));
                }
                req.note = "headers";
            }
            case IDENTITY -> {
                List<String> names = new ArrayList<>(identities.keySet());
                req.identity = names.get(random.nextInt(names.size()));
                req.note = "identity";
            }
        }
    }

    private void queryMutation(Req req, Random random) {
        List<String> declared = req.op.in("query").stream().map(Param::name).toList();
        List<String[]> candidates = new ArrayList<>();
        for (String[] q : QUERY) {
            if (declared.contains(q[0])) {
                candidates.add(q);
            }
        }
        String[] chosen = candidates.isEmpty() || random.nextInt(5) == 0 ? QUERY[random.nextInt(QUERY.length)]
                : candidates.get(random.nextInt(candidates.size()));
        req.query.removeIf(q -> q[0].equals(chosen[0]));
        boolean encoded = chosen[1].contains("%");
        req.query.add(encoded ? new String[] { chosen[0], chosen[1], "raw" } : new String[] { chosen[0], chosen[1] });
        if (random.nextInt(4) == 0) {
            req.query.add(new String[] { chosen[0], "1" }); // the parameter twice
        }
        req.note = "query " + chosen[0] + "=" + (chosen[1].length() > 40 ? chosen[1].substring(0, 40) + "…" : chosen[1]);
    }

    /** A mutation of one field of a JSON body; false when the request has no JSON object body. */
    private boolean mutateJson(Req req, Random random) {
        if (req.body == null || req.contentType == null || !req.contentType.startsWith("application/json")) {
            return false;
        }
        JsonNode root;
        try {
            root = JSON.readTree(req.body);
        } catch (IOException e) {
            return false;
        }
        Raw fragments = new Raw();
        List<Object[]> slots = new ArrayList<>(); // parent, field name or index
        collect(root, slots);
        if (slots.isEmpty() && req.kind != Kind.EXTRA) {
            return false;
        }
        Object[] slot = slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
        JsonNode replacement = null;
        switch (req.kind) {
            case WRONG_TYPE -> replacement = fragments.placeholder(WRONG_TYPES[random.nextInt(WRONG_TYPES.length)]);
            case NUMBERS -> replacement = fragments.placeholder(NUMBERS[random.nextInt(NUMBERS.length)]);
            case UNICODE -> {
                if (random.nextInt(5) == 0) {
                    byte[] bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
                    byte[] quoted = new byte[bad.length + 2];
                    quoted[0] = '"';
                    System.arraycopy(bad, 0, quoted, 1, bad.length);
                    quoted[quoted.length - 1] = '"';
                    replacement = fragments.placeholder(quoted);
                } else {
                    replacement = fragments.placeholder("\"" + UNICODE[random.nextInt(UNICODE.length)] + "\"");
                }
            }
            case HUGE -> {
                if (random.nextInt(4) == 0) {
                    ArrayNode many = NODES.arrayNode();
                    JsonNode current = value(slot);
                    for (int i = 0; i < 12_000; i++) {
                        many.add(current == null ? NODES.numberNode(i) : current.deepCopy());
                    }
                    replacement = many;
                } else {
                    replacement = TextNode.valueOf(pick(random, "长", "a", "𠀀", "\u0301").repeat(100_000));
                }
            }
            case MISSING -> {
                if (random.nextInt(4) == 0) {
                    root = root.isObject() ? NODES.objectNode() : NODES.arrayNode();
                    slot = null;
                } else {
                    replacement = random.nextBoolean() ? null : NODES.nullNode();
                }
            }
            case EXTRA -> {
                if (root.isObject()) {
                    ObjectNode object = (ObjectNode) root;
                    switch (random.nextInt(5)) {
                        case 0 -> object.put("unknownField", 1);
                        case 1 -> object.put("id", 999_999);
                        case 2 -> object.set("__proto__", NODES.objectNode().put("admin", true));
                        case 3 -> object.put("version", 5);
                        default -> object.put("createdAt", "2020-01-01T00:00:00Z");
                    }
                    req.note = "extra field";
                    req.body = fragments.render(root);
                    return true;
                }
                return false;
            }
            default -> {
            }
        }
        if (slot != null) {
            JsonNode parent = (JsonNode) slot[0];
            if (parent instanceof ObjectNode object) {
                if (replacement == null) {
                    object.remove((String) slot[1]);
                } else {
                    object.set((String) slot[1], replacement);
                }
            } else if (parent instanceof ArrayNode array) {
                int index = (Integer) slot[1];
                if (replacement == null) {
                    array.remove(index);
                } else {
                    array.set(index, replacement);
                }
            }
            req.note = "field " + slot[1];
        } else if (root.isContainerNode() && replacement == null) {
            req.note = "empty body";
        }
        req.body = fragments.render(root);
        return true;
    }

    private static JsonNode value(Object[] slot) {
        if (slot == null) {
            return null;
        }
        JsonNode parent = (JsonNode) slot[0];
        return slot[1] instanceof String field ? parent.get(field) : parent.get((Integer) slot[1]);
    }

    private static void collect(JsonNode node, List<Object[]> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(field -> {
                slots.add(new Object[] { object, field });
                collect(object.get(field), slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Object[] { array, i });
                collect(array.get(i), slots);
            }
        }
    }

    /** Mutations of a request without a JSON body: its file, text or multipart body, or its query. */
    private void mutateNonJson(Req req, Random random) {
        if (req.body == null) {
            queryMutation(req, random);
            return;
        }
        switch (req.kind) {
            case HUGE -> req.body = ("列1,列2\n" + "长".repeat(100_000) + ",1\n").getBytes(StandardCharsets.UTF_8);
            case UNICODE -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(req.body, 0, Math.min(req.body.length, 200));
                out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
                out.writeBytes("\u0000\u202e👍\n".getBytes(StandardCharsets.UTF_8));
                req.body = out.toByteArray();
            }
            case MISSING -> req.body = new byte[0];
            default -> {
                byte[] noise = new byte[1 + random.nextInt(2000)];
                random.nextBytes(noise);
                req.body = noise;
            }
        }
        if (req.contentType != null && req.contentType.startsWith("multipart/")) {
            switch (random.nextInt(4)) {
                case 0 -> req.contentType = "multipart/form-data"; // no boundary
                case 1 -> req.body = multipart("fuzzBoundary0", "../../etc/passwd\u0000.pdf", "text/html", req.body);
                case 2 -> req.body = ("--fuzzBoundary0\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--fuzzBoundary0--\r\n")
                        .getBytes(StandardCharsets.UTF_8);
                default -> {
                }
            }
        }
        req.note = "body bytes";
    }

    private void malformed(Req req, Random random) {
        byte[] body;
        switch (random.nextInt(6)) {
            case 0 -> body = MALFORMED[random.nextInt(MALFORMED.length)].getBytes(StandardCharsets.UTF_8);
            case 1 -> {
                byte[] valid = req.body == null || req.body.length < 2 ? "{\"a\":[1,2,{\"b\":\"c\"}]}".getBytes(StandardCharsets.UTF_8)
                        : req.body;
                body = java.util.Arrays.copyOf(valid, 1 + random.nextInt(valid.length - 1)); // truncated
            }
            case 2 -> {
                String valid = req.body == null ? "{}" : new String(req.body, StandardCharsets.UTF_8);
                body = ("[" + valid + "]").getBytes(StandardCharsets.UTF_8); // an array for an object
            }
            case 3 -> {
                int depth = pick(random, 200, 2_000, 20_000);
                body = ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> body = ("{\"a\":" + "1".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
            default -> {
                String valid = req.body == null ? "{\"x\":1}" : new String(req.body, StandardCharsets.UTF_8);
                body = (valid.replaceFirst("\\{", "{\"x\":1,\"x\":2,")).getBytes(StandardCharsets.UTF_8); // duplicate keys
            }
        }
        req.body = body;
        if (req.contentType == null || !req.contentType.contains("json")) {
            req.contentType = "application/json";
        }
        req.note = "malformed JSON";
    }

    // -------------------------------------------------------------------------------------------- sending and checking
    record Resp(int status, String contentType, byte[] body, String etag) {
    }

    private Resp send(Req req) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + req.target()))
                    .timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            record(req.op.key(), "harness: unsendable URI", req.describe(), e.getMessage());
            return null;
        }
        String bearer = identities.get(req.identity);
        if (bearer != null && !req.headers.containsKey("Authorization")) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        req.headers.forEach(builder::header);
        if (req.contentType != null && !req.contentType.isEmpty()) {
            builder.header("Content-Type", req.contentType);
        }
        HttpRequest.BodyPublisher publisher = req.body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(req.body);
        builder.method(req.op.method(), publisher);
        HttpResponse<byte[]> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            sent.incrementAndGet();
            record(req.op.key(), "no answer: " + e.getClass().getSimpleName(), req.describe(), String.valueOf(e.getMessage()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        sent.incrementAndGet();
        Resp resp = new Resp(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(),
                response.headers().firstValue("ETag").orElse(null));
        check(req, response, resp);
        return resp;
    }

    private static final Pattern LEAKS = Pattern.compile(
            "\\bat (?:org|java|javax|jdk|io|com|jakarta|sun)\\.[\\w.$]+\\(|\\.java:\\d+|\\w*Exception\\b|SELECT |INSERT INTO|UPDATE \\w+ SET"
                    + "|DELETE FROM|violates|org\\.postgresql|ERROR:  |SQLState|SQL state|duplicate key|\\bpsql\\b"
                    + "|\\b(?:org\\.duban|org\\.hibernate|org\\.jboss|io\\.quarkus|io\\.vertx|io\\.smallrye|com\\.fasterxml|jakarta\\.\\w|java\\.lang|java\\.util|org\\.apache)\\b");

    private void check(Req req, HttpResponse<byte[]> response, Resp resp) {
        int status = resp.status();
        String op = req.op.key();
        statusClasses.computeIfAbsent(status / 100 + "xx", k -> new AtomicInteger()).incrementAndGet();
        statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
        if (req.kind != null) {
            answered.add(op);
            if (status < 400) {
                answeredBelow400.add(op);
            }
        }
        String text = textual(resp) ? new String(resp.body(), StandardCharsets.UTF_8) : "";
        String shown = text.length() > 400 ? text.substring(0, 400) + "…" : text;
        String answer = status + " " + resp.contentType() + " " + shown;
        if (status >= 500) {
            record(op, "status " + status, req.describe(), answer);
        }
        // the contract: the status is declared and the answer matches its schema
        SimpleResponse.Builder validated = SimpleResponse.Builder.status(status);
        response.headers().map().forEach((name, values) -> validated.withHeader(name, values));
        if (resp.body().length > 0) {
            validated.withBody(resp.body());
        }
        ValidationReport report = validator.validateResponse(validatorPath(req.op), Request.Method.valueOf(req.op.method()),
                validated.build());
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                String detail = message.getMessage();
                record(op, "contract " + message.getKey() + (message.getKey().contains("status") ? " " + status : ""),
                        req.describe(), answer + "\n      validator: " + (detail.length() > 300 ? detail.substring(0, 300) : detail));
            }
        }
        if (status >= 400) {
            String type = resp.contentType() == null ? "" : resp.contentType();
            if (!type.startsWith("application/problem+json")) {
                record(op, status + " not problem+json (" + type + ")", req.describe(), answer);
            } else {
                try {
                    JsonNode problem = JSON.readTree(resp.body());
                    if (problem.path("status").asInt() != status || !problem.path("title").isTextual()) {
                        record(op, status + " problem without matching status/title", req.describe(), answer);
                    }
                } catch (IOException e) {
                    record(op, status + " problem+json that is not JSON", req.describe(), answer);
                }
            }
        }
        Matcher leak = LEAKS.matcher(text);
        if (leak.find()) {
            record(op, "body leaks internals (\"" + leak.group() + "\")", req.describe(), answer);
        }
    }

    private static boolean textual(Resp resp) {
        String type = resp.contentType() == null ? "" : resp.contentType();
        return type.isEmpty() || type.contains("json") || type.startsWith("text/") || type.contains("xml") && !type.contains("openxml");
    }

    /** The operation's path with every parameter a plain value, so that the validator finds the operation. */
    private static String validatorPath(Op op) {
        return op.path().replaceAll("\\{[^}]+}", "1");
    }

    private void record(String op, String what, String request, String response) {
        String key = op + " | " + what;
        failureCounts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        failures.putIfAbsent(key, new Failure(op, what, request, response));
    }

    // -------------------------------------------------------------------------------------------- helpers
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodePath(String value) {
        return encode(value);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
