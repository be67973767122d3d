package com.instainstru.testfixtures;

import com.instainstru.platform.security.Permission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every route of a function, read from its compiled resource classes (the classes directory of the
 * package), so that a test built on it covers a new route without being edited. The access annotations of
 * http-support are read by name: http-support's own tests use these fixtures.
 */
public final class RouteCatalog {

    private static final String REQUIRES_PERMISSION = "com.instainstru.http.security.RequiresPermission";
    private static final String PUBLIC_ENDPOINT = "com.instainstru.http.security.PublicEndpoint";
    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(jakarta.ws.rs.GET.class,
            jakarta.ws.rs.POST.class, jakarta.ws.rs.PUT.class, jakarta.ws.rs.PATCH.class, jakarta.ws.rs.DELETE.class);

    private RouteCatalog() {
    }

    /** The routes of every {@code @Path} class in {@code packageName} (not its sub-packages). */
    public static List<Route> of(String packageName) {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : classesIn(packageName)) {
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                httpMethod(method).ifPresent(verb -> routes.add(route(verb, classPath.value(), method)));
            }
        }
        routes.sort(Comparator.comparing(Route::routeKey));
        return routes;
    }

    private static Route route(String verb, String classPath, Method method) {
        jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
        String joined = ("/" + classPath + "/" + (methodPath == null ? "" : methodPath.value())).replaceAll("/+", "/");
        String path = joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
        Optional<Annotation> required = annotation(method, REQUIRES_PERMISSION);
        if (required.isEmpty() && annotation(method, PUBLIC_ENDPOINT).isEmpty()) {
            throw new IllegalStateException(method + " declares neither @RequiresPermission nor @PublicEndpoint");
        }
        return new Route(verb, path, required.map(RouteCatalog::permission),
                method.getDeclaringClass().getSimpleName() + "." + method.getName());
    }

    private static Optional<Annotation> annotation(Method method, String typeName) {
        return Stream.of(method.getAnnotations()).filter(a -> a.annotationType().getName().equals(typeName))
                .findFirst();
    }

    private static Permission permission(Annotation requiresPermission) {
        try {
            return (Permission) requiresPermission.annotationType().getMethod("value").invoke(requiresPermission);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> httpMethod(Method method) {
        return HTTP_METHODS.stream().filter(method::isAnnotationPresent).findFirst().map(Class::getSimpleName);
    }

    /** Classes of the package in every classes directory on the class path (main and test classes). */
    private static List<Class<?>> classesIn(String packageName) {
        String folder = packageName.replace('.', '/');
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (!"file".equals(url.getProtocol())) {
                    continue;
                }
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = file.getFileName().toString().replace(".class", "");
                        classes.add(Class.forName(packageName + "." + name, false, loader));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("no classes of package " + packageName + " in a classes directory");
        }
        return classes;
    }
}
