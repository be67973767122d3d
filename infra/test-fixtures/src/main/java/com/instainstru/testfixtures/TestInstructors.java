package com.instainstru.testfixtures;

import com.instainstru.accounts.profile.ProfileFields;
import com.instainstru.accounts.profile.ProfileRepository;
import com.instainstru.accounts.users.User;
import com.instainstru.accounts.users.UserLookup;
import com.instainstru.catalog.CatalogEntry;
import com.instainstru.catalog.CatalogRepository;
import com.instainstru.instructors.golive.GoLiveService;
import com.instainstru.instructors.profile.InstructorProfileRepository;
import com.instainstru.instructors.profile.InstructorProfileService;
import com.instainstru.instructors.profile.Verification;
import com.instainstru.instructors.profile.schema.CreateInstructorProfileRequest;
import com.instainstru.instructors.services.InstructorOfferingsService;
import com.instainstru.instructors.services.schema.CreateServiceRequest;
import com.instainstru.instructors.services.schema.FormatPriceRequest;
import com.instainstru.instructors.services.schema.InstructorServiceResponse;
import com.instainstru.testfixtures.TestAccounts.TestUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Instructors for function tests, made through the real services: a signed-in instructor user, a profile,
 * one service of the catalog (by slug) with the given format prices, and optionally live. Going live uses
 * the real go-live rules after recording the verifications that later capabilities will own (identity,
 * Stripe Connect, background check passed, verified phone): an instructor offering {@code student_location}
 * or {@code instructor_location} needs a service area or a teaching location first (see
 * {@link #makeLive}).
 */
@ApplicationScoped
public class TestInstructors {

    public static final String BIO = "Conservatory-trained teacher with years of private lessons.";
    public static final List<Integer> DURATIONS = List.of(30, 60, 90);

    private final TestAccounts accounts;
    private final InstructorProfileService profiles;
    private final InstructorOfferingsService offerings;
    private final GoLiveService goLive;
    private final InstructorProfileRepository profileRows;
    private final ProfileRepository accountProfiles;
    private final CatalogRepository catalog;
    private final UserLookup users;
    private final Clock clock;

    public TestInstructors(TestAccounts accounts, InstructorProfileService profiles,
            InstructorOfferingsService offerings, GoLiveService goLive, InstructorProfileRepository profileRows,
            ProfileRepository accountProfiles, CatalogRepository catalog, UserLookup users, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.offerings = offerings;
        this.goLive = goLive;
        this.profileRows = profileRows;
        this.accountProfiles = accountProfiles;
        this.catalog = catalog;
        this.users = users;
        this.clock = clock;
    }

    public static FormatPriceRequest online(int hourlyRateCents) {
        return new FormatPriceRequest("online", hourlyRateCents);
    }

    /** The instructor travels to the student. */
    public static FormatPriceRequest atStudent(int hourlyRateCents) {
        return new FormatPriceRequest("student_location", hourlyRateCents);
    }

    /** The student comes to the instructor. */
    public static FormatPriceRequest atInstructor(int hourlyRateCents) {
        return new FormatPriceRequest("instructor_location", hourlyRateCents);
    }

    /** An instructor with a profile and no service. */
    public TestUser withProfile() {
        TestUser user = accounts.instructor();
        profiles.create(user.id(), new CreateInstructorProfileRequest(BIO, 8));
        return user;
    }

    /** Profile and one service (30/60/90 minutes, every age group the catalog allows), not live. */
    public TestInstructor draft(String catalogSlug, FormatPriceRequest... prices) {
        TestUser user = withProfile();
        return new TestInstructor(user, addService(user.id(), catalogSlug, prices));
    }

    /** As {@link #draft}, then live. Online-only prices go live without service areas or places. */
    public TestInstructor live(String catalogSlug, FormatPriceRequest... prices) {
        TestInstructor instructor = draft(catalogSlug, prices);
        makeLive(instructor.id());
        return instructor;
    }

    public InstructorServiceResponse addService(String instructorId, String catalogSlug,
            FormatPriceRequest... prices) {
        CatalogEntry service = catalog.serviceBySlug(catalogSlug)
                .orElseThrow(() -> new IllegalArgumentException("no catalog service " + catalogSlug));
        return offerings.create(instructorId, new CreateServiceRequest(service.id(), null, null, DURATIONS,
                service.eligibleAgeGroups(), null, List.of(prices)));
    }

    /** Records every verification go-live needs, then goes live through the go-live rules. */
    public void makeLive(String instructorId) {
        recordVerifications(instructorId);
        goLive.goLive(instructorId);
    }

    /** Identity, Stripe Connect, background check passed, no name mismatch, verified phone. */
    public void recordVerifications(String instructorId) {
        profileRows.recordVerification(instructorId, new Verification(clock.instant(), true, "passed", false),
                clock.instant());
        User user = users.require(instructorId);
        accountProfiles.update(instructorId, new ProfileFields(user.firstName(), user.lastName(), "+12125550123",
                true, user.timeZone()), clock.instant());
    }

    public record TestInstructor(TestUser user, InstructorServiceResponse service) {

        public String id() {
            return user.id();
        }

        public String bearer() {
            return user.bearer();
        }

        public String serviceId() {
            return service.id();
        }
    }
}
