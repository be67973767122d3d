package com.instainstru.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeInterfaceClientTest {

    @TempDir
    Path work;

    @Test
    void picksTheNativeLibraryForTheMachine() {
        assertThat(RuntimeInterfaceClient.nativeLibraryName("Linux", "amd64", false))
                .isEqualTo("libaws-lambda-jni.linux-x86_64.so");
        assertThat(RuntimeInterfaceClient.nativeLibraryName("Linux", "aarch64", true))
                .isEqualTo("libaws-lambda-jni.linux_musl-aarch_64.so");
        assertThatIllegalStateException()
                .isThrownBy(() -> RuntimeInterfaceClient.nativeLibraryName("Mac OS X", "aarch64", false))
                .withMessageContaining("Linux only");
        assertThatIllegalStateException()
                .isThrownBy(() -> RuntimeInterfaceClient.nativeLibraryName("Linux", "ppc64le", false))
                .withMessageContaining("ppc64le");
    }

    @Test
    void unpacksTheNativeLibraryOnceAndFindsTheJars() throws Exception {
        RuntimeInterfaceClient first = RuntimeInterfaceClient.prepare(work);
        Files.setLastModifiedTime(first.nativeLibrary(), FileTime.fromMillis(0));

        RuntimeInterfaceClient second = RuntimeInterfaceClient.prepare(work);

        assertThat(second.nativeLibrary()).isEqualTo(first.nativeLibrary()).isRegularFile();
        assertThat(Files.getLastModifiedTime(second.nativeLibrary())).isEqualTo(FileTime.fromMillis(0));
        assertThat(first.jars()).hasSize(4).allSatisfy(jar -> assertThat(jar).isRegularFile());
    }
}
