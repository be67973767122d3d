package com.instainstru.instructors.publicprofile;

import com.instainstru.accounts.users.AccountStatus;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserLookup;
import com.instainstru.instructors.profile.InstructorProfile;
import com.instainstru.instructors.profile.InstructorProfileRepository;
import com.instainstru.instructors.publicprofile.schema.PublicInstructorProfileResponse;
import com.instainstru.instructors.publicprofile.schema.PublicServiceView;
import com.instainstru.instructors.services.InstructorOfferingRepository;
import com.instainstru.instructors.services.schema.FormatPriceView;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.privacy.PublicName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The public instructor profile: only live instructors exist publicly; anything else (unknown, not live,
 * malformed id, paused or deactivated account) is the same 404. Cached per instructor in {@link CacheFamilies#INSTRUCTOR_PROFILE}; every
 * write to the profile or its services invalidates the entry after commit. An account status change (owned
 * by accounts) is not invalidated here and shows within the family's TTL (5 minutes).
 */
@ApplicationScoped
public class PublicProfileService {

    private final InstructorProfileRepository profiles;
    private final InstructorOfferingRepository offerings;
    private final UserLookup users;
    private final Cache cache;

    public PublicProfileService(InstructorProfileRepository profiles, InstructorOfferingRepository offerings,
            UserLookup users, Cache cache) {
        this.profiles = profiles;
        this.offerings = offerings;
        this.users = users;
        this.cache = cache;
    }

    public PublicInstructorProfileResponse profile(String instructorId) {
        if (!IdGenerator.isUlid(instructorId)) {
            throw notFound(instructorId);
        }
        PublicInstructorProfileResponse profile = cache.getOrLoad(CacheFamilies.INSTRUCTOR_PROFILE, instructorId,
                PublicInstructorProfileResponse.class, () -> load(instructorId).orElse(null));
        if (profile == null) {
            throw notFound(instructorId);
        }
        return profile;
    }

    private Optional<PublicInstructorProfileResponse> load(String instructorId) {
        return profiles.find(instructorId).filter(InstructorProfile::live).flatMap(p -> {
            User user = users.require(instructorId);
            if (user.status() != AccountStatus.ACTIVE) {
                return Optional.empty(); // paused (suspended) or deactivated: not public
            }
            return Optional.of(new PublicInstructorProfileResponse(p.userId(), PublicName.of(user.firstName(), user.lastName()),
                    p.bio(), p.yearsExperience(), p.foundingInstructor(),
                    offerings.active(instructorId).stream().map(o -> new PublicServiceView(o.id(),
                            o.catalogServiceId(), o.catalogName(), o.catalogSlug(), o.description(), o.requirements(),
                            o.durationOptions(), o.ageGroups(), o.skillLevels(), o.prices().stream()
                                    .map(f -> new FormatPriceView(f.format().value(), f.hourlyRateCents())).toList()))
                            .toList()));
        });
    }

    private static ResourceNotFoundException notFound(String instructorId) {
        return new ResourceNotFoundException("INSTRUCTOR_NOT_FOUND", "No instructor " + instructorId);
    }
}
