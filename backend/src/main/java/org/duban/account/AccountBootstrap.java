package org.duban.account;

import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import org.jboss.logging.Logger;

/**
 * Makes sure someone can administer Duban: when no enabled ADMIN exists, creates {@code admin} with
 * the configured password ({@code DUBAN_AUTH_BOOTSTRAP_ADMIN_PASSWORD}) or a random one logged once.
 * There is no fixed default password.
 */
@ApplicationScoped
public class AccountBootstrap {
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);
    private static final long LOCK = 0x6475_6261_6e02L;

    private final AppUserRepository users;
    private final UserService userService;
    private final AuthConfig config;

    AccountBootstrap(AppUserRepository users, UserService userService, AuthConfig config) {
        this.users = users;
        this.userService = userService;
        this.config = config;
    }

    // after the demo data, which creates its own admin with the demo password
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        ensureAdmin();
    }

    void ensureAdmin() {
        // instances starting together on an empty database take turns: the first creates admin, the others find it
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            users.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
            if (users.anyWithRole(Role.ADMIN)) {
                return;
            }
            String password = config.bootstrapAdminPassword().orElse(null);
            boolean generated = password == null;
            if (generated) {
                password = Passwords.random(16);
            } else {
                Passwords.checkPolicy("duban.auth.bootstrap-admin-password", password, "admin");
            }
            if (userService.ensure("admin", "系统管理员", password, EnumSet.of(Role.ADMIN), null) && generated) {
                LOG.warnf("Created the first administrator: username admin, password %s — change it after signing in", password);
            }
        });
    }
}
