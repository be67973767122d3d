package com.instainstru.accounts.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    // Argon2id vector from the reference implementation's test suite (P-H-C/phc-winner-argon2 src/test.c),
    // the format argon2-cffi, used by the original backend, writes.
    private static final String REFERENCE_HASH =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

    private final PasswordHasher hasher = new PasswordHasher(19456, 2, 1, Optional.empty());

    @Test
    void hashThenVerifyRoundTrips() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.verify("Correct horse battery staple", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
    }

    @Test
    void phcStringCarriesTheConfiguredParametersAndARandomSalt() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second);
        assertThat(new PasswordHasher(12288, 3, 1, Optional.empty()).hash("x"))
                .startsWith("$argon2id$v=19$m=12288,t=3,p=1$");
    }

    @Test
    void needsRehashOnlyWhenTheParametersChanged() {
        String hash = hasher.hash("correct horse battery staple");
        PasswordHasher stronger = new PasswordHasher(19456, 3, 1, Optional.empty());

        assertThat(hasher.needsRehash(hash)).isFalse();
        assertThat(stronger.needsRehash(hash)).isTrue();
        assertThat(new PasswordHasher(47104, 2, 1, Optional.empty()).needsRehash(hash)).isTrue();
        assertThat(new PasswordHasher(19456, 2, 2, Optional.empty()).needsRehash(hash)).isTrue();
        // the old hash still verifies, so login can check it and then store stronger.hash(password)
        assertThat(stronger.verify("correct horse battery staple", hash)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("correct horse battery staple"))).isFalse();
    }

    @Test
    void verifiesAHashFromTheReferenceImplementationAndAsksToRehashIt() {
        assertThat(hasher.verify("password", REFERENCE_HASH)).isTrue();
        assertThat(hasher.verify("passwort", REFERENCE_HASH)).isFalse();
        assertThat(hasher.needsRehash(REFERENCE_HASH)).isTrue();
    }

    @Test
    void malformedStoredHashIsFalseNotAnException() {
        String good = hasher.hash("correct horse battery staple");
        String[] malformed = {
            null,
            "",
            "not a hash",
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            REFERENCE_HASH.replace("argon2id", "argon2i"),
            REFERENCE_HASH.replace("v=19", "v=16"),
            REFERENCE_HASH.replace("m=65536", "m=99999999"),
            REFERENCE_HASH.replace("t=2", "t=0"),
            REFERENCE_HASH.replace("p=1", "p=0"),
            REFERENCE_HASH.replace("c29tZXNhbHQ", "c29tZ!NhbHQ"),
            REFERENCE_HASH + "$extra",
            REFERENCE_HASH.substring(0, REFERENCE_HASH.length() - 10),
            good.substring(0, good.lastIndexOf('$')),
            good + "==",
        };

        for (String stored : malformed) {
            assertThat(hasher.verify("password", stored)).as(String.valueOf(stored)).isFalse();
            assertThat(hasher.needsRehash(stored)).as(String.valueOf(stored)).isTrue();
        }
    }

    @Test
    void pepperIsRequiredToVerify() {
        PasswordHasher peppered = new PasswordHasher(19456, 2, 1, Optional.of("server-side-secret"));
        String hash = peppered.hash("correct horse battery staple");

        assertThat(peppered.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery staple", hash)).isFalse();
        assertThat(new PasswordHasher(19456, 2, 1, Optional.of("other-secret"))
                .verify("correct horse battery staple", hash)).isFalse();
        // an empty pepper (the default) means no pepper
        assertThat(new PasswordHasher(19456, 2, 1, Optional.of("")).verify("p4ss w0rd", hasher.hash("p4ss w0rd")))
                .isTrue();
    }

    @Test
    void nonAsciiPasswordsRoundTrip() {
        String password = "pässwörd 🔑 密码";
        String hash = hasher.hash(password);

        assertThat(hasher.verify(password, hash)).isTrue();
        assertThat(hasher.verify("passwörd 🔑 密码", hash)).isFalse();
    }
}
