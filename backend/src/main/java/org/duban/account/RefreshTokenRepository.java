package org.duban.account;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepository<RefreshToken> {

    public Optional<RefreshToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public int revokeAllOf(AppUser user, OffsetDateTime now) {
        return update("revokedAt = ?1 where user = ?2 and revokedAt is null", now, user);
    }
}
