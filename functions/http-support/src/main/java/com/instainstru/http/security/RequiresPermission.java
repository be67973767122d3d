package com.instainstru.http.security;

import com.instainstru.platform.security.Permission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a resource method requires of its caller: anonymous callers get 401, callers without it
 * 403. Ownership of the resource is the service's check. Every resource method carries this or
 * {@link PublicEndpoint}; the build's guards fail otherwise.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {

    Permission value();
}
