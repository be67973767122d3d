package com.instainstru.local.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.testsupport.aws.AwsEmulator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the shared pattern table against an independent implementation, moto's, through the real SDK,
 * and expects moto to give the result AWS documents. Cases marked motoDiffers are skipped, with moto's
 * disagreement in the display name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MotoPatternAgreementTest {

    private MotoPatternOracle moto;

    @BeforeAll
    void connect() {
        AwsEmulator emulator = AwsEmulator.require();
        moto = new MotoPatternOracle(emulator.eventBridge(), emulator.sqs(), PatternCase.load().get(0).event());
    }

    @AfterAll
    void disconnect() {
        if (moto != null) {
            moto.close();
        }
    }

    static Stream<Arguments> cases() {
        return PatternCase.load().stream().map(c -> Arguments.of(
                c.motoDiffers() ? c.name() + " [skipped for moto: " + c.note() + "]" : c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void motoGivesTheDocumentedResult(String displayName, PatternCase c) {
        if (c.motoDiffers()) {
            boolean motoSays = moto.matches(c.pattern(), c.event());
            Assumptions.abort("moto differs from AWS here (" + c.note() + "); AWS: " + c.expected()
                    + ", moto answered " + motoSays + " via " + moto.method());
        }
        assertThat(moto.matches(c.pattern(), c.event()))
                .as("moto (%s) on %s%n pattern %s%n event   %s", moto.method(), c.name(), c.pattern(), c.event())
                .isEqualTo(c.expected());
    }
}
