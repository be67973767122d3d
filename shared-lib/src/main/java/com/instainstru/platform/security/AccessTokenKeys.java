package com.instainstru.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Reads the Ed25519 keys of access tokens from configuration: base64 DER (X.509 SubjectPublicKeyInfo for
 * public keys, PKCS#8 for the private key), with or without PEM armour. A key's id ({@code kid}) is derived
 * from the public key, so signer and verifiers agree on it without configuring it.
 */
public final class AccessTokenKeys {

    private AccessTokenKeys() {
    }

    public static PublicKey publicKey(String encoded, String property) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(encoded, property)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(property + " is not an Ed25519 public key (base64 X.509 DER or PEM)");
        }
    }

    public static PrivateKey privateKey(String encoded, String property) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der(encoded, property)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(property + " is not an Ed25519 private key (base64 PKCS#8 DER or PEM)");
        }
    }

    /** The first 16 hex digits of the SHA-256 of the public key's DER encoding. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static byte[] der(String encoded, String property) {
        String body = encoded.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            // Deliberately without the cause: its message may quote part of the key.
            throw new IllegalStateException(property + " is not valid base64");
        }
    }
}
