package com.instainstru.catalog;

import com.instainstru.catalog.schema.CatalogServiceListResponse;
import com.instainstru.catalog.schema.CatalogServiceView;
import com.instainstru.catalog.schema.CategoryDetailResponse;
import com.instainstru.catalog.schema.CategoryListResponse;
import com.instainstru.catalog.schema.CategorySummary;
import com.instainstru.catalog.schema.SubcategoryDetailResponse;
import com.instainstru.catalog.schema.SubcategorySummary;
import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.ids.IdGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Public browsing of the catalog: categories -> subcategories -> services. Answers are cached (taxonomy in
 * {@link CacheFamilies#CATALOG}, services in {@link CacheFamilies#CATALOG_SERVICES}); the catalog changes
 * only with a migration, so the TTL is the only invalidation. A miss (unknown slug or id) is not cached.
 */
@ApplicationScoped
public class CatalogBrowseService {

    private final CatalogRepository catalog;
    private final Cache cache;

    public CatalogBrowseService(CatalogRepository catalog, Cache cache) {
        this.catalog = catalog;
        this.cache = cache;
    }

    public CategoryListResponse categories() {
        return cache.getOrLoad(CacheFamilies.CATALOG, "categories", CategoryListResponse.class,
                () -> new CategoryListResponse(catalog.categories()));
    }

    public CategoryDetailResponse category(String categorySlug) {
        CategoryDetailResponse detail = cache.getOrLoad(CacheFamilies.CATALOG, "category:" + categorySlug,
                CategoryDetailResponse.class, () -> catalog.category(categorySlug)
                        .map(c -> new CategoryDetailResponse(c.id(), c.name(), c.slug(), c.description(),
                                catalog.subcategories(c.id())))
                        .orElse(null));
        if (detail == null) {
            throw new ResourceNotFoundException("CATALOG_CATEGORY_NOT_FOUND", "No category " + categorySlug);
        }
        return detail;
    }

    public SubcategoryDetailResponse subcategory(String categorySlug, String subcategorySlug) {
        SubcategoryDetailResponse detail = cache.getOrLoad(CacheFamilies.CATALOG_SERVICES,
                "subcategory:" + categorySlug + "/" + subcategorySlug, SubcategoryDetailResponse.class,
                () -> loadSubcategory(categorySlug, subcategorySlug));
        if (detail == null) {
            throw new ResourceNotFoundException("CATALOG_SUBCATEGORY_NOT_FOUND",
                    "No subcategory " + subcategorySlug + " in category " + categorySlug);
        }
        return detail;
    }

    public CatalogServiceView service(String serviceId) {
        if (!IdGenerator.isUlid(serviceId)) {
            throw serviceNotFound(serviceId);
        }
        CatalogServiceView view = cache.getOrLoad(CacheFamilies.CATALOG_SERVICES, "service:" + serviceId,
                CatalogServiceView.class,
                () -> catalog.service(serviceId).filter(CatalogEntry::active).map(CatalogBrowseService::view)
                        .orElse(null));
        if (view == null) {
            throw serviceNotFound(serviceId);
        }
        return view;
    }

    /** Every active service; {@code ageGroup} (optional) keeps those open to it: toddler, kids, teens, adults. */
    public CatalogServiceListResponse services(String ageGroup) {
        if (ageGroup != null && !AgeGroups.isKnown(ageGroup)) {
            throw ValidationException.of("age_group", "one_of",
                    "age_group must be one of " + String.join(", ", AgeGroups.ALL));
        }
        return cache.getOrLoad(CacheFamilies.CATALOG_SERVICES, "services:" + (ageGroup == null ? "all" : ageGroup),
                CatalogServiceListResponse.class, () -> new CatalogServiceListResponse(
                        catalog.activeServices(ageGroup).stream().map(CatalogBrowseService::view).toList()));
    }

    public static CatalogServiceView view(CatalogEntry entry) {
        return new CatalogServiceView(entry.id(), entry.name(), entry.slug(), entry.description(),
                entry.subcategoryId(), entry.searchTerms(), entry.eligibleAgeGroups(), entry.defaultDurationMinutes(),
                entry.onlineCapable(), PriceFloors.inPerson(entry), PriceFloors.online(entry));
    }

    private SubcategoryDetailResponse loadSubcategory(String categorySlug, String subcategorySlug) {
        Optional<CategorySummary> category = catalog.category(categorySlug);
        if (category.isEmpty()) {
            return null;
        }
        Optional<SubcategorySummary> sub = catalog.subcategory(category.get().id(), subcategorySlug);
        return sub.map(s -> new SubcategoryDetailResponse(s.id(), s.name(), s.slug(), categorySlug,
                catalog.servicesOf(s.id()).stream().map(CatalogBrowseService::view).toList())).orElse(null);
    }

    private static ResourceNotFoundException serviceNotFound(String serviceId) {
        return new ResourceNotFoundException("CATALOG_SERVICE_NOT_FOUND", "No catalog service " + serviceId);
    }
}
