package com.instainstru.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Reads the RSA keys of access tokens from configuration: base64 DER (X.509 SubjectPublicKeyInfo for public
 * keys, PKCS#8 for the private key), with or without PEM armour; at least 2048 bits. A key's id ({@code kid})
 * is derived from the public key, so signer and verifiers agree on it without configuring it.
 */
public final class AccessTokenKeys {

    private AccessTokenKeys() {
    }

    public static final int MIN_BITS = 2048;

    public static PublicKey publicKey(String encoded, String property) {
        RSAPublicKey key;
        try {
            key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(encoded, property)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(property + " is not an RSA public key (base64 X.509 DER or PEM)");
        }
        requireSize(key.getModulus().bitLength(), property);
        return key;
    }

    public static PrivateKey privateKey(String encoded, String property) {
        RSAPrivateKey key;
        try {
            key = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(encoded, property)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(property + " is not an RSA private key (base64 PKCS#8 DER or PEM)");
        }
        requireSize(key.getModulus().bitLength(), property);
        return key;
    }

    private static void requireSize(int bits, String property) {
        if (bits < MIN_BITS) {
            throw new IllegalStateException(property + " holds a " + bits + "-bit RSA key; at least " + MIN_BITS);
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
