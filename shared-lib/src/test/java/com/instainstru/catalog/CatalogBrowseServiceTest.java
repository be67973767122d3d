package com.instainstru.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.catalog.schema.CatalogServiceView;
import com.instainstru.catalog.schema.CategoryDetailResponse;
import com.instainstru.catalog.schema.CategorySummary;
import com.instainstru.catalog.schema.SubcategoryDetailResponse;
import com.instainstru.instructors.InstructorsTestKit;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.errors.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Browsing the seeded catalog (V4), through the cache. */
class CatalogBrowseServiceTest {

    private static final InstructorsTestKit kit = new InstructorsTestKit();
    private final CatalogBrowseService catalog = kit.catalog;

    @Test
    void sevenCategoriesInOrderWith77Subcategories() {
        List<CategorySummary> categories = catalog.categories().categories();

        assertThat(categories).extracting(CategorySummary::name).containsExactly("Tutoring & Test Prep", "Music",
                "Dance", "Languages", "Sports & Fitness", "Arts", "Hobbies & Life Skills");
        assertThat(categories).extracting(CategorySummary::subcategoryCount).containsExactly(10, 12, 9, 13, 11, 12, 10);
        assertThat(categories.stream().mapToInt(CategorySummary::subcategoryCount).sum()).isEqualTo(77);
    }

    @Test
    void aCategoryListsItsSubcategoriesWithServiceCounts() {
        CategoryDetailResponse music = catalog.category("music");

        assertThat(music.subcategories()).hasSize(12);
        assertThat(music.subcategories().get(0).slug()).isEqualTo("piano-keyboard");
        assertThat(music.subcategories().get(0).serviceCount()).isEqualTo(3);
    }

    @Test
    void aSubcategoryListsItsServicesWithFloors() {
        SubcategoryDetailResponse graduate = catalog.subcategory("tutoring-test-prep", "graduate-admissions-tests");

        assertThat(graduate.services()).extracting(CatalogServiceView::slug)
                .containsExactly("gre-prep", "gmat-prep", "lsat-prep", "mcat-prep");
        CatalogServiceView mcat = graduate.services().get(3);
        assertThat(mcat.inPersonFloorCents()).isEqualTo(12_000);
        assertThat(mcat.onlineFloorCents()).isEqualTo(10_000);
        assertThat(mcat.eligibleAgeGroups()).containsExactly("adults");
    }

    @Test
    void aServiceByIdWithPlatformFloorsWhenItSetsNone() {
        CatalogServiceView piano = catalog.service(kit.catalogService("piano").id());

        assertThat(piano.name()).isEqualTo("Piano");
        assertThat(piano.searchTerms()).contains("keys");
        assertThat(piano.inPersonFloorCents()).isEqualTo(8_000);
        assertThat(piano.onlineFloorCents()).isEqualTo(6_000);
        assertThat(piano.defaultDurationMinutes()).isEqualTo(60);
    }

    @Test
    void theSlugsOtherFeaturesRelyOnExist() {
        List<String> slugs = catalog.services(null).services().stream().map(CatalogServiceView::slug).toList();

        assertThat(slugs).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates().contains("piano", "guitar",
                "violin", "voice", "drums", "spanish", "french", "mandarin", "english-as-a-second-language",
                "swimming", "tennis", "yoga", "personal-training", "ballet", "salsa", "hip-hop-dance", "sat-prep",
                "algebra", "calculus", "drawing", "painting", "chess", "cooking", "photography");
    }

    @Test
    void theAgeGroupFilterKeepsOnlyServicesOpenToIt() {
        List<CatalogServiceView> toddlers = catalog.services("toddler").services();

        assertThat(toddlers).isNotEmpty().allMatch(s -> s.eligibleAgeGroups().contains("toddler"));
        assertThat(toddlers).extracting(CatalogServiceView::slug).contains("swimming", "creative-movement")
                .doesNotContain("sat-prep", "calculus");
    }

    @Test
    void anUnknownAgeGroupIsA400NamingTheParameter() {
        assertThatThrownBy(() -> catalog.services("seniors")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo("age_group"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-ulid", "01KDWC0000SVC9999999999999", "01kdwc0000svc0000000000001"})
    void anUnknownOrMalformedServiceIdIs404(String id) {
        assertThatThrownBy(() -> catalog.service(id)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void unknownSlugsAre404() {
        assertThatThrownBy(() -> catalog.category("juggling")).isInstanceOfSatisfying(ResourceNotFoundException.class,
                e -> assertThat(((DomainException) e).code()).isEqualTo("CATALOG_CATEGORY_NOT_FOUND"));
        assertThatThrownBy(() -> catalog.subcategory("music", "ballet"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> catalog.subcategory("nowhere", "piano-keyboard"))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aSecondReadIsServedFromTheCacheWithTheSameContent() {
        SubcategoryDetailResponse first = catalog.subcategory("languages", "spanish");
        long hits = kit.cache.stats(com.instainstru.platform.cache.CacheFamilies.CATALOG_SERVICES).hits();

        SubcategoryDetailResponse second = catalog.subcategory("languages", "spanish");

        assertThat(second).isEqualTo(first);
        assertThat(kit.cache.stats(com.instainstru.platform.cache.CacheFamilies.CATALOG_SERVICES).hits())
                .isGreaterThan(hits);
    }
}
