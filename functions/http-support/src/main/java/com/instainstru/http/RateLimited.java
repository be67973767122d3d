package com.instainstru.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource method (or every method of a resource class) in a rate-limit bucket, e.g.
 * {@code @RateLimited("financial")}. Without it, GET/HEAD/OPTIONS use {@code read} and other methods
 * {@code write}; a per-route override in the database wins over both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    /** The bucket name, e.g. {@code financial}, {@code conv_msg}, {@code auth_refresh}. */
    String value();
}
