package com.instainstru.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final Totp totp = new Totp();
    private final Instant now = Instant.ofEpochSecond(1_111_111_111);
    private final long current = totp.stepAt(now);

    // RFC 6238 Appendix B, SHA-1 rows.
    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void matchesTheRfc6238Vectors(long unixSeconds, String eightDigits) {
        long step = totp.stepAt(Instant.ofEpochSecond(unixSeconds));

        assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(eightDigits);
        // Six digits are the same truncated value mod 10^6.
        assertThat(totp.codeAt(RFC_SECRET, step)).isEqualTo(eightDigits.substring(2));
    }

    // RFC 4226 Appendix D: HOTP with the same secret, counters 0 to 9.
    @Test
    void matchesTheRfc4226Vectors() {
        String[] expected = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
                "399871", "520489"};
        for (int counter = 0; counter < expected.length; counter++) {
            assertThat(totp.codeAt(RFC_SECRET, counter)).as("counter %d", counter).isEqualTo(expected[counter]);
        }
    }

    @Test
    void stepsAre64BitAndWorkPast2038() {
        assertThat(totp.stepAt(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(totp.stepAt(Instant.ofEpochSecond(20_000_000_000L))).isEqualTo(666_666_666L);
        long beyondInt = 1L << 33;
        assertThat(totp.stepAt(Instant.ofEpochSecond(beyondInt * 30))).isEqualTo(beyondInt);
        // The counter's high word reaches the HMAC: these two steps differ only above bit 31.
        assertThat(Totp.code(RFC_SECRET, beyondInt + 1, 8)).isNotEqualTo(Totp.code(RFC_SECRET, 1, 8));
    }

    @Test
    void acceptsTheCurrentStepAndOneStepEitherSide() {
        for (long step = current - 1; step <= current + 1; step++) {
            assertThat(totp.verify(RFC_SECRET, totp.codeAt(RFC_SECRET, step), now, Totp.NO_STEP_USED))
                    .hasValue(step);
        }
    }

    @Test
    void rejectsCodesTwoStepsAway() {
        assertThat(totp.verify(RFC_SECRET, totp.codeAt(RFC_SECRET, current - 2), now, Totp.NO_STEP_USED)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, totp.codeAt(RFC_SECRET, current + 2), now, Totp.NO_STEP_USED)).isEmpty();
    }

    @Test
    void rejectsTheSameCodeAfterItWasUsed() {
        String code = totp.codeAt(RFC_SECRET, current);
        OptionalLong first = totp.verify(RFC_SECRET, code, now, Totp.NO_STEP_USED);

        assertThat(first).hasValue(current);
        assertThat(totp.verify(RFC_SECRET, code, now, first.getAsLong())).isEmpty();
        assertThat(totp.verify(RFC_SECRET, code, now.plusSeconds(30), first.getAsLong())).isEmpty();
    }

    @Test
    void rejectsAStepOlderThanTheLastUsedOneButAcceptsANewerOne() {
        assertThat(totp.verify(RFC_SECRET, totp.codeAt(RFC_SECRET, current - 1), now, current)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, totp.codeAt(RFC_SECRET, current + 1), now, current)).hasValue(current + 1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"05047", "0050471", "05047a", " 50471", "050471 ", "-50471", "+50471",
            "\uff10\uff15\uff10\uff14\uff17\uff11", "\u0660\u0665\u0660\u0664\u0667\u0661"})
    void rejectsMalformedCodes(String code) {
        assertThat(totp.codeAt(RFC_SECRET, current)).isEqualTo("050471");
        assertThat(totp.verify(RFC_SECRET, code, now, Totp.NO_STEP_USED)).isEmpty();
    }

    @Test
    void newSecretsAre160RandomBits() {
        byte[] secret = totp.newSecret();

        assertThat(secret).hasSize(20);
        assertThat(totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void provisioningUriEncodesLabelAndParameters() {
        String uri = totp.provisioningUri("Insta Instru", "jane.doe+tutor@example.com", RFC_SECRET);

        assertThat(uri).isEqualTo("otpauth://totp/Insta%20Instru:jane.doe%2Btutor%40example.com"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Insta%20Instru"
                + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void provisioningUriEncodesNonAsciiAsUtf8AndQueryDelimiters() {
        String uri = totp.provisioningUri("InstaInstru", "jos\u00e9&x=1?#/", RFC_SECRET);

        assertThat(uri).startsWith("otpauth://totp/InstaInstru:jos%C3%A9%26x%3D1%3F%23%2F?secret=");
    }

    @ParameterizedTest
    @CsvSource({"Insta:Instru, jane@example.com", "InstaInstru, jane:doe@example.com", "' ', jane@example.com"})
    void provisioningUriRejectsColonsAndBlanks(String issuer, String account) {
        assertThatIllegalArgumentException().isThrownBy(() -> totp.provisioningUri(issuer, account, RFC_SECRET));
    }
}
