package org.duban.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs access tokens. It lives as PEM files in a key directory
 * ({@code DUBAN_JWT_KEY_DIR}, default {@code .data/jwt}); the first start generates it there.
 * Several replicas share one directory (e.g. a mounted secret). Keys are never committed.
 */
public final class JwtKeys {
    static final String PRIVATE_FILE = "private.pem";
    static final String PUBLIC_FILE = "public.pem";

    private static volatile KeyPair keyPair;

    private JwtKeys() {
    }

    public static Path directory() {
        String configured = System.getenv("DUBAN_JWT_KEY_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("duban.jwt.key-dir", ".data/jwt");
        }
        return Path.of(configured);
    }

    public static PrivateKey privateKey() {
        return keyPair().getPrivate();
    }

    public static String publicKeyPem() {
        return pem("PUBLIC KEY", keyPair().getPublic().getEncoded());
    }

    private static KeyPair keyPair() {
        KeyPair pair = keyPair;
        if (pair == null) {
            synchronized (JwtKeys.class) {
                if (keyPair == null) {
                    keyPair = loadOrGenerate(directory());
                }
                pair = keyPair;
            }
        }
        return pair;
    }

    static KeyPair loadOrGenerate(Path dir) {
        try {
            Path privateFile = dir.resolve(PRIVATE_FILE);
            Path publicFile = dir.resolve(PUBLIC_FILE);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair generated = generator.generateKeyPair();
                Path tmpPrivate = Files.createTempFile(dir, "private", ".tmp");
                writeOwnerOnly(tmpPrivate, pem("PRIVATE KEY", generated.getPrivate().getEncoded()));
                Path tmpPublic = Files.createTempFile(dir, "public", ".tmp");
                Files.writeString(tmpPublic, pem("PUBLIC KEY", generated.getPublic().getEncoded()));
                // another process may have won the race: keep whichever pair landed first
                if (!Files.exists(privateFile)) {
                    Files.move(tmpPublic, publicFile);
                    Files.move(tmpPrivate, privateFile);
                } else {
                    Files.deleteIfExists(tmpPrivate);
                    Files.deleteIfExists(tmpPublic);
                }
            }
            KeyFactory factory = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile))));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile))));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT keys in " + dir.toAbsolutePath(), e);
        } catch (Exception e) {
            throw new IllegalStateException("invalid JWT keys in " + dir.toAbsolutePath(), e);
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; rely on the directory's permissions
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
