package com.instainstru.accounts.emails;

import com.instainstru.accounts.users.User;
import com.instainstru.notifications.email.EmailBody;
import com.instainstru.notifications.email.OutgoingEmail;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts capability's emails (reference §18: auth and security templates). Security notices go to
 * the account's address whatever the user's notification preferences say.
 */
@ApplicationScoped
public class AccountEmails {

    public static final String VERIFICATION_CODE = "email_verification_code";
    public static final String ACCOUNT_EXISTS = "account_exists_notice";
    public static final String WELCOME = "welcome";
    public static final String PASSWORD_RESET = "password_reset";
    public static final String PASSWORD_CHANGED = "password_changed";
    public static final String TWO_FACTOR_CHANGED = "two_factor_changed";

    private final String frontend;

    public AccountEmails(@ConfigProperty(name = "instainstru.frontend.base-url") String frontendBaseUrl) {
        this.frontend = frontendBaseUrl.replaceAll("/+$", "");
    }

    public OutgoingEmail verificationCode(String email, String code, Duration validFor) {
        return new OutgoingEmail(email, "Your iNSTAiNSTRU verification code", EmailBody.builder()
                .paragraph("Use this code to confirm your email address and finish signing up:")
                .highlight(code)
                .paragraph("It expires in " + validFor.toMinutes() + " minutes. If you did not try to sign up, "
                        + "you can ignore this email.")
                .build(), VERIFICATION_CODE);
    }

    /** Sent instead of a code when the address already has an account, so sign-up never reveals that. */
    public OutgoingEmail accountAlreadyExists(String email) {
        return new OutgoingEmail(email, "You already have an iNSTAiNSTRU account", EmailBody.builder()
                .paragraph("Someone, hopefully you, tried to sign up with this email address. It already has an "
                        + "iNSTAiNSTRU account, so no new account was created.")
                .link("Sign in", frontend + "/login")
                .link("Forgot your password? Reset it", frontend + "/forgot-password")
                .paragraph("If this was not you, you can ignore this email.")
                .build(), ACCOUNT_EXISTS);
    }

    public OutgoingEmail welcome(User user) {
        return new OutgoingEmail(user.email(), "Welcome to iNSTAiNSTRU, " + user.firstName() + "!", EmailBody.builder()
                .paragraph("Hi " + user.firstName() + ",")
                .paragraph("Your iNSTAiNSTRU account is ready. Find a vetted instructor near you and book your "
                        + "first lesson instantly.")
                .link("Get started", frontend + "/")
                .build(), WELCOME);
    }

    public OutgoingEmail passwordReset(User user, String token, Duration validFor) {
        String link = frontend + "/reset-password?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return new OutgoingEmail(user.email(), "Reset your iNSTAiNSTRU password", EmailBody.builder()
                .paragraph("Hi " + user.firstName() + ",")
                .paragraph("We received a request to reset your password. The link works once and expires in "
                        + validFor.toMinutes() + " minutes.")
                .link("Choose a new password", link)
                .paragraph("If you did not ask for this, ignore this email: your password stays as it is.")
                .build(), PASSWORD_RESET);
    }

    public OutgoingEmail passwordChanged(User user) {
        return new OutgoingEmail(user.email(), "Your iNSTAiNSTRU password was changed", EmailBody.builder()
                .paragraph("Hi " + user.firstName() + ",")
                .paragraph("The password of your iNSTAiNSTRU account was just changed, and every device was "
                        + "signed out.")
                .paragraph("If this was not you, reset your password right away and contact support.")
                .link("Reset your password", frontend + "/forgot-password")
                .build(), PASSWORD_CHANGED);
    }

    /**
     * Security notice (sent whatever the user's notification preferences): {@code change} says what happened,
     * e.g. "Two-factor authentication was turned on".
     */
    public OutgoingEmail twoFactorChanged(User user, String change) {
        return new OutgoingEmail(user.email(), "Your iNSTAiNSTRU sign-in security changed", EmailBody.builder()
                .paragraph("Hi " + user.firstName() + ",")
                .paragraph(change + " on your iNSTAiNSTRU account.")
                .paragraph("If this was not you, reset your password right away and contact support.")
                .link("Reset your password", frontend + "/forgot-password")
                .build(), TWO_FACTOR_CHANGED);
    }
}
