package org.duban.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import org.duban.common.Where;

@ApplicationScoped
public class AppUserRepository implements PanacheRepository<AppUser> {

    public Optional<AppUser> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public PanacheQuery<AppUser> search(Role role, Long unitId, Boolean enabled, String text, Sort sort) {
        Where where = new Where()
                .and(":role member of roles", "role", role)
                .and("unit.id = :unitId", "unitId", unitId)
                .and("enabled = :enabled", "enabled", enabled)
                .contains("(lower(username) like :q escape '\\' or lower(displayName) like :q escape '\\')", "q", text);
        return find(where.jpql(), sort, where.parameters());
    }

    public boolean anyWithRole(Role role) {
        return count("?1 member of roles and enabled = true", role) > 0;
    }
}
