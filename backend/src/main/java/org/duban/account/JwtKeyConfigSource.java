package org.duban.account;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives smallrye-jwt the public key of {@link JwtKeys} to verify tokens with. Its low ordinal lets
 * an explicitly configured {@code mp.jwt.verify.publickey(.location)} win.
 */
public class JwtKeyConfigSource implements ConfigSource {
    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, JwtKeys.publicKeyPem());
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY.equals(propertyName) ? JwtKeys.publicKeyPem() : null;
    }

    @Override
    public String getName() {
        return "duban-jwt-keys";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
