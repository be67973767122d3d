package com.instainstru.accounts.registration;

import com.instainstru.accounts.credentials.PasswordHasher;
import com.instainstru.accounts.credentials.PasswordPolicy;
import com.instainstru.accounts.emails.AccountEmails;
import com.instainstru.accounts.registration.schema.RegisterRequest;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.verification.EmailVerificationService;
import com.instainstru.notifications.email.OutgoingEmailService;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Registration (reference §2): a verified email (the single-use token from email verification), a password
 * that passes the policy, names, optional phone and time zone, and a role that is student or instructor,
 * never admin. The account is created with its email verified and a welcome email queued, all in one
 * transaction. An address that already has an account gets the same answer and nothing is created.
 */
@ApplicationScoped
public class RegistrationService {

    public static final String DEFAULT_TIME_ZONE = "America/New_York";
    static final int MAX_NAME = 50;
    static final int MAX_TOKEN = 200;

    private static final Logger LOG = Logger.getLogger(RegistrationService.class);
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Map<String, Role> SELF_SERVICE_ROLES = Map.of(
            Role.STUDENT.value(), Role.STUDENT, Role.INSTRUCTOR.value(), Role.INSTRUCTOR);

    private final EmailVerificationService verification;
    private final AccountCreationService accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final OutgoingEmailService emails;
    private final AccountEmails accountEmails;
    private final Transactions tx;

    public RegistrationService(EmailVerificationService verification, AccountCreationService accounts,
            PasswordPolicy passwordPolicy, PasswordHasher hasher, OutgoingEmailService emails,
            AccountEmails accountEmails, Transactions tx) {
        this.verification = verification;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.emails = emails;
        this.accountEmails = accountEmails;
        this.tx = tx;
    }

    public void register(RegisterRequest request) {
        validate(request);
        String email = request.email().strip();
        passwordPolicy.check(request.password(), email);
        // Hash before the transaction: Argon2id takes tens of milliseconds and needs no lock.
        NewUser user = new NewUser(email, request.firstName().strip(), request.lastName().strip(),
                blankToNull(request.phone()), timeZone(request.timeZone()), hasher.hash(request.password()), true);
        Role role = role(request.role());
        tx.run(() -> {
            verification.spendToken(request.emailVerificationToken(), email);
            try {
                User created = accounts.create(user, role);
                emails.queue(accountEmails.welcome(created));
            } catch (ConflictException taken) {
                if (!"EMAIL_TAKEN".equals(taken.code())) {
                    throw taken;
                }
                // The same answer as a success, so registration never reveals that the address has an account.
                LOG.info("registration for an address that already has an account: nothing created");
            }
        });
    }

    private static void validate(RegisterRequest request) {
        FieldRules.requireBody(request);
        FieldRules.check()
                .email("email", request.email())
                .required("password", request.password())
                .text("firstName", request.firstName(), 1, MAX_NAME)
                .text("lastName", request.lastName(), 1, MAX_NAME)
                .rule(isBlank(request.phone()) || E164.matcher(request.phone().strip()).matches(), "phone", "e164",
                        "phone must be in international format, e.g. +12125551234")
                .rule(isBlank(request.timeZone()) || isZone(request.timeZone().strip()), "timeZone", "time_zone",
                        "timeZone must be an IANA time zone, e.g. America/New_York")
                .rule(isBlank(request.role()) || SELF_SERVICE_ROLES.containsKey(request.role().strip()), "role",
                        "one_of", "role must be student or instructor")
                .text("emailVerificationToken", request.emailVerificationToken(), 1, MAX_TOKEN)
                .orThrow();
    }

    private static Role role(String role) {
        return isBlank(role) ? Role.STUDENT : SELF_SERVICE_ROLES.get(role.strip());
    }

    private static String timeZone(String zone) {
        return isBlank(zone) ? DEFAULT_TIME_ZONE : zone.strip();
    }

    /** Region ids only (America/New_York), not offsets such as +02:00 or abbreviations. */
    private static boolean isZone(String zone) {
        return ZoneId.getAvailableZoneIds().contains(zone);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
