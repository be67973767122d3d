package com.instainstru.testfixtures;

import com.instainstru.platform.security.Permission;
import java.util.Optional;

/**
 * One HTTP route of a function as its resource method declares it: method, path template (API Gateway
 * syntax, e.g. {@code /api/v1/users/{userId}}) and the access it requires.
 */
public record Route(String method, String path, Optional<Permission> permission, String resourceMethod) {

    public boolean isPublic() {
        return permission.isEmpty();
    }

    /** API Gateway's route key, e.g. {@code "GET /api/v1/users/me"}. */
    public String routeKey() {
        return method + " " + path;
    }

    /** The path with every {@code {parameter}} replaced by {@code value}. */
    public String pathWith(String value) {
        return path.replaceAll("\\{[^}]+}", value);
    }

    @Override
    public String toString() {
        return routeKey() + " (" + permission.map(Permission::value).orElse("public") + ")";
    }
}
