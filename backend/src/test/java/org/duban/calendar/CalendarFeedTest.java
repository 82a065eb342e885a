package org.duban.calendar;

import static org.duban.support.ApiSpec.anonymous;
import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.as;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarFeedTest {
    @Test
    void aUnitsPrivateFeedListsDueDatesAndReportDeadlinesUntilRevoked() {
        var context = Fixtures.taskContext();
        long unit = Fixtures.unit(Fixtures.unique("海东市"), "PREFECTURE", null);
        Fixtures.assignment(context.taskId(), unit, "LEAD", "2099-06-30");
        String reporter = Auth.reporterOf(unit);
        JsonPath created = as(reporter).body(Map.of("unitId", unit)).post("/api/v1/calendar-feeds").then().statusCode(201)
                .extract().jsonPath();
        String url = created.getString("url");
        assertTrue(url.startsWith("/api/v1/calendar/cal_") && url.endsWith(".ics"), url);

        byte[] bytes = anonymous().get(url).then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asByteArray();
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(raw.startsWith("BEGIN:VCALENDAR\r\n") && raw.endsWith("END:VCALENDAR\r\n"));
        assertTrue(Arrays.stream(raw.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75),
                "folded at 75 octets");
        String text = raw.replace("\r\n ", "");
        assertTrue(text.contains("DTSTART;VALUE=DATE:20990630"), text);
        assertTrue(text.contains("SUMMARY:完成时限：1. "), text);
        assertTrue(text.contains("SUMMARY:进展报送截止（"), "reporting deadlines are listed");
        assertEquals(1, text.split("UID:assignment-").length - 1, "one due date");

        as(reporter).body(Map.of("unitId", Fixtures.unit("COUNTY", null))).post("/api/v1/calendar-feeds").then().statusCode(403);
        long id = created.getLong("feed.id");
        as(reporter).delete("/api/v1/calendar-feeds/{id}", id).then().statusCode(204);
        anonymous().get(url).then().statusCode(404).contentType(startsWith("application/problem+json"));
        anonymous().get("/api/v1/calendar/cal_notarealtoken123456.ics").then().statusCode(404);
        api().delete("/api/v1/calendar-feeds/{id}", id).then().statusCode(404);
    }

    @Test
    void aPersonalFeedOfASupervisorNamesTheUnits() {
        var context = Fixtures.taskContext();
        String name = Fixtures.unique("果洛州");
        Fixtures.assignment(context.taskId(), Fixtures.unit(name, "PREFECTURE", null), "CO", "2099-03-31");
        String url = api().body(Map.of()).post("/api/v1/calendar-feeds").then().statusCode(201).extract().jsonPath().getString("url");
        String text = anonymous().get(url).then().statusCode(200).extract().asString().replace("\r\n ", "");
        assertTrue(text.contains(name + "："), "the unit's name is in the summary");
    }
}
