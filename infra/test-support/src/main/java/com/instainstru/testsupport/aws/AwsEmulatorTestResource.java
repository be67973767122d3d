package com.instainstru.testsupport.aws;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Makes the AWS emulator (if any) the SDK's endpoint before a {@code @QuarkusTest} application starts.
 * Tests call {@link AwsEmulator#require()} themselves, which skips them (or fails under CI) without one.
 */
public class AwsEmulatorTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        AwsEmulator.find();
        return Map.of();
    }

    @Override
    public void stop() {
        // moto is stopped by AwsEmulator's shutdown hook when the JVM exits.
    }
}
