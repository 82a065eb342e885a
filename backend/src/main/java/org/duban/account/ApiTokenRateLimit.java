package org.duban.account;

import java.lang.reflect.Method;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.duban.common.RateLimiter;
import org.duban.common.TooManyRequests;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Limits each API token ({@code Authorization: Bearer dbn_…}) to {@code duban.rate-limit.per-minute}
 * requests a minute with a token bucket ({@link RateLimiter}); beyond that the answer is 429 problem+json
 * with {@code Retry-After}. Every answer to a token carries {@code RateLimit-Limit} and
 * {@code RateLimit-Remaining}. People signed in with an access token (JWT) are not limited, nor are the public
 * operations (sign-in, the public page), which never look at credentials.
 * The buckets are per instance, in memory: N instances allow a token up to N times the limit.
 */
@ApplicationScoped
public class ApiTokenRateLimit {
    private static final String DECISION = ApiTokenRateLimit.class.getName() + ".decision";

    private final RateLimitConfig config;
    private final CurrentIdentityAssociation identities;
    private final RateLimiter limiter;

    ApiTokenRateLimit(RateLimitConfig config, CurrentIdentityAssociation identities) {
        this.config = config;
        this.identities = identities;
        this.limiter = new RateLimiter(config.perMinute());
    }

    @ServerRequestFilter
    public Uni<Void> meter(ContainerRequestContext request, ResourceInfo resource) {
        if (!config.enabled() || !ApiTokenAuthenticationMechanism.isApiToken(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                || isPublic(resource)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                // an unknown, revoked or expired token: the endpoint's own security check answers 401
                .onFailure().recoverWithNull()
                .invoke(identity -> take(request, identity))
                .replaceWithVoid();
    }

    /** Sign-in and the public page do not look at credentials, so a token sent there is neither checked nor counted. */
    private static boolean isPublic(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        return method != null && (method.isAnnotationPresent(PermitAll.class)
                || (method.getDeclaringClass().isAnnotationPresent(PermitAll.class)
                        && !method.isAnnotationPresent(RolesAllowed.class)));
    }

    private void take(ContainerRequestContext request, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || !CurrentActor.Kind.TOKEN.name().equals(identity.getAttribute(CurrentActor.KIND))) {
            return;
        }
        RateLimiter.Decision decision = limiter.take(identity.getAttribute(CurrentActor.ID));
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            throw new TooManyRequests(decision);
        }
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle(RateLimiter.LIMIT_HEADER, Integer.toString(decision.limit()));
            response.getHeaders().putSingle(RateLimiter.REMAINING_HEADER, Integer.toString(decision.remaining()));
        }
    }
}
