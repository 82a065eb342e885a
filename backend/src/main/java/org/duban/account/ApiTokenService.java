package org.duban.account;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.account.ApiTokenDtos.ApiTokenView;
import org.duban.account.ApiTokenDtos.CreateApiToken;
import org.duban.account.ApiTokenDtos.CreatedApiToken;
import org.duban.audit.AuditLog;
import org.duban.common.Conflict;
import org.duban.common.FieldError;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sorts;
import org.duban.unit.ResponsibilityUnitRepository;

@ApplicationScoped
public class ApiTokenService {
    private static final Map<String, String> SORTS = Map.of("name", "name", "createdAt", "createdAt",
            "lastUsedAt", "lastUsedAt", "expiresAt", "expiresAt");
    static final String ENTITY = "api-token";

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final ResponsibilityUnitRepository units;
    private final AuditLog audit;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, ResponsibilityUnitRepository units, AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public PageView<ApiTokenView> list(PageQuery page) {
        return PageView.of(tokens.findAll(Sorts.parse(page.sort, SORTS, "-createdAt")), page, ApiTokenService::view);
    }

    @Transactional
    public CreatedApiToken create(CreateApiToken input, Long creatorId) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.scopes().size(); i++) {
            if (!ApiTokenDtos.SCOPES.contains(input.scopes().get(i))) {
                errors.add(new FieldError("scopes[" + i + "]", "must be one of " + String.join(", ", ApiTokenDtos.SCOPES)));
            }
        }
        if (input.expiresAt() != null && !input.expiresAt().isAfter(OffsetDateTime.now())) {
            errors.add(new FieldError("expiresAt", "must be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String secret = Secrets.newSecret(ApiTokenAuthenticationMechanism.TOKEN_PREFIX);
        ApiToken token = new ApiToken();
        token.name = input.name().trim();
        token.scopes = String.join(" ", new LinkedHashSet<>(input.scopes()));
        token.tokenHash = Secrets.sha256(secret);
        token.tokenPrefix = secret.substring(0, 10);
        token.expiresAt = input.expiresAt();
        token.unit = input.unitId() == null ? null : units.findByIdOptional(input.unitId())
                .orElseThrow(() -> new InvalidInput("unitId", "responsibility unit " + input.unitId() + " does not exist"));
        token.createdBy = creatorId == null ? null : users.findById(creatorId);
        tokens.persistAndFlush(token);
        ApiTokenView view = view(token);
        audit.created(ENTITY, token.id, view);
        return new CreatedApiToken(secret, view);
    }

    @Transactional
    public ApiTokenView revoke(long id) {
        ApiToken token = tokens.findByIdOptional(id).orElseThrow(() -> new NotFound(ENTITY, id));
        if (token.revokedAt != null) {
            throw new Conflict("the token is already revoked");
        }
        ApiTokenView before = view(token);
        token.revokedAt = OffsetDateTime.now();
        tokens.flush();
        ApiTokenView after = view(token);
        audit.record("REVOKE", ENTITY, token.id, before, after);
        return after;
    }

    static ApiTokenView view(ApiToken token) {
        return new ApiTokenView(token.id, token.name, token.tokenPrefix, List.copyOf(token.scopeSet()),
                token.unit == null ? null : token.unit.id, token.unit == null ? null : token.unit.name, token.expiresAt,
                token.revokedAt, token.lastUsedAt, token.createdBy == null ? null : token.createdBy.username,
                token.createdAt, token.version);
    }
}
