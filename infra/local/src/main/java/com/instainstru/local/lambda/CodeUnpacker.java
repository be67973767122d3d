package com.instainstru.local.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a function.zip into the directory the runtime uses as its task root (Lambda's /var/task), once per
 * version of the zip: a stamp beside the directory records the zip's size and time, and a rebuilt zip is
 * unpacked again.
 */
final class CodeUnpacker {

    private CodeUnpacker() {
    }

    static Path unpack(Path zip, Path taskRoot) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException("function code " + zip + " does not exist; build it with mvn package");
        }
        String stamp = Files.size(zip) + " " + Files.getLastModifiedTime(zip).toMillis() + " " + zip.toAbsolutePath();
        Path stampFile = taskRoot.resolveSibling(taskRoot.getFileName() + ".unpacked-from");
        if (Files.isDirectory(taskRoot) && Files.isRegularFile(stampFile)
                && Files.readString(stampFile).equals(stamp)) {
            return taskRoot;
        }
        Files.createDirectories(taskRoot.getParent());
        Files.deleteIfExists(stampFile);
        Path staging = Files.createTempDirectory(taskRoot.getParent(), taskRoot.getFileName() + ".unpacking-");
        try {
            extract(zip, staging);
            deleteRecursively(taskRoot);
            Files.move(staging, taskRoot, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(staging);
        }
        Files.writeString(stampFile, stamp);
        return taskRoot;
    }

    private static void extract(Path zip, Path directory) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IOException(zip + " has an entry outside its root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try {
            Files.copy(in, target);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("duplicate zip entry " + target, e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
