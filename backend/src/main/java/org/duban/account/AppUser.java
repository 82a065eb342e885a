package org.duban.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;
import org.duban.unit.ResponsibilityUnit;

/** A person who signs in to Duban. */
@Entity
@Table(name = "app_user")
public class AppUser extends AuditedEntity {
    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    public String passwordHash;

    /** The unit a REPORTER reports for; null for other roles. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public ResponsibilityUnit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    public boolean enabled = true;

    /** Notices are also mailed here when SMTP is configured. */
    @Column(length = 254)
    public String email;

    /** A leader may issue instructions (领导批示) even with the VIEWER role alone. */
    @Column(nullable = false)
    public boolean leader;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    public OffsetDateTime passwordChangedAt = OffsetDateTime.now();

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the {@code maxFailures}-th in a row locks the account for {@code lockFor}. */
    public boolean recordFailedLogin(OffsetDateTime now, int maxFailures, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            failedLogins = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
