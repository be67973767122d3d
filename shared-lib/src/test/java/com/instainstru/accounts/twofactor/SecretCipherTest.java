package com.instainstru.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCipherTest {

    private static final String USER = "01JDZ3K5W0P8V5T3E7M9C2Q4RS";
    private static final String OTHER_USER = "01JDZ3K5W0P8V5T3E7M9C2Q4RT";

    private final SecretCipher cipher = new SecretCipher(Optional.of(key(1)));
    private final byte[] secret = "12345678901234567890".getBytes();

    @Test
    void roundTrips() {
        String stored = cipher.encrypt(secret, USER);

        assertThat(stored).startsWith("v1:").doesNotContain(Base64.getEncoder().encodeToString(secret));
        assertThat(cipher.decrypt(stored, USER)).isEqualTo(secret);
    }

    @Test
    void usesAFreshIvForEveryEncryption() {
        byte[] first = body(cipher.encrypt(secret, USER));
        byte[] second = body(cipher.encrypt(secret, USER));

        assertThat(first).hasSize(12 + secret.length + 16);
        assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void rejectsATamperedIvCiphertextOrTag() {
        String stored = cipher.encrypt(secret, USER);
        int length = body(stored).length;

        for (int index : new int[] {0, 11, 12, 12 + secret.length - 1, length - 16, length - 1}) {
            String tampered = flipByte(stored, index);
            assertThatThrownBy(() -> cipher.decrypt(tampered, USER))
                    .as("byte %d flipped", index)
                    .isInstanceOf(UnreadableSecretException.class);
        }
    }

    @Test
    void rejectsACiphertextMovedToAnotherUser() {
        String stored = cipher.encrypt(secret, USER);

        assertThatThrownBy(() -> cipher.decrypt(stored, OTHER_USER)).isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void rejectsACiphertextOfAnotherKey() {
        String stored = new SecretCipher(Optional.of(key(2))).encrypt(secret, USER);

        assertThatThrownBy(() -> cipher.decrypt(stored, USER)).isInstanceOf(UnreadableSecretException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v1:", "v1:AAAA", "v1:not base64!", "v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void rejectsValuesNotInTheStoredFormat(String stored) {
        assertThatThrownBy(() -> cipher.decrypt(stored, USER)).isInstanceOf(UnreadableSecretException.class);
    }

    @Test
    void aMissingKeyFailsOnFirstUseNotAtStartup() {
        SecretCipher withoutKey = new SecretCipher(Optional.empty());

        assertThatIllegalStateException().isThrownBy(() -> withoutKey.encrypt(secret, USER))
                .withMessageContaining("instainstru.twofactor.encryption-key is not set");
        assertThatIllegalStateException().isThrownBy(() -> withoutKey.decrypt("v1:AAAA", USER))
                .withMessageContaining("instainstru.twofactor.encryption-key is not set");
    }

    @Test
    void aKeyOfTheWrongLengthOrEncodingFailsOnUseWithAClearMessage() {
        String aes128 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatIllegalStateException()
                .isThrownBy(() -> new SecretCipher(Optional.of(aes128)).encrypt(secret, USER))
                .withMessageContaining("must decode to 32 bytes").withMessageContaining("16");
        assertThatIllegalStateException()
                .isThrownBy(() -> new SecretCipher(Optional.of("not-base64-secret!")).encrypt(secret, USER))
                .withMessageContaining("not valid base64")
                .withMessageNotContaining("not-base64-secret!");
    }

    private static String key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    private static byte[] body(String stored) {
        return Base64.getDecoder().decode(stored.substring("v1:".length()));
    }

    private static String flipByte(String stored, int index) {
        byte[] bytes = body(stored);
        bytes[index] ^= 0x01;
        return "v1:" + Base64.getEncoder().encodeToString(bytes);
    }
}
