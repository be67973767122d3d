package com.instainstru.instructors;

import com.instainstru.accounts.permissions.PermissionRepository;
import com.instainstru.accounts.profile.ProfileFields;
import com.instainstru.accounts.profile.ProfileRepository;
import com.instainstru.accounts.users.AccountCreationService;
import com.instainstru.accounts.users.NewUser;
import com.instainstru.accounts.users.Role;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserLookup;
import com.instainstru.accounts.users.UserRepository;
import com.instainstru.catalog.CatalogBrowseService;
import com.instainstru.catalog.CatalogEntry;
import com.instainstru.catalog.CatalogRepository;
import com.instainstru.instructors.golive.GoLiveRepository;
import com.instainstru.instructors.golive.GoLiveService;
import com.instainstru.instructors.profile.InstructorProfileRepository;
import com.instainstru.instructors.profile.InstructorProfileService;
import com.instainstru.instructors.profile.Verification;
import com.instainstru.instructors.profile.schema.CreateInstructorProfileRequest;
import com.instainstru.instructors.publicprofile.InstructorListings;
import com.instainstru.instructors.publicprofile.PublicProfileService;
import com.instainstru.instructors.services.InstructorOfferingRepository;
import com.instainstru.instructors.services.InstructorOfferingsService;
import com.instainstru.instructors.services.schema.CreateServiceRequest;
import com.instainstru.instructors.services.schema.FormatPriceRequest;
import com.instainstru.instructors.services.schema.InstructorServiceResponse;
import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.redis.RedisConnection;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The catalog and instructor services wired by hand over this run's database, as CDI wires them. */
public final class InstructorsTestKit {

    public static final String BIO = "Juilliard-trained pianist teaching all ages for ten years.";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    public final TestPlatform platform = new TestPlatform(clock);
    public final UserRepository userRows = new UserRepository(platform.jdbc);
    public final UserLookup users = new UserLookup(userRows);
    public final AccountCreationService accounts = new AccountCreationService(userRows,
            new PermissionRepository(platform.jdbc), platform.tx, platform.ids, clock);
    public final ProfileRepository accountProfiles = new ProfileRepository(platform.jdbc);
    public final Cache cache = new Cache(new RedisConnection("redis://127.0.0.1:6379", Duration.ofMillis(250)),
            platform.json, platform.tx, clock);
    public final InstructorListings listings = new InstructorListings(cache);
    public final CatalogRepository catalogRows = new CatalogRepository(platform.jdbc);
    public final CatalogBrowseService catalog = new CatalogBrowseService(catalogRows, cache);
    public final InstructorProfileRepository profileRows = new InstructorProfileRepository(platform.jdbc);
    public final InstructorProfileService profiles =
            new InstructorProfileService(profileRows, users, listings, platform.tx, platform.ids, clock);
    public final InstructorOfferingRepository offeringRows = new InstructorOfferingRepository(platform.jdbc);
    public final InstructorOfferingsService offerings = new InstructorOfferingsService(offeringRows, profileRows,
            profiles, catalogRows, listings, platform.tx, platform.ids, clock);
    public final GoLiveService goLive = new GoLiveService(profiles, profileRows, offeringRows,
            new GoLiveRepository(platform.jdbc), users, listings, platform.tx, platform.ids, clock);
    public final PublicProfileService publicProfiles = new PublicProfileService(profileRows, offeringRows, users, cache);

    /** A new instructor user (unique email) without an instructor profile. */
    public User instructorUser() {
        return accounts.create(new NewUser("instructor-" + UUID.randomUUID() + "@example.test", "sarah", "connor",
                null, "America/New_York", "not-a-real-hash", true), Role.INSTRUCTOR);
    }

    /** A new instructor with a profile. */
    public User instructor() {
        User user = instructorUser();
        profiles.create(user.id(), new CreateInstructorProfileRequest(BIO, 10));
        return user;
    }

    public CatalogEntry catalogService(String slug) {
        return catalogRows.serviceBySlug(slug).orElseThrow();
    }

    public static FormatPriceRequest price(String format, int hourlyRateCents) {
        return new FormatPriceRequest(format, hourlyRateCents);
    }

    public static CreateServiceRequest offer(String catalogServiceId, List<Integer> durations,
            FormatPriceRequest... prices) {
        return new CreateServiceRequest(catalogServiceId, "Patient, structured lessons", null, durations,
                List.of("teens", "adults"), null, List.of(prices));
    }

    public InstructorServiceResponse offerPiano(String instructorId, FormatPriceRequest... prices) {
        return offerings.create(instructorId, offer(catalogService("piano").id(), List.of(30, 60), prices));
    }

    /** Every go-live prerequisite met: the verifications later capabilities record, and a verified phone. */
    public void verifyEverything(String userId) {
        profileRows.recordVerification(userId, new Verification(clock.instant(), true, "passed", false),
                clock.instant());
        verifyPhone(userId);
    }

    public void verifyPhone(String userId) {
        User user = users.require(userId);
        accountProfiles.update(userId, new ProfileFields(user.firstName(), user.lastName(), "+12125550100", true,
                user.timeZone()), clock.instant());
    }
}
