package org.duban.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }
}
