package org.duban.account;

import java.security.SecureRandom;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.duban.common.InvalidInput;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt hashing (cost 12) and the password policy. */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    private static final int COST = 12;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /** Compared against when the username is unknown, so both answers take as long. */
    private static final String DUMMY_HASH = hash("not-a-real-password-0000");

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        try {
            Password raw = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(raw), password.toCharArray());
        } catch (Exception e) {
            return false;
        }
    }

    /** Spends the time a real check would take. */
    public static void burnComparison(String password) {
        matches(password, DUMMY_HASH);
    }

    public static void checkPolicy(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput(field, "must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > 128) {
            throw new InvalidInput(field, "must be at most 128 characters long");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidInput(field, "must not contain the username");
        }
    }

    public static String random(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
