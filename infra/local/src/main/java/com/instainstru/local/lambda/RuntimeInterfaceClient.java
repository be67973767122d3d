package com.instainstru.local.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * AWS's runtime interface client (the RIC), which the managed Java runtime runs as the function's main class:
 * its jars, taken from this JVM's classpath, and its native part for this machine.
 */
final class RuntimeInterfaceClient {

    static final String MAIN_CLASS = AWSLambda.class.getName();

    /**
     * Left alone, the RIC copies its JNI library to the fixed path /tmp/.libaws-lambda-jni.so on every start, so
     * two functions starting together overwrite the file the other is loading. This property makes it load ours.
     */
    static final String NATIVE_LIBRARY_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private final List<Path> jars;
    private final Path nativeLibrary;

    private RuntimeInterfaceClient(List<Path> jars, Path nativeLibrary) {
        this.jars = jars;
        this.nativeLibrary = nativeLibrary;
    }

    /** Finds the jars and unpacks the native library for this platform under {@code workRoot}. */
    static RuntimeInterfaceClient prepare(Path workRoot) throws IOException {
        List<Path> jars = Stream.of(AWSLambda.class, Context.class, PojoSerializer.class,
                        SdkInternalThreadLocal.class)
                .map(RuntimeInterfaceClient::jarOf)
                .distinct()
                .toList();
        String version = jars.get(0).getFileName().toString().replaceFirst("\\.jar$", "");
        return new RuntimeInterfaceClient(jars, unpackNativeLibrary(workRoot.resolve("ric").resolve(version)));
    }

    List<Path> jars() {
        return jars;
    }

    Path nativeLibrary() {
        return nativeLibrary;
    }

    /** The library's name inside the RIC jar for this OS, CPU and C library, or an error saying why none fits. */
    static String nativeLibraryName(String osName, String osArch, boolean musl) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            throw new IllegalStateException("AWS's runtime interface client ships native code for Linux only; this is "
                    + osName + ". Run the local runtime on Linux (or WSL).");
        }
        String arch = switch (osArch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch_64";
            default -> throw new IllegalStateException("AWS's runtime interface client ships native code for x86_64 "
                    + "and aarch64 only; this machine is " + osArch + ".");
        };
        return "libaws-lambda-jni.linux" + (musl ? "_musl-" : "-") + arch + ".so";
    }

    private static Path unpackNativeLibrary(Path directory) throws IOException {
        String name = nativeLibraryName(System.getProperty("os.name"), System.getProperty("os.arch"), isMusl());
        Path target = directory.resolve(name);
        try (InputStream in = AWSLambda.class.getResourceAsStream("/jni/" + name)) {
            if (in == null) {
                throw new IllegalStateException("jni/" + name + " is missing from " + jarOf(AWSLambda.class));
            }
            byte[] library = in.readAllBytes();
            if (Files.isRegularFile(target) && Files.size(target) == library.length) { // same RIC, same file
                return target;
            }
            Files.createDirectories(directory);
            // Write aside, then rename: a process already running keeps the old file, a new one sees a whole file.
            Path temporary = Files.createTempFile(directory, name, ".tmp");
            Files.write(temporary, library);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
    }

    private static boolean isMusl() {
        try (Stream<Path> libs = Files.list(Path.of("/lib"))) {
            return libs.anyMatch(path -> path.getFileName().toString().startsWith("ld-musl-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot tell which jar holds " + type.getName());
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad code source for " + type.getName() + ": " + source.getLocation(), e);
        }
    }
}
