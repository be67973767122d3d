package com.instainstru.accounts.profile;

import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.profile.schema.ProfileResponse;
import com.instainstru.accounts.profile.schema.ProfileUpdateRequest;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserLookup;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The signed-in user's own profile: read it in full, change names, phone and time zone. */
@ApplicationScoped
public class ProfileService {

    static final int NAME_MAX = 50;

    private static final Set<String> TIME_ZONES = ZoneId.getAvailableZoneIds();

    private final UserLookup users;
    private final ProfileRepository profiles;
    private final PermissionRepository permissions;
    private final Transactions tx;
    private final Clock clock;

    public ProfileService(UserLookup users, ProfileRepository profiles, PermissionRepository permissions,
            Transactions tx, Clock clock) {
        this.users = users;
        this.profiles = profiles;
        this.permissions = permissions;
        this.tx = tx;
        this.clock = clock;
    }

    public ProfileResponse profile(String userId) {
        return view(users.require(userId));
    }

    /**
     * Applies the fields present in {@code changes}; 400 naming every invalid field, before anything is
     * written. A changed phone number is unverified until verified again.
     */
    public ProfileResponse update(String userId, ProfileUpdateRequest changes) {
        Optional<String> phone = validate(changes);
        return tx.call(() -> {
            User user = users.requireForUpdate(userId);
            String newPhone = changes.phone() == null ? user.phone() : phone.orElse(null);
            boolean samePhone = Objects.equals(newPhone, user.phone());
            profiles.update(userId, new ProfileFields(
                    changes.firstName() == null ? user.firstName() : changes.firstName().strip(),
                    changes.lastName() == null ? user.lastName() : changes.lastName().strip(),
                    newPhone,
                    samePhone && user.phoneVerified(),
                    changes.timeZone() == null ? user.timeZone() : changes.timeZone()), clock.instant());
            return view(users.require(userId));
        });
    }

    /** The normalized phone when one is given (empty for "" or absent). */
    private static Optional<String> validate(ProfileUpdateRequest changes) {
        FieldRules rules = FieldRules.check();
        name(rules, "firstName", changes.firstName());
        name(rules, "lastName", changes.lastName());
        Optional<String> phone = Optional.empty();
        if (changes.phone() != null && !changes.phone().isEmpty()) {
            phone = PhoneNumbers.normalize(changes.phone());
            rules.rule(phone.isPresent(), "phone", "phone_number",
                    "phone must be an international number such as +12125550100");
        }
        if (changes.timeZone() != null) {
            rules.rule(TIME_ZONES.contains(changes.timeZone()), "timeZone", "time_zone",
                    "timeZone must be an IANA time zone such as America/New_York");
        }
        rules.orThrow();
        return phone;
    }

    private static void name(FieldRules rules, String field, String value) {
        if (value == null) {
            return;
        }
        rules.text(field, value, 1, NAME_MAX);
        rules.rule(value.codePoints().noneMatch(Character::isISOControl), field, "characters",
                field + " must not contain control characters");
    }

    private ProfileResponse view(User user) {
        return new ProfileResponse(user.id(), user.email(), user.firstName(), user.lastName(), user.phone(),
                user.phoneVerified(), user.emailVerified(), user.timeZone(),
                permissions.roles(user.id()).stream().map(Role::value).toList(),
                permissions.effectivePermissionNames(user.id()), user.status().value(), user.totpEnabled(),
                user.createdAt());
    }
}
