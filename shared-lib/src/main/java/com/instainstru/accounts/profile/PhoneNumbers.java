package com.instainstru.accounts.profile;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers in E.164 form ("+" and 8 to 15 digits, no leading zero). Formatting characters people type
 * (spaces, dashes, dots, brackets) are dropped; ten digits, or eleven starting with 1, are taken as a US
 * number, the platform's home market.
 */
final class PhoneNumbers {

    private static final Pattern FORMATTING = Pattern.compile("[\\s().-]");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern US_NATIONAL = Pattern.compile("[2-9][0-9]{9}");
    private static final Pattern US_WITH_COUNTRY_CODE = Pattern.compile("1[2-9][0-9]{9}");

    private PhoneNumbers() {
    }

    /** The number in E.164 form, or empty when it is not a phone number. */
    static Optional<String> normalize(String input) {
        if (input == null || input.length() > 40) {
            return Optional.empty();
        }
        String digits = FORMATTING.matcher(input).replaceAll("");
        if (E164.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        if (US_NATIONAL.matcher(digits).matches()) {
            return Optional.of("+1" + digits);
        }
        if (US_WITH_COUNTRY_CODE.matcher(digits).matches()) {
            return Optional.of("+" + digits);
        }
        return Optional.empty();
    }
}
