package com.instainstru.accounts.verification;

import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.accounts.verification.schema.EmailVerificationTokenResponse;
import com.instainstru.notifications.email.OutgoingEmailService;
import com.instainstru.platform.errors.RateLimitedException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.platform.ratelimit.WindowLimit;
import com.instainstru.platform.security.OpaqueTokens;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pre-registration email verification (reference §2): a 6-digit code by email (valid 5 minutes; at most 3
 * sends per address per 10 minutes and 20 per source address per hour), exchanged for an opaque token valid
 * 15 minutes that registration spends once. Five wrong codes within 10 minutes lock the address for 10
 * minutes. An address that already has an account gets a "you already have an account" email instead of a
 * code, and the caller sees the same answer either way.
 */
@ApplicationScoped
public class EmailVerificationService {

    public static final Duration CODE_TTL = Duration.ofMinutes(5);
    public static final Duration TOKEN_TTL = Duration.ofMinutes(15);
    public static final WindowLimit SENDS_PER_EMAIL = new WindowLimit(3, Duration.ofMinutes(10));
    public static final int DEFAULT_SENDS_PER_ADDRESS_PER_HOUR = 20;
    static final int MAX_FAILURES = 5;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);
    static final Duration LOCK = Duration.ofMinutes(10);
    static final int CODE_DIGITS = 6;

    private static final Pattern CODE = Pattern.compile("[0-9]{" + CODE_DIGITS + "}");

    private final EmailVerificationRepository codes;
    private final UserRepository users;
    private final AdvisoryLockRepository locks;
    private final OutgoingEmailService emails;
    private final AccountEmails accountEmails;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final WindowLimit sendsPerAddress;

    public EmailVerificationService(EmailVerificationRepository codes, UserRepository users,
            AdvisoryLockRepository locks, OutgoingEmailService emails, AccountEmails accountEmails, Transactions tx,
            IdGenerator ids, Clock clock,
            @ConfigProperty(name = "instainstru.auth.email-verification.sends-per-address-per-hour",
                    defaultValue = "" + DEFAULT_SENDS_PER_ADDRESS_PER_HOUR) int sendsPerAddressPerHour) {
        this.codes = codes;
        this.users = users;
        this.locks = locks;
        this.emails = emails;
        this.accountEmails = accountEmails;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.sendsPerAddress = new WindowLimit(sendsPerAddressPerHour, Duration.ofHours(1));
    }

    /** Emails a code (or the "already have an account" notice). 429 past the send limits. */
    public void sendCode(String email, String sourceIp) {
        FieldRules.check().email("email", email).orThrow();
        String address = email.strip();
        tx.run(() -> {
            locks.lock(lockKey(address));
            Instant now = clock.instant();
            SENDS_PER_EMAIL.enforce(codes.sendsToEmailSince(address, SENDS_PER_EMAIL.windowStart(now)), now,
                    "Too many verification emails for this address; try again later");
            sendsPerAddress.enforce(codes.sendsFromAddressSince(sourceIp, sendsPerAddress.windowStart(now)), now,
                    "Too many verification emails from this network; try again later");
            if (users.emailExists(address)) {
                codes.insertSend(ids.newId(), address, null, sourceIp, now, now);
                emails.queue(accountEmails.accountAlreadyExists(address));
            } else {
                String code = OpaqueTokens.newNumericCode(CODE_DIGITS);
                codes.insertSend(ids.newId(), address, OpaqueTokens.sha256(code), sourceIp, now, now.plus(CODE_TTL));
                emails.queue(accountEmails.verificationCode(address, code, CODE_TTL));
            }
        });
    }

    /**
     * Exchanges the latest code sent to {@code email} for an email-verification token. A wrong, expired or
     * used code is a 400 on {@code code}; while the address is locked, 429 with the time left.
     */
    public EmailVerificationTokenResponse verifyCode(String email, String code) {
        FieldRules.check().email("email", email)
                .matches("code", code, CODE, "format", "code must be " + CODE_DIGITS + " digits")
                .orThrow();
        String address = email.strip();
        // Failures must be recorded even though the answer is an error: decide in the transaction, throw after.
        Attempt attempt = tx.call(() -> attempt(address, code));
        return switch (attempt.result()) {
            case VERIFIED -> new EmailVerificationTokenResponse(attempt.token(), attempt.until());
            case LOCKED -> throw new RateLimitedException("Too many wrong codes for this address; try again later",
                    WindowLimit.retryAfter(clock.instant(), attempt.until()));
            case WRONG -> throw ValidationException.of("code", "invalid",
                    "The code is wrong or has expired. Check the latest email or ask for a new code.");
        };
    }

    /**
     * Spends an email-verification token for {@code email} inside the caller's transaction: a 400 on
     * {@code emailVerificationToken} when it is unknown, for another address, used or expired.
     */
    public void spendToken(String token, String email) {
        if (token == null || !codes.spendToken(OpaqueTokens.sha256(token), email.strip(), clock.instant())) {
            throw ValidationException.of("emailVerificationToken", "invalid",
                    "The email verification has expired or was already used. Verify your email again.");
        }
    }

    private Attempt attempt(String address, String code) {
        locks.lock(lockKey(address));
        Instant now = clock.instant();
        Optional<Instant> locked = lockedUntil(codes.failuresSince(address, now.minus(FAILURE_WINDOW).minus(LOCK)), now);
        if (locked.isPresent()) {
            return new Attempt(Result.LOCKED, null, locked.get());
        }
        Optional<VerificationCode> latest = codes.latestSend(address);
        if (latest.isPresent() && latest.get().accepts(OpaqueTokens.sha256(code), now)) {
            String token = OpaqueTokens.newToken();
            Instant expiresAt = now.plus(TOKEN_TTL);
            codes.consumeCode(latest.get().id(), now, OpaqueTokens.sha256(token), expiresAt);
            return new Attempt(Result.VERIFIED, token, expiresAt);
        }
        codes.recordFailure(ids.newId(), address, now);
        return new Attempt(Result.WRONG, null, null);
    }

    /**
     * The end of the lock, if one is in force: each failure that is the fifth within {@link #FAILURE_WINDOW}
     * locks the address for {@link #LOCK} from that failure. {@code failures} ascending.
     */
    static Optional<Instant> lockedUntil(List<Instant> failures, Instant now) {
        Instant until = null;
        for (int i = MAX_FAILURES - 1; i < failures.size(); i++) {
            Instant first = failures.get(i - MAX_FAILURES + 1);
            if (Duration.between(first, failures.get(i)).compareTo(FAILURE_WINDOW) < 0) {
                until = failures.get(i).plus(LOCK);
            }
        }
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    private static String lockKey(String address) {
        return "email-verification:" + address.toLowerCase(Locale.ROOT);
    }

    private enum Result { VERIFIED, WRONG, LOCKED }

    private record Attempt(Result result, String token, Instant until) {
    }
}
