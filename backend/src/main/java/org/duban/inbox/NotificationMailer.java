package org.duban.inbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Mails a unit's notices to its reporters who have an address — only after the change that caused
 * them committed, and only when {@code duban.mail.enabled} (set it with the SMTP settings,
 * QUARKUS_MAILER_HOST …). A failing mail server never undoes or blocks the change.
 */
@ApplicationScoped
public class NotificationMailer {
    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);

    private final Mailer mailer;
    private final EntityManager em;
    private final boolean enabled;

    NotificationMailer(Mailer mailer, EntityManager em, @ConfigProperty(name = "duban.mail.enabled") boolean enabled) {
        this.mailer = mailer;
        this.em = em;
        this.enabled = enabled;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notifications.Mail mail) {
        if (!enabled) {
            return;
        }
        try {
            List<String> addresses = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select u.email from app_user u join app_user_role r on r.user_id = u.id and r.role = 'REPORTER'
                    where u.unit_id = ?1 and u.enabled and u.email is not null order by u.id""", String.class)
                    .setParameter(1, mail.unitId()).getResultList());
            for (String address : addresses) {
                mailer.send(Mail.withText(address, "【督办】" + mail.title(), mail.body() == null ? mail.title() : mail.body()));
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not mail notice %s", mail.dedupKey());
        }
    }
}
