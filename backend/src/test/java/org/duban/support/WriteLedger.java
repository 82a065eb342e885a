package org.duban.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Records every successful write the test run makes through RestAssured (method, path with ids as
 * {id}, status, the request id the server answered with) in target/write-ledger.tsv. After the run,
 * scripts/audit-check.sh looks up each request id in the audit trail: every successful write must have
 * left an audit row, unless its operation is listed in audit-exempt.csv with the reason.
 */
public final class WriteLedger implements Filter {
    static final Path FILE = Path.of("target", "write-ledger.tsv");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static boolean installed;

    private WriteLedger() {
    }

    /** Adds the recorder to RestAssured's global filters once per test run. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        // the test classes may be loaded more than once in a run; the file is started afresh only once per JVM
        if (System.getProperty("duban.write-ledger") == null) {
            System.setProperty("duban.write-ledger", "started");
            try {
                Files.deleteIfExists(FILE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        RestAssured.filters(new WriteLedger());
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        int status = answer.statusCode();
        String requestId = answer.header("X-Request-Id");
        if (WRITES.contains(request.getMethod()) && status >= 200 && status < 300 && requestId != null
                && !"true".equals(answer.header("Idempotent-Replayed"))) {
            append(request.getMethod() + "\t" + template(request.getURI()) + "\t" + status + "\t" + requestId + "\n");
        }
        return answer;
    }

    /** /api/v1/plans/17/sections → /api/v1/plans/{id}/sections (UUIDs too) */
    static String template(String uri) {
        String path = uri.replaceFirst("^[a-z]+://[^/]+", "");
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query))
                .replaceAll("/(\\d+|\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12})(?=/|$)", "/{id}");
    }

    private static synchronized void append(String line) {
        try {
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
