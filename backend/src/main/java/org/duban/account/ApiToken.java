package org.duban.account;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.duban.common.AuditedEntity;
import org.duban.unit.ResponsibilityUnit;

/** A credential for a third-party system: scopes, an optional unit binding and expiry; stored hashed. */
@Entity
@Table(name = "api_token")
public class ApiToken extends AuditedEntity {
    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    public String tokenPrefix;

    /** Space-separated scope names, e.g. "read write:metric-values". */
    @Column(nullable = false, length = 200)
    public String scopes;

    /** When set, the token acts only for this unit, like a REPORTER of it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public ResponsibilityUnit unit;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    public AppUser createdBy;

    public Set<String> scopeSet() {
        return new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
    }

    public boolean isUsableAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
