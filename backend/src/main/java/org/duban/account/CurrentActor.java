package org.duban.account;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;

import org.duban.common.FieldError;
import org.duban.common.Forbidden;
import org.duban.common.NotFound;

/** Who is calling: a signed-in person, an API token, or nobody; and the unit they are confined to. */
@RequestScoped
public class CurrentActor {
    public static final String KIND = "duban.kind";
    public static final String ID = "duban.id";
    public static final String UNIT_ID = "duban.unitId";

    public enum Kind { USER, TOKEN, ANONYMOUS }

    private final SecurityIdentity identity;

    CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Kind kind() {
        if (identity.isAnonymous()) {
            return Kind.ANONYMOUS;
        }
        Object kind = identity.getAttribute(KIND);
        return kind == null ? Kind.USER : Kind.valueOf(kind.toString());
    }

    public Long id() {
        Object id = identity.getAttribute(ID);
        return id == null ? null : ((Number) id).longValue();
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The actor's own unit (a REPORTER's, or a unit-bound token's), or null. */
    public Long unitId() {
        Object unit = identity.getAttribute(UNIT_ID);
        return unit == null ? null : ((Number) unit).longValue();
    }

    /**
     * The unit whose data alone this actor may see, or null when it may see every unit's: reporters
     * (unless they also hold a role that reads everything) and unit-bound tokens are confined.
     */
    public Long confinedToUnit() {
        if (unitId() == null) {
            return null;
        }
        boolean readsEverything = kind() == Kind.USER
                && (hasRole(Roles.ADMIN) || hasRole(Roles.SUPERVISOR) || hasRole(Roles.VIEWER));
        return readsEverything ? null : unitId();
    }

    /**
     * The unit a list must be limited to: the caller's own when confined — asking for another unit's
     * by filter is refused — otherwise whatever the caller asked for (possibly none).
     */
    public Long unitFilter(Long requested) {
        Long confined = confinedToUnit();
        if (confined == null) {
            return requested;
        }
        if (requested != null && !requested.equals(confined)) {
            throw new Forbidden("you may only read your own unit's data",
                    List.of(new FieldError("unitId", "must be your own unit (" + confined + ")")));
        }
        return confined;
    }

    /** Answers 404 for another unit's object, so a confined actor cannot even learn it exists. */
    public void requireVisible(long unitId, String resource, Object id) {
        Long confined = confinedToUnit();
        if (confined != null && confined != unitId) {
            throw new NotFound(resource, id);
        }
    }
}
