package com.instainstru.http.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that anyone may call (health, login, registration, webhooks that verify their
 * own signatures). The reason says why, for reviewers. A valid access token still identifies the caller;
 * an invalid one is ignored.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicEndpoint {

    String reason();
}
