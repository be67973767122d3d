package com.instainstru.accounts.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "+12125550100|+12125550100",
        "+1 (212) 555-0100|+12125550100",
        "+44 20 7946 0958|+442079460958",
        "212.555.0100|+12125550100",
        "(212) 555-0100|+12125550100",
        "1 212 555 0100|+12125550100",
        "+4930123456|+4930123456",
    })
    void normalizesToE164(String input, String expected) {
        assertThat(PhoneNumbers.normalize(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "555-0100", "+0123456789", "+1234567", "+1234567890123456", "12125550100x",
        "phone", "+1 212 555 0100 ext 5", "0212555010", "++12125550100", "+12125550100\u0000"})
    void rejectsWhatIsNotAPhoneNumber(String input) {
        assertThat(PhoneNumbers.normalize(input)).isEmpty();
    }
}
