package com.instainstru.instructors.services;

import com.instainstru.catalog.CatalogEntry;
import com.instainstru.catalog.CatalogRepository;
import com.instainstru.instructors.profile.InstructorProfile;
import com.instainstru.instructors.profile.InstructorProfileRepository;
import com.instainstru.instructors.profile.InstructorProfileService;
import com.instainstru.instructors.profile.LifecycleEvent;
import com.instainstru.instructors.publicprofile.InstructorListings;
import com.instainstru.instructors.services.schema.CreateServiceRequest;
import com.instainstru.instructors.services.schema.FormatPriceView;
import com.instainstru.instructors.services.schema.InstructorServiceListResponse;
import com.instainstru.instructors.services.schema.InstructorServiceResponse;
import com.instainstru.instructors.services.schema.UpdateServiceRequest;
import com.instainstru.catalog.AgeGroups;
import com.instainstru.platform.errors.BusinessRuleException;
import com.instainstru.platform.errors.ConflictException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import com.instainstru.platform.validation.FieldRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The services an instructor offers: catalog service + durations, audiences, levels and one hourly rate
 * per lesson format. Removing one is always a soft delete (bookings will point at it; history keeps its
 * name and prices); the same catalog service can then be offered again as a new row.
 */
@ApplicationScoped
public class InstructorOfferingsService {

