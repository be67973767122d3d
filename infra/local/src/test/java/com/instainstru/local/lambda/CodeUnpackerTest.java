package com.instainstru.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeUnpackerTest {

    @TempDir
    Path work;

    private Path zip(Map<String, String> entries, long modifiedMillis) throws IOException {
        Path zip = work.resolve("function.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(zip, FileTime.fromMillis(modifiedMillis));
        return zip;
    }

    @Test
    void unpacksOnceAndAgainOnlyWhenTheZipChanges() throws Exception {
        Path taskRoot = work.resolve("functions/Some");
        Path zip = zip(Map.of("a/B.class", "one", "lib/x.jar", "jar"), 1_000_000);

        CodeUnpacker.unpack(zip, taskRoot);
        Files.writeString(taskRoot.resolve("marker"), "still here");
        CodeUnpacker.unpack(zip, taskRoot);

        assertThat(taskRoot.resolve("a/B.class")).hasContent("one");
        assertThat(taskRoot.resolve("lib/x.jar")).hasContent("jar");
        assertThat(taskRoot.resolve("marker")).exists();

        zip(Map.of("a/B.class", "two"), 2_000_000);
        CodeUnpacker.unpack(zip, taskRoot);

        assertThat(taskRoot.resolve("a/B.class")).hasContent("two");
        assertThat(taskRoot.resolve("marker")).doesNotExist();
        assertThat(taskRoot.resolve("lib/x.jar")).doesNotExist();
        try (var leftovers = Files.list(work.resolve("functions"))) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("Some", "Some.unpacked-from");
        }
    }

    @Test
    void refusesEntriesOutsideTheTaskRoot() throws Exception {
        Path zip = zip(Map.of("../escaped.txt", "nope"), 1_000_000);

        assertThatIOException().isThrownBy(() -> CodeUnpacker.unpack(zip, work.resolve("functions/Some")))
                .withMessageContaining("outside");
        assertThat(work.resolve("functions/escaped.txt")).doesNotExist();
    }

    @Test
    void saysWhichZipIsMissing() {
        assertThatIOException()
                .isThrownBy(() -> CodeUnpacker.unpack(work.resolve("nope.zip"), work.resolve("functions/Some")))
                .withMessageContaining("nope.zip");
    }
}
