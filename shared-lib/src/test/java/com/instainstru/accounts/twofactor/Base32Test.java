package com.instainstru.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

    // RFC 4648 §10, with the padding removed on output.
    @ParameterizedTest
    @CsvSource({
            "'', ''",
            "f, MY",
            "fo, MZXQ",
            "foo, MZXW6",
            "foob, MZXW6YQ",
            "fooba, MZXW6YTB",
            "foobar, MZXW6YTBOI"})
    void encodesAndDecodesTheRfcVectors(String plain, String encoded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Base32.decode(encoded)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({
            "MY======, f",
            "MZXW6YQ=, foob",
            "mzxw6ytboi, foobar",
            "'mzxw 6ytb oi', foobar",
            "'MZXW6 YTBOI==', foobar"})
    void decodingIgnoresCasePaddingAndSpaces(String encoded, String plain) {
        assertThat(Base32.decode(encoded)).isEqualTo(plain.getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MZXW1", "MZXW8", "MZ-XW", "MZ\u0131W", "MZXW6\u00c9", "M", "MZX", "MZXW6Y"})
    void rejectsCharactersOutsideTheAlphabetAndImpossibleLengths(String encoded) {
        assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode(encoded));
    }

    @Test
    void roundTripsArbitraryBytes() {
        Random random = new Random(42);
        for (int length = 0; length < 64; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
        }
    }
}
