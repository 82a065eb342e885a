package org.duban.account;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.duban.account.UserDtos.CreateUser;
import org.duban.account.UserDtos.UpdateUser;
import org.duban.account.UserDtos.UserView;
import org.duban.audit.AuditLog;
import org.duban.common.Conflict;
import org.duban.common.ETags;
import org.duban.common.InvalidInput;
import org.duban.common.NotFound;
import org.duban.common.PageQuery;
import org.duban.common.PageView;
import org.duban.common.Sorts;
import org.duban.unit.ResponsibilityUnit;
import org.duban.unit.ResponsibilityUnitRepository;

@ApplicationScoped
public class UserService {
    private static final Map<String, String> SORTS = Map.of("username", "username", "displayName", "displayName",
            "createdAt", "createdAt");
    static final String ENTITY = "user";

    private final AppUserRepository users;
    private final ResponsibilityUnitRepository units;
    private final RefreshTokenRepository refreshTokens;
    private final AuditLog audit;

    UserService(AppUserRepository users, ResponsibilityUnitRepository units, RefreshTokenRepository refreshTokens,
            AuditLog audit) {
        this.users = users;
        this.units = units;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
    }

    @Transactional
    public PageView<UserView> list(Role role, Long unitId, Boolean enabled, String text, PageQuery page) {
        return PageView.of(users.search(role, unitId, enabled, text, Sorts.parse(page.sort, SORTS, "username")), page,
                UserService::view);
    }

    public AppUser find(long id) {
        return users.findByIdOptional(id).orElseThrow(() -> new NotFound(ENTITY, id));
    }

    @Transactional
    public UserView get(long id) {
        return view(find(id));
    }

    @Transactional
    public UserView create(CreateUser input) {
        if (users.findByUsername(input.username()).isPresent()) {
            throw new Conflict("the username " + input.username() + " is taken");
        }
        Passwords.checkPolicy("password", input.password(), input.username());
        AppUser user = new AppUser();
        user.username = input.username();
        user.passwordHash = Passwords.hash(input.password());
        user.leader = Boolean.TRUE.equals(input.leader());
        user.email = blankToNull(input.email());
        apply(user, input.displayName(), input.roles(), input.unitId());
        users.persistAndFlush(user);
        UserView view = view(user);
        audit.created(ENTITY, user.id, view);
        return view;
    }

    /** Creates an account unless one with the username exists; for bootstrap and demo data. */
    @Transactional
    public boolean ensure(String username, String displayName, String password, Set<Role> roles, ResponsibilityUnit unit) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        AppUser user = new AppUser();
        user.username = username;
        user.displayName = displayName;
        user.passwordHash = Passwords.hash(password);
        user.roles = EnumSet.copyOf(roles);
        user.unit = unit;
        users.persistAndFlush(user);
        audit.created(ENTITY, user.id, view(user));
        return true;
    }

    @Transactional
    public UserView update(long id, String ifMatch, UpdateUser input, Long callerId) {
        AppUser user = find(id);
        ETags.requireMatch(ifMatch, user.version);
        UserView before = view(user);
        boolean staysAdmin = input.enabled() && input.roles().contains(Role.ADMIN);
        if (user.roles.contains(Role.ADMIN) && user.enabled && !staysAdmin && countActiveAdmins() <= 1) {
            throw new Conflict("this is the last enabled ADMIN; make another ADMIN first");
        }
        if (user.id.equals(callerId) && !staysAdmin) {
            throw new Conflict("administrators cannot disable or demote themselves");
        }
        apply(user, input.displayName(), input.roles(), input.unitId());
        user.enabled = input.enabled();
        if (input.leader() != null) {
            user.leader = input.leader();
        }
        user.email = blankToNull(input.email());
        if (!user.enabled) {
            refreshTokens.revokeAllOf(user, OffsetDateTime.now());
        }
        users.flush();
        UserView after = view(user);
        audit.updated(ENTITY, user.id, before, after);
        return after;
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        AppUser user = find(id);
        Passwords.checkPolicy("newPassword", newPassword, user.username);
        user.passwordHash = Passwords.hash(newPassword);
        user.passwordChangedAt = OffsetDateTime.now();
        user.recordSuccessfulLogin();
        refreshTokens.revokeAllOf(user, user.passwordChangedAt);
        audit.record("PASSWORD_RESET", ENTITY, user.id, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private long countActiveAdmins() {
        return users.count("?1 member of roles and enabled = true", Role.ADMIN);
    }

    private void apply(AppUser user, String displayName, Set<Role> roles, Long unitId) {
        boolean reporter = roles.contains(Role.REPORTER);
        if (reporter && unitId == null) {
            throw new InvalidInput("unitId", "is required for a REPORTER");
        }
        if (!reporter && unitId != null) {
            throw new InvalidInput("unitId", "only a REPORTER belongs to a unit");
        }
        user.unit = unitId == null ? null : units.findByIdOptional(unitId)
                .orElseThrow(() -> new InvalidInput("unitId", "responsibility unit " + unitId + " does not exist"));
        user.displayName = displayName.trim();
        user.roles = EnumSet.copyOf(roles);
    }

    static UserView view(AppUser user) {
        return new UserView(user.id, user.username, user.displayName, new TreeSet<>(user.roles),
                user.unit == null ? null : user.unit.id, user.unit == null ? null : user.unit.name, user.enabled, user.leader, user.email,
                user.isLockedAt(OffsetDateTime.now()) ? user.lockedUntil : null, user.version, user.createdAt);
    }
}
