package org.duban.inbox;

import static org.duban.support.ApiSpec.api;
import static org.duban.support.ApiSpec.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationMailTest {
    @Inject
    MockMailbox mailbox;

    @Test
    void anUrgeIsMailedToTheUnitsReportersWithAnAddress() {
        long unit = Fixtures.unit("COUNTY", null);
        String address = Fixtures.unique("reporter") + "@county.example.gov.cn";
        asAdmin().body(Map.of("username", Fixtures.unique("mailme"), "displayName", "有邮箱的填报员", "password", Auth.PASSWORD,
                "roles", List.of("REPORTER"), "unitId", unit, "email", address)).post("/api/v1/users").then().statusCode(201);
        asAdmin().body(Map.of("username", Fixtures.unique("nomail"), "displayName", "没有邮箱的填报员", "password", Auth.PASSWORD,
                "roles", List.of("REPORTER"), "unitId", unit)).post("/api/v1/users").then().statusCode(201);
        asAdmin().body(Map.of("username", Fixtures.unique("bad"), "displayName", "x", "password", Auth.PASSWORD,
                "roles", List.of("VIEWER"), "email", "not-an-address")).post("/api/v1/users").then().statusCode(400);
        var context = Fixtures.taskContext();
        long assignment = Fixtures.assignment(context.taskId(), unit, "LEAD", "2099-12-31");
        mailbox.clear();

        api().body(Map.of("assignmentIds", List.of(assignment), "message", "请于三日内报送进展")).post("/api/v1/urges")
                .then().statusCode(201);

        List<Mail> mails = mailbox.getMailsSentTo(address);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().startsWith("【督办】催办"), mails.get(0).getSubject());
        assertEquals("请于三日内报送进展", mails.get(0).getText());
        assertEquals(1, mailbox.getTotalMessagesSent(), "the reporter without an address gets the notice in the inbox only");
    }
}