    private final InstructorOfferingRepository offerings;
    private final InstructorProfileRepository profileRows;
    private final InstructorProfileService profiles;
    private final CatalogRepository catalog;
    private final InstructorListings listings;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public InstructorOfferingsService(InstructorOfferingRepository offerings, InstructorProfileRepository profileRows,
            InstructorProfileService profiles, CatalogRepository catalog, InstructorListings listings, Transactions tx,
            IdGenerator ids, Clock clock) {
        this.offerings = offerings;
        this.profileRows = profileRows;
        this.profiles = profiles;
        this.catalog = catalog;
        this.listings = listings;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public InstructorServiceListResponse list(String instructorId) {
        profiles.require(instructorId);
        return new InstructorServiceListResponse(offerings.active(instructorId).stream()
                .map(InstructorOfferingsService::view).toList());
    }

    /**
     * 400 for malformed fields; 404 {@code CATALOG_SERVICE_NOT_FOUND}; 422 {@code CATALOG_SERVICE_INACTIVE},
     * {@code NO_LOCATION_OPTIONS}, {@code DUPLICATE_FORMAT_PRICE}, {@code ONLINE_NOT_SUPPORTED},
     * {@code AGE_GROUP_NOT_ELIGIBLE}, {@code PRICE_BELOW_FLOOR}; 409 {@code SERVICE_ALREADY_OFFERED}.
     */
    public InstructorServiceResponse create(String instructorId, CreateServiceRequest request) {
        FieldRules rules = FieldRules.check();
        rules.rule(request.catalogServiceId() != null && IdGenerator.isUlid(request.catalogServiceId()),
                "catalogServiceId", "ulid", "catalogServiceId must be the id of a catalog service");
        List<String> skillLevels = request.skillLevels() == null ? SkillLevels.ALL : request.skillLevels();
        List<FormatPrice> prices = OfferingRules.shape(rules, request.description(), request.requirements(),
                request.durationOptions(), request.ageGroups(), request.skillLevels(), request.formatPrices());
        rules.orThrow();
        CatalogEntry service = catalog.service(request.catalogServiceId())
                .orElseThrow(() -> new ResourceNotFoundException("CATALOG_SERVICE_NOT_FOUND",
                        "No catalog service " + request.catalogServiceId()));
        if (!service.active()) {
            throw new BusinessRuleException("CATALOG_SERVICE_INACTIVE", service.name() + " is no longer offered");
        }
        OfferingRules.againstCatalog(service, request.ageGroups(), prices, request.durationOptions());
        OfferingTerms terms = terms(request.description(), request.requirements(), request.durationOptions(),
                request.ageGroups(), skillLevels, prices);
        return tx.call(() -> {
            InstructorProfile profile = profiles.requireForUpdate(instructorId);
            Instant now = clock.instant();
            String id = ids.newId();
            if (!offerings.insert(id, instructorId, service.id(), terms, now)) {
                throw new ConflictException("SERVICE_ALREADY_OFFERED", "You already offer " + service.name());
            }
            if (!profile.skillsConfigured()) {
                profileRows.setSkillsConfigured(instructorId, true, now);
                profileRows.recordEvent(ids.newId(), instructorId, LifecycleEvent.SERVICES_CONFIGURED, now);
            }
            invalidate(instructorId);
            return view(offerings.find(id).orElseThrow());
        });
    }

    /** The merged result is validated as a whole, exactly as at creation. */
    public InstructorServiceResponse update(String instructorId, String offeringId, UpdateServiceRequest changes) {
        FieldRules.check().optionalText("description", changes.description(), OfferingRules.TEXT_MAX)
                .optionalText("requirements", changes.requirements(), OfferingRules.TEXT_MAX).orThrow();
        return tx.call(() -> {
            profiles.requireForUpdate(instructorId);
            InstructorOffering current = requireOwn(instructorId, offeringId);
            List<Integer> durations = changes.durationOptions() == null ? current.durationOptions()
                    : changes.durationOptions();
            List<String> ageGroups = changes.ageGroups() == null ? current.ageGroups() : changes.ageGroups();
            List<String> skillLevels = changes.skillLevels() == null ? current.skillLevels() : changes.skillLevels();
            FieldRules rules = FieldRules.check();
            List<FormatPrice> prices = OfferingRules.shape(rules, null, null, durations, ageGroups, skillLevels,
                    changes.formatPrices() == null ? List.of() : changes.formatPrices());
            rules.orThrow();
            if (changes.formatPrices() == null) {
                prices = current.prices();
            }
            CatalogEntry service = catalog.service(current.catalogServiceId()).orElseThrow();
            OfferingRules.againstCatalog(service, ageGroups, prices, durations);
            offerings.update(offeringId, terms(
                    changes.description() == null ? current.description() : changes.description(),
                    changes.requirements() == null ? current.requirements() : changes.requirements(),
                    durations, ageGroups, skillLevels, prices), clock.instant());
            invalidate(instructorId);
            return view(offerings.find(offeringId).orElseThrow());
        });
    }

    /** Soft delete; the last active service gone, skills are no longer configured. */
    public void remove(String instructorId, String offeringId) {
        tx.run(() -> {
            profiles.requireForUpdate(instructorId);
            requireOwn(instructorId, offeringId);
            Instant now = clock.instant();
            offerings.deactivate(offeringId, now);
            if (offerings.activeCount(instructorId) == 0) {
                profileRows.setSkillsConfigured(instructorId, false, now);
            }
            invalidate(instructorId);
        });
    }

    public static InstructorServiceResponse view(InstructorOffering o) {
        return new InstructorServiceResponse(o.id(), o.catalogServiceId(), o.catalogName(), o.catalogSlug(),
                o.description(), o.requirements(), o.durationOptions(), o.ageGroups(), o.skillLevels(),
                o.prices().stream().map(p -> new FormatPriceView(p.format().value(), p.hourlyRateCents())).toList(),
                o.offersTravel(), o.offersAtLocation(), o.offersOnline(), o.active(), o.createdAt(), o.updatedAt());
    }

    private InstructorOffering requireOwn(String instructorId, String offeringId) {
        if (!IdGenerator.isUlid(offeringId)) {
            throw notFound(offeringId);
        }
        return offerings.activeOf(instructorId, offeringId).orElseThrow(() -> notFound(offeringId));
    }

    private static ResourceNotFoundException notFound(String offeringId) {
        return new ResourceNotFoundException("INSTRUCTOR_SERVICE_NOT_FOUND", "You have no service " + offeringId);
    }

    private static OfferingTerms terms(String description, String requirements, List<Integer> durations,
            List<String> ageGroups, List<String> skillLevels, List<FormatPrice> prices) {
        return new OfferingTerms(blankToNull(description), blankToNull(requirements),
                durations.stream().sorted().toList(), OfferingRules.ordered(ageGroups, AgeGroups.ALL),
                OfferingRules.ordered(skillLevels, SkillLevels.ALL), prices);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void invalidate(String instructorId) {
        listings.changed(instructorId);
    }
}
