package org.duban.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Contract;
import org.duban.support.Contract.Operation;
import org.junit.jupiter.api.Test;

/**
 * Every operation × every kind of caller against the committed table in access-matrix.csv.
 * Allowed calls may still fail for other reasons (the ids do not exist, the body is empty) but never
 * with 401 or 403; refused calls get 403 before any input is looked at.
 */
@QuarkusTest
class AccessMatrixTest {

    private static Map<String, Map<String, Boolean>> table() throws IOException {
        try (InputStream in = AccessMatrixTest.class.getClassLoader().getResourceAsStream("access-matrix.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
            String[] identities = lines.get(0).split(",");
            Map<String, Map<String, Boolean>> table = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                Map<String, Boolean> allowed = new LinkedHashMap<>();
                for (int i = 2; i < identities.length; i++) {
                    allowed.put(identities[i], cells[i].equals("Y"));
                }
                table.put(cells[0] + " " + cells[1], allowed);
            }
            return table;
        }
    }

    private static Map<String, String> identities() {
        long unit = org.duban.support.Fixtures.unit("COUNTY", null);
        return Map.of(
                "ADMIN", Auth.admin(),
                "SUPERVISOR", Auth.supervisor(),
                "VIEWER", Auth.viewer(),
                "REPORTER", Auth.reporterOf(unit),
                "TOKEN_READ", Auth.apiToken(List.of("read"), null),
                "TOKEN_IMPORT", Auth.apiToken(List.of("import"), null),
                "TOKEN_METRICS", Auth.apiToken(List.of("write:metric-values"), unit),
                "TOKEN_REPORTS", Auth.apiToken(List.of("write:progress-reports"), unit));
    }

    @Test
    void everyOperationHasARow() throws IOException {
        Set<String> inContract = new TreeSet<>(Contract.operations().stream().map(Operation::key).toList());
        assertEquals(inContract, new TreeSet<>(table().keySet()),
                "access-matrix.csv must list exactly the operations of openapi.yaml");
    }

    @Test
    void everyCallerGetsWhatTheTableSays() throws IOException {
        Map<String, Map<String, Boolean>> table = table();
        Map<String, String> identities = identities();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Operation operation : Contract.operations()) {
            for (Map.Entry<String, Boolean> cell : table.get(operation.key()).entrySet()) {
                int status = operation.call(given().auth().oauth2(identities.get(cell.getKey()))).statusCode();
                calls++;
                boolean allowed = cell.getValue();
                if (allowed ? (status == 401 || status == 403 || status >= 500) : status != 403) {
                    wrong.add(cell.getKey() + " " + operation.key() + " → " + status + (allowed ? " (allowed)" : " (refused)"));
                }
            }
        }
        System.out.printf("access matrix: %d operations × %d callers = %d calls%n", table.size(), identities.size(), calls);
        assertTrue(wrong.isEmpty(), "answers that differ from access-matrix.csv: " + wrong);
    }
}
