package com.instainstru.instructors.golive;

import com.instainstru.accounts.users.UserLookup;
import com.instainstru.instructors.profile.InstructorProfile;
import com.instainstru.instructors.profile.InstructorProfileRepository;
import com.instainstru.instructors.profile.InstructorProfileService;
import com.instainstru.instructors.profile.LifecycleEvent;
import com.instainstru.instructors.profile.Verification;
import com.instainstru.instructors.profile.schema.InstructorProfileResponse;
import com.instainstru.instructors.publicprofile.InstructorListings;
import com.instainstru.instructors.services.InstructorOffering;
import com.instainstru.instructors.services.InstructorOfferingRepository;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Going live (reference §7): all prerequisites at once (422 {@code GO_LIVE_PREREQUISITES} with the
 * {@code missing} list), then the name-mismatch block and the coverage each offered format needs.
 * Going live again while live changes nothing.
 */
@ApplicationScoped
public class GoLiveService {

    private final InstructorProfileService profiles;
    private final InstructorProfileRepository profileRows;
    private final InstructorOfferingRepository offerings;
    private final GoLiveRepository coverage;
    private final UserLookup users;
    private final InstructorListings listings;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public GoLiveService(InstructorProfileService profiles, InstructorProfileRepository profileRows,
            InstructorOfferingRepository offerings, GoLiveRepository coverage, UserLookup users, InstructorListings listings,
            Transactions tx, IdGenerator ids, Clock clock) {
        this.profiles = profiles;
        this.profileRows = profileRows;
        this.offerings = offerings;
        this.coverage = coverage;
        this.users = users;
        this.listings = listings;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public InstructorProfileResponse goLive(String instructorId) {
        return tx.call(() -> {
            InstructorProfile profile = profiles.requireForUpdate(instructorId);
            if (profile.live()) {
                return profiles.view(profile);
            }
            List<InstructorOffering> active = offerings.active(instructorId);
            List<String> missing = missing(profile, !active.isEmpty(), users.require(instructorId).phoneVerified());
            if (!missing.isEmpty()) {
                throw new BusinessRuleException("GO_LIVE_PREREQUISITES",
                        "Before going live, complete: " + String.join(", ", missing), Map.of("missing", missing));
            }
            if (profile.verification().nameMismatch()) {
                throw new BusinessRuleException("NAME_MISMATCH_BLOCK",
                        "The name on your identity verification does not match your background check; contact support");
            }
            if (active.stream().anyMatch(InstructorOffering::offersTravel) && !coverage.hasServiceAreas(instructorId)) {
                throw new BusinessRuleException("NO_SERVICE_AREAS",
                        "You offer lessons at students' locations: choose the neighborhoods you travel to first");
            }
            if (active.stream().anyMatch(InstructorOffering::offersAtLocation)
                    && !coverage.hasTeachingLocation(instructorId)) {
                throw new BusinessRuleException("NO_TEACHING_LOCATIONS",
                        "You offer lessons at your location: add a teaching location first");
            }
            Instant now = clock.instant();
            profileRows.markLive(instructorId, now);
            profileRows.recordEvent(ids.newId(), instructorId, LifecycleEvent.WENT_LIVE, now);
            listings.changed(instructorId);
            return profiles.view(profiles.require(instructorId));
        });
    }

    /** In the documented order: skills, identity, stripe_connect, background_check, phone_verification. */
    static List<String> missing(InstructorProfile profile, boolean hasActiveService, boolean phoneVerified) {
        Verification v = profile.verification();
        List<String> missing = new ArrayList<>();
        if (!hasActiveService) {
            missing.add("skills");
        }
        if (v.identityVerifiedAt() == null) {
            missing.add("identity");
        }
        if (!v.stripeConnectReady()) {
            missing.add("stripe_connect");
        }
        if (!v.backgroundCheckPassed()) {
            missing.add("background_check");
        }
        if (!phoneVerified) {
            missing.add("phone_verification");
        }
        return missing;
    }
}
