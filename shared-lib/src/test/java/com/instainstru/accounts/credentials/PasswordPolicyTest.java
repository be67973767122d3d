package com.instainstru.accounts.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.ValidationException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMAIL = "maria.gonzalez@example.com";
    private static final String EMOJI = "\uD83D\uDD11"; // U+1F511, one code point, two UTF-16 units

    private static final CommonPasswords COMMON = new CommonPasswords();
    private final PasswordPolicy policy = new PasswordPolicy(COMMON);

    @Test
    void sevenCharactersIsTooShortAndEightIsEnough() {
        assertRule("kq7#vz2", "min_length");
        assertRule("", "min_length");
        assertRule(null, "min_length");
        assertAccepted("kq7#vz2m");
    }

    @Test
    void lengthCountsCodePointsNotUtf16Units() {
        // four emoji are eight UTF-16 units but only four characters
        assertRule(EMOJI.repeat(4), "min_length");
        assertRule("kq7#vz" + EMOJI, "min_length");
        assertAccepted("kq7#vz2" + EMOJI);
        assertAccepted(EMOJI.repeat(8));
        assertAccepted(EMOJI.repeat(128));
        assertRule(EMOJI.repeat(129), "max_length");
    }

    @Test
    void upTo128CharactersAreAllowedAnd129AreNot() {
        String base = "Tr0ub4dor&3 correct horse battery staple ";
        assertAccepted(base.repeat(4).substring(0, 128));
        assertAccepted(base.repeat(4).substring(0, 64));
        assertRule(base.repeat(4).substring(0, 129), "max_length");
    }

    @Test
    void commonPasswordsAreRejectedInAnyCase() {
        assertRule("password", "common_password");
        assertRule("PassWord", "common_password");
        assertRule("12345678", "common_password");
        assertRule("QWERTYUI", "common_password");
        assertRule("iloveyou", "common_password");
        assertRule("Sunshine1", "common_password");
        // no trimming: a surrounding space makes it a different password
        assertAccepted(" password1 ");
    }

    @Test
    void theEmailOrItsLocalPartIsRejected() {
        assertRule(EMAIL, "contains_email");
        assertRule("MARIA.GONZALEZ@EXAMPLE.COM", "contains_email");
        assertRule("Maria.Gonzalez", "contains_email");
        assertRule("maria.gonzalez1987", "contains_email");
        assertRule("my-maria.gonzalez-pass", "contains_email");
        assertAccepted("maria gonzalez 1987");
    }

    @Test
    void aShortLocalPartIsNotMatchedInsideAPassphrase() {
        assertThatCode(() -> policy.check("journey to the west", "jo@example.com")).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(() -> policy.check("x jo@example.com", "jo@example.com"),
                ValidationException.class).violations()).extracting(FieldViolation::rule)
                .containsExactly("contains_email");
    }

    @Test
    void aLongPassphraseWithoutCompositionRulesIsAccepted() {
        assertAccepted("purple elephants dance quietly under the autumn moon");
        assertAccepted("alllowercaseletters");
        assertThatCode(() -> policy.check("purple elephants dance quietly", null)).doesNotThrowAnyException();
    }

    @Test
    void theBundledListHoldsOnlyPasswordsThePolicyWouldOtherwiseAllow() {
        assertThat(COMMON.size()).as("ASVS L1: the top 3,000").isEqualTo(3000);
        assertThat(COMMON.contains("Password")).as("case-insensitive").isTrue();
        assertThat(COMMON.contains("baseball")).isTrue();
        assertThat(COMMON.entries()).allSatisfy(entry -> {
            assertThat(entry.codePointCount(0, entry.length())).isBetween(PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH);
            assertThat(entry).isEqualTo(entry.strip());
        });
    }

    private void assertRule(String password, String rule) {
        ValidationException e = catchThrowableOfType(() -> policy.check(password, EMAIL), ValidationException.class);
        assertThat(e).as("rejects %s", password).isNotNull();
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(tuple("password", rule));
    }

    private void assertAccepted(String password) {
        assertThatCode(() -> policy.check(password, EMAIL)).as("accepts %s", password).doesNotThrowAnyException();
    }
}
