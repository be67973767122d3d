package com.instainstru.payments.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]}: the expected signature is
 * HMAC-SHA256, keyed by the endpoint's secret, over {@code t + "." + raw body}; any {@code v1} value may match
 * (Stripe signs with the old and the new secret while a secret is rolled), compared in constant time. The timestamp
 * must be within {@link #TOLERANCE} of the clock either way, so a captured delivery cannot be replayed later. Two
 * endpoints, two secrets: the one that verifies tells which endpoint sent the event.
 */
@ApplicationScoped
public class StripeSignatureVerifier {

    public static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final String SCHEME = "v1";

    private final Map<WebhookEndpoint, String> secrets = new LinkedHashMap<>();
    private final Clock clock;

    @Inject
    public StripeSignatureVerifier(
            @ConfigProperty(name = "instainstru.stripe.webhook-secret") Optional<String> platformSecret,
            @ConfigProperty(name = "instainstru.stripe.connect-webhook-secret") Optional<String> connectSecret,
            Clock clock) {
        platformSecret.filter(secret -> !secret.isBlank())
                .ifPresent(secret -> secrets.put(WebhookEndpoint.PLATFORM, secret));
        connectSecret.filter(secret -> !secret.isBlank())
                .ifPresent(secret -> secrets.put(WebhookEndpoint.CONNECT, secret));
        this.clock = clock;
    }

    /** The endpoint whose secret signed {@code payload}; throws {@link WebhookSignatureException} otherwise. */
    public WebhookEndpoint verify(String payload, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookSignatureException("the Stripe-Signature header is missing");
        }
        long timestamp = timestamp(signatureHeader);
        List<byte[]> signatures = signatures(signatureHeader);
        if (signatures.isEmpty()) {
            throw new WebhookSignatureException("the Stripe-Signature header has no v1 signature");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > TOLERANCE.toSeconds()) {
            throw new WebhookSignatureException("the Stripe-Signature timestamp is outside the "
                    + TOLERANCE.toSeconds() + " s tolerance");
        }
        if (secrets.isEmpty()) {
            throw new IllegalStateException("no Stripe webhook secret is configured (instainstru.stripe.webhook-secret,"
                    + " instainstru.stripe.connect-webhook-secret)");
        }
        byte[] signedPayload = (timestamp + "." + payload).getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<WebhookEndpoint, String> secret : secrets.entrySet()) {
            byte[] expected = hmacSha256(secret.getValue(), signedPayload);
            boolean matched = false;
            for (byte[] signature : signatures) {
                // no early exit: every candidate is compared, each in constant time
                matched |= MessageDigest.isEqual(expected, signature);
            }
            if (matched) {
                return secret.getKey();
            }
        }
        throw new WebhookSignatureException("no signature matches the payload");
    }

    /** The header Stripe would send for {@code payload} at {@code timestamp}: for tests and sample events. */
    public static String sign(String secret, long timestamp, String payload) {
        byte[] mac = hmacSha256(secret, (timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
        return "t=" + timestamp + "," + SCHEME + "=" + HexFormat.of().formatHex(mac);
    }

    private static long timestamp(String header) {
        List<String> values = values(header, "t");
        if (values.size() != 1) {
            throw new WebhookSignatureException("the Stripe-Signature header needs exactly one timestamp");
        }
        try {
            return Long.parseLong(values.get(0));
        } catch (NumberFormatException e) {
            throw new WebhookSignatureException("the Stripe-Signature timestamp is not a number");
        }
    }

    private static List<byte[]> signatures(String header) {
        List<byte[]> signatures = new ArrayList<>();
        for (String value : values(header, SCHEME)) {
            try {
                signatures.add(HexFormat.of().parseHex(value));
            } catch (IllegalArgumentException notHex) {
                // a malformed candidate simply cannot match; another v1 value still may
            }
        }
        return signatures;
    }

    private static List<String> values(String header, String key) {
        List<String> values = new ArrayList<>();
        for (String item : header.split(",")) {
            int equals = item.indexOf('=');
            if (equals > 0 && item.substring(0, equals).trim().equals(key)) {
                values.add(item.substring(equals + 1).trim());
            }
        }
        return values;
    }

    private static byte[] hmacSha256(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
