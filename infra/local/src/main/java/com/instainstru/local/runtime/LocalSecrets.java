package com.instainstru.local.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The secrets template.yaml asks for (access-token key pair, TOTP encryption key), generated once per state
 * directory and kept there: tokens and encrypted 2FA secrets survive a restart of the local runtime, and no
 * key is ever shared with a deployed stage.
 */
final class LocalSecrets {

    private static final String FILE = "local-secrets.properties";

    private LocalSecrets() {
    }

    static Map<String, String> loadOrCreate(Path stateDir) {
        Path file = stateDir.resolve(FILE);
        Properties secrets = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    secrets.load(reader);
                }
            } else {
                generate(secrets);
                Files.createDirectories(stateDir);
                try (Writer writer = Files.newBufferedWriter(file)) {
                    secrets.store(writer, "Local runtime secrets (development only; delete to regenerate)");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write " + file, e);
        }
        return Map.of(
                "AccessTokenPublicKeys", secrets.getProperty("AccessTokenPublicKeys"),
                "AccessTokenSigningKey", secrets.getProperty("AccessTokenSigningKey"),
                "TwoFactorEncryptionKey", secrets.getProperty("TwoFactorEncryptionKey"));
    }

    private static void generate(Properties secrets) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            secrets.setProperty("AccessTokenPublicKeys", base64.encodeToString(pair.getPublic().getEncoded()));
            secrets.setProperty("AccessTokenSigningKey", base64.encodeToString(pair.getPrivate().getEncoded()));
            byte[] aesKey = new byte[32];
            new SecureRandom().nextBytes(aesKey);
            secrets.setProperty("TwoFactorEncryptionKey", base64.encodeToString(aesKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is unavailable in this JDK", e);
        }
    }
}
