package com.instainstru.search;

import static com.instainstru.search.SearchTestKit.DAY;
import static com.instainstru.search.SearchTestKit.PARK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.instainstru.platform.cache.CacheFamilies;
import com.instainstru.search.schema.SearchResponse;
import com.instainstru.search.schema.SearchResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search over the real catalog seed and instructors written for each test (see {@link SearchTestKit}). */
class SearchServiceTest {

    private final SearchTestKit kit = new SearchTestKit();
    private String park;

    @BeforeEach
    void alone() {
        kit.startAlone();
        park = kit.region(PARK.lat(), PARK.lng(), 0.5);
    }

    private static List<String> ids(SearchResponse response) {
        return response.results().stream().map(SearchResult::instructorId).toList();
    }

    private String[] near(String... more) {
        String[] pairs = new String[more.length + 4];
        pairs[0] = "lat";
        pairs[1] = String.valueOf(PARK.lat());
        pairs[2] = "lng";
        pairs[3] = String.valueOf(PARK.lng());
        System.arraycopy(more, 0, pairs, 4, more.length);
        return pairs;
    }

    // ---- text ------------------------------------------------------------------------------------

    @Test
    void typosFindTheirService() {
        String piano = kit.instructor("Pia").teaches("piano", 9000).create();
        String guitar = kit.instructor("Gus").teaches("guitar", 9000).create();
        kit.instructor("Paint").teaches("painting", 9000).create();

        assertThat(kit.search("q", "paino").matchedServices()).containsExactly("Piano");
        assertThat(ids(kit.search("q", "paino"))).containsExactly(piano);
        assertThat(kit.search("q", "gutiar").matchedServices()).containsExactly("Guitar");
        assertThat(ids(kit.search("q", "gutiar"))).containsExactly(guitar);
    }

    @Test
    void aSpecificServiceReturnsOnlyItsInstructors() {
        String piano = kit.instructor("Pia").teaches("piano", 9000).create();
        kit.instructor("Jazz").teaches("jazz-piano", 9000).create();
        kit.instructor("Keys").teaches("keyboard", 9000).create();
        String violin = kit.instructor("Vio").teaches("violin", 9000).create();
        kit.instructor("Viola").teaches("viola", 9000).create();
        kit.instructor("Bass").teaches("bass-guitar", 9000).create();

        assertThat(ids(kit.search("q", "piano"))).containsExactly(piano);
        assertThat(ids(kit.search("q", "piano lessons"))).containsExactly(piano);
        // the lexical guardrail: violin never brings viola or bass guitar teachers
        assertThat(ids(kit.search("q", "violin"))).containsExactly(violin);
        assertThat(kit.search("q", "xylophone zebra").results()).isEmpty();
        assertThat(kit.search("q", "xylophone zebra").explanation()).contains("No lesson");
    }

    @Test
    void aCategoryWordReturnsEveryServiceOfTheCategory() {
        String piano = kit.instructor("Pia").teaches("piano", 9000).create();
        String drums = kit.instructor("Dru").teaches("drums", 9000).create();
        String spanish = kit.instructor("Esp").teaches("spanish", 9000).create();
        String french = kit.instructor("Fra").teaches("french", 9000).create();
        String mandarin = kit.instructor("Man").teaches("mandarin", 9000).create();

        assertThat(ids(kit.search("q", "music"))).containsExactlyInAnyOrder(piano, drums);
        assertThat(ids(kit.search("q", "languages"))).containsExactlyInAnyOrder(spanish, french, mandarin);
        assertThat(kit.search("q", "languages").matchedServices()).contains("Spanish", "French", "Mandarin Chinese");
    }

    @Test
    void alternativesReturnTheUnion() {
        String piano = kit.instructor("Pia").teaches("piano", 9000).create();
        String spanish = kit.instructor("Esp").teaches("spanish", 9000).create();
        kit.instructor("Gus").teaches("guitar", 9000).create();
        String both = kit.instructor("Two").teaches("piano", 9000).teaches("spanish", 7000).create();

        SearchResponse union = kit.search("q", "piano or spanish");
        assertThat(ids(union)).containsExactlyInAnyOrder(piano, spanish, both);
        assertThat(union.total()).isEqualTo(3);
    }

    // ---- filters (five or more pass, so nothing is relaxed) ------------------------------------------

    @Test
    void priceFilterKeepsInstructorsWhoseCheapestFormatIsWithinBudget() {
        List<String> within = List.of(
                kit.instructor("A").teaches("tennis", 8000).create(),
                kit.instructor("B").teaches("tennis", 8001).create(),
                kit.instructor("C").teaches("tennis", "{adults}", "{beginner}",
                        Map.of("student_location", 15000, "online", 7000)).create(),
                kit.instructor("D").teaches("tennis", 5000).create(),
                kit.instructor("E").teaches("tennis", 6000).create());
        String over = kit.instructor("F").teaches("tennis", 8002).create();

        SearchResponse response = kit.search("q", "tennis", "max_price_cents", "8001");
        assertThat(ids(response)).containsExactlyInAnyOrderElementsOf(within).doesNotContain(over);
        assertThat(response.relaxed()).isEmpty();
        SearchResult mixed = response.results().stream().filter(r -> r.instructorId().equals(within.get(2)))
                .findFirst().orElseThrow();
        assertThat(mixed.fromPriceCents()).isEqualTo(7000);
        assertThat(mixed.prices()).containsExactly(new FormatPrice("online", 7000),
                new FormatPrice("student_location", 15000));
    }

    @Test
    void audienceAndSkillFiltersUseTheInstructorsService() {
        for (int i = 0; i < 5; i++) {
            kit.instructor("Kid" + i).teaches("chess", "{kids,teens}", "{beginner,intermediate}",
                    Map.of("online", 6000)).create();
        }
        String adultsOnly = kit.instructor("Adult").teaches("chess", "{adults}", "{beginner,intermediate}",
                Map.of("online", 6000)).create();
        String advancedOnly = kit.instructor("Adv").teaches("chess", "{kids}", "{advanced}",
                Map.of("online", 6000)).create();

        SearchResponse kids = kit.search("q", "chess", "audience", "kids");
        assertThat(kids.total()).isEqualTo(6);
        assertThat(ids(kids)).doesNotContain(adultsOnly).contains(advancedOnly);
        assertThat(kids.results()).allSatisfy(r -> assertThat(r.ranking().audienceBoost()).isEqualTo(0.10));

        SearchResponse beginners = kit.search("q", "chess", "skill", "beginner");
        assertThat(beginners.total()).isEqualTo(6);
        assertThat(ids(beginners)).doesNotContain(advancedOnly).contains(adultsOnly);
        assertThat(beginners.relaxed()).isEmpty();
    }

    @Test
    void dateFilterNeedsAnAvailableMinuteAndNoBlackout() {
        for (int i = 0; i < 5; i++) {
            kit.instructor("Free" + i).teaches("yoga", 9000).available(DAY).create();
        }
        String emptyDay = kit.instructor("Empty").teaches("yoga", 9000).notAvailable(DAY).create();
        String noRow = kit.instructor("None").teaches("yoga", 9000).available(DAY.plusDays(1)).create();
        String blackedOut = kit.instructor("Away").teaches("yoga", 9000).available(DAY).blackout(DAY).create();

        SearchResponse response = kit.search("q", "yoga", "date", DAY.toString());
        assertThat(response.total()).isEqualTo(5);
        assertThat(ids(response)).doesNotContain(emptyDay, noRow, blackedOut);
        assertThat(response.relaxed()).isEmpty();
    }

    @Test
    void locationFilterKeepsServiceAreasWithinFiveKilometres() {
        String inside = kit.region(PARK.lat(), PARK.lng(), 0.5);
        GeoPoint fourKm = SearchTestKit.north(PARK, 4.5);
        String near = kit.region(fourKm.lat(), fourKm.lng(), 0.5); // edge 4.0 km away
        GeoPoint sixKm = SearchTestKit.north(PARK, 5.6);
        String beyond = kit.region(sixKm.lat(), sixKm.lng(), 0.5); // edge 5.1 km away
        for (int i = 0; i < 4; i++) {
            kit.instructor("In" + i).teaches("swimming", 9000).area(inside).create();
        }
        String fourAway = kit.instructor("Four").teaches("swimming", 9000).area(near).create();
        String fiveAway = kit.instructor("Five").teaches("swimming", 9000).area(beyond).create();
        kit.instructor("Nowhere").teaches("swimming", 9000).create();

        SearchResponse response = kit.search(near("q", "swimming"));
        assertThat(response.total()).isEqualTo(5);
        assertThat(ids(response)).contains(fourAway).doesNotContain(fiveAway);
        assertThat(response.radiusKm()).isEqualTo(5.0);
        SearchResult four = response.results().stream().filter(r -> r.instructorId().equals(fourAway)).findFirst()
                .orElseThrow();
        assertThat(four.distanceKm()).isEqualTo(4.0);
        assertThat(response.results().stream().filter(r -> !r.instructorId().equals(fourAway)))
                .allSatisfy(r -> assertThat(r.distanceKm()).isEqualTo(0.0));
    }

    // ---- relaxation --------------------------------------------------------------------------------

    @Test
    void relaxesDateThenSkillThenAudienceUntilFiveAreFound() {
        // Only "all" passes every filter. Dropping the date adds "busy" (2), dropping skill too adds "level" (3),
        // dropping audience adds three adults-only teachers (6): all three steps are needed, in this order.
        String all = kit.instructor("All").teaches("drums", "{kids}", "{beginner}", Map.of("online", 6000))
                .available(DAY).create();
        String busy = kit.instructor("Busy").teaches("drums", "{kids}", "{beginner}", Map.of("online", 6000))
                .create();
        String level = kit.instructor("Level").teaches("drums", "{kids}", "{intermediate}", Map.of("online", 6000))
                .available(DAY).create();
        for (int i = 0; i < 3; i++) {
            kit.instructor("Grown" + i).teaches("drums", "{adults}", "{advanced}", Map.of("online", 6000)).create();
        }

        SearchResponse response = kit.search("q", "drums", "date", DAY.toString(), "skill", "beginner", "audience",
                "kids");
        assertThat(response.relaxed()).containsExactly("date", "skill", "audience");
        assertThat(response.total()).isEqualTo(6);
        assertThat(response.explanation()).contains("not free on 2026-12-02", "beginner level", "teach kids");
        // availability is a filter, not a score: "all" and "busy" tie (0.35 + 0.2 + 0.105 + 0.07 + 0.05 + 0.02
        // + 0.10 audience + 0.05 skill = 0.945); "level" gets the adjacent skill boost (0.02) instead: 0.915
        assertThat(ids(response).subList(0, 2)).containsExactlyInAnyOrder(all, busy);
        assertThat(ids(response).get(2)).isEqualTo(level);
        SearchResult levelResult = response.results().get(2);
        assertThat(levelResult.ranking().skillBoost()).isEqualTo(0.02); // intermediate is adjacent to beginner

        // with only the date standing in the way, only the date is relaxed
        for (int i = 0; i < 3; i++) {
            kit.instructor("Busy" + i).teaches("drums", "{kids}", "{beginner}", Map.of("online", 6000)).create();
        }
        SearchResponse dateOnly = kit.search("q", "drums", "date", DAY.toString(), "skill", "beginner", "audience",
                "kids");
        assertThat(dateOnly.relaxed()).containsExactly("date");
        assertThat(dateOnly.total()).isEqualTo(5);
    }

    @Test
    void locationFallsBackToTenKilometresThenIsDropped() {
        GeoPoint sevenKm = SearchTestKit.north(PARK, 7.5);
        String sevenAway = kit.region(sevenKm.lat(), sevenKm.lng(), 0.5); // edge 7.0 km
        GeoPoint twentyKm = SearchTestKit.north(PARK, 20.5);
        String twentyAway = kit.region(twentyKm.lat(), twentyKm.lng(), 0.5); // edge 20 km
        for (int i = 0; i < 3; i++) {
            kit.instructor("Near" + i).teaches("salsa", 9000).area(park).create();
        }
        String seven = kit.instructor("Seven").teaches("salsa", 9000).area(sevenAway).create();
        kit.instructor("SevenToo").teaches("salsa", 9000).area(sevenAway).create();

        SearchResponse fallback = kit.search(near("q", "salsa"));
        assertThat(fallback.relaxed()).containsExactly("location_10km");
        assertThat(fallback.radiusKm()).isEqualTo(10.0);
        assertThat(fallback.total()).isEqualTo(5);
        assertThat(fallback.explanation()).contains("up to 10 km away instead of 5 km");
        assertThat(fallback.results().stream().filter(r -> r.instructorId().equals(seven)).findFirst().orElseThrow()
                .distanceKm()).isEqualTo(7.0);

        // ballet: 3 near, 1 at 7 km, 2 at 20 km: 10 km is not enough either, so location goes
        for (int i = 0; i < 3; i++) {
            kit.instructor("Bal" + i).teaches("ballet", 9000).area(park).create();
        }
        kit.instructor("BalSeven").teaches("ballet", 9000).area(sevenAway).create();
        String far = kit.instructor("BalFar").teaches("ballet", 9000).area(twentyAway).create();
        kit.instructor("BalFar2").teaches("ballet", 9000).area(twentyAway).create();
        SearchResponse dropped = kit.search(near("q", "ballet"));
        assertThat(dropped.relaxed()).containsExactly("location_10km", "location");
        assertThat(dropped.radiusKm()).isNull();
        assertThat(dropped.total()).isEqualTo(6);
        SearchResult farResult = dropped.results().stream().filter(r -> r.instructorId().equals(far)).findFirst()
                .orElseThrow();
        assertThat(farResult.distanceKm()).isEqualTo(20.0);
        // 20 km: 0.5 - 0.3 * 10 / 20 = 0.35
        assertThat(farResult.ranking().distance()).isCloseTo(0.35, within(0.002));
    }

    @Test
    void priceIsRelaxedLastAndOnlyAfterLocation() {
        // 2 within budget nearby, 3 above budget nearby: location is not what is missing, but it is
        // relaxed first (5 -> 10 km -> dropped) before price, per the order; the service never is.
        for (int i = 0; i < 2; i++) {
            kit.instructor("Cheap" + i).teaches("cooking", 5000).area(park).create();
        }
        for (int i = 0; i < 3; i++) {
            kit.instructor("Dear" + i).teaches("cooking", 20000).area(park).create();
        }
        kit.instructor("OtherService").teaches("baking", 5000).area(park).create();

        SearchResponse response = kit.search(near("q", "cooking", "max_price_cents", "6000"));
        assertThat(response.relaxed()).containsExactly("location_10km", "location", "price");
        assertThat(response.total()).isEqualTo(5);
        assertThat(response.results()).allSatisfy(r -> assertThat(r.serviceName()).isEqualTo("Cooking"));
        assertThat(response.explanation()).contains("above your maximum price of $60.00/h");
        // over budget scores 0.5, within budget (ratio 0.83) 1 - 0.3 * 0.1333 / 0.3 = 0.8667
        assertThat(response.results().get(4).ranking().price()).isEqualTo(0.5);
    }

    // ---- ranking -----------------------------------------------------------------------------------

    @Test
    void rankingOrderComputedByHand() {
        // q=piano (relevance 1.0 for all), max $100/h, no point (distance 0.7 for all), no audience/skill.
        // C = review-weighted mean over instructor_ratings = (5.0*15 + 4.0*5 + 3.0*2) / 22 = 101 / 22 = 4.590909
        // base = 0.35*1 + 0.25*quality + 0.15*0.7 + 0.10*price + 0.10*freshness + 0.05*completeness
        //      = 0.455 + 0.25 q + 0.10 p + 0.10 f + 0.05 c
        String a = kit.instructor("Ann").teaches("piano", 6000).rating("5.00", 15).lastActive(Duration.ofHours(2))
                .photo().identityVerified().responseRate("90").create();
        // A: q = (75 + 4.590909*5) / 20 / 5 = 97.954545 / 100 = 0.979545; p 0.6 ratio -> 1.0; f 1.0; c 1.0
        //    0.455 + 0.244886 + 0.1 + 0.1 + 0.05 = 0.949886
        String b = kit.instructor("Ben").teaches("piano", 8500).rating("4.00", 5).lastActive(Duration.ofDays(3))
                .create();
        // B: q = (20 + 22.954545) / 10 / 5 = 0.859091; p ratio 0.85 -> 0.85; f 0.9; c bio+bgc 0.4
        //    0.455 + 0.214773 + 0.085 + 0.09 + 0.02 = 0.864773
        String c = kit.instructor("Cat").teaches("piano", 10000).lastActive(Duration.ofDays(45)).photo().create();
        // C: q = C/5 = 0.918182; p ratio 1.0 -> 0.7; f 0.5; c photo+bio+bgc 0.6
        //    0.455 + 0.229545 + 0.07 + 0.05 + 0.03 = 0.834545
        String d = kit.instructor("Dan").founding().teaches("piano", 9000).create();
        // D: q 0.918182; p ratio 0.9 -> 1 - 0.3*0.2/0.3 = 0.8; f unknown 0.5; c 0.4
        //    (0.455 + 0.229545 + 0.08 + 0.05 + 0.02) * 1.5 = 0.834545 * 1.5 = 1.251818
        String e = kit.instructor("Eve").teaches("piano", 5000).rating("3.00", 2).lastActive(Duration.ofDays(200))
                .identityVerified().responseRate("95").create();
        // E: q = (6 + 22.954545) / 7 / 5 = 0.827273; p 1.0; f 0.3; c bio+bgc+identity+response 0.8
        //    0.455 + 0.206818 + 0.1 + 0.03 + 0.04 = 0.831818
        String f = kit.instructor("Fay").teaches("piano", 9000).bio(" ").lastActive(Duration.ofDays(400)).create();
        // F: q 0.918182; p 0.8; f 0.3; c bgc only 0.2
        //    0.455 + 0.229545 + 0.08 + 0.03 + 0.01 = 0.804545

        SearchResponse response = kit.search("q", "piano", "max_price_cents", "10000");
        assertThat(ids(response)).containsExactly(d, a, b, c, e, f);
        double[] expected = {1.251818, 0.949886, 0.864773, 0.834545, 0.831818, 0.804545};
        for (int i = 0; i < expected.length; i++) {
            assertThat(response.results().get(i).ranking().score()).as("score of #" + (i + 1))
                    .isCloseTo(expected[i], within(2e-4));
        }
        assertThat(response.results().get(0).foundingInstructor()).isTrue();
        assertThat(response.results().get(0).ranking().foundingMultiplier()).isEqualTo(1.5);
        assertThat(response.results().get(1).name().value()).isEqualTo("Ann T.");
        assertThat(response.results()).allSatisfy(r -> assertThat(r.distanceKm()).isNull());
    }

    @Test
    void withoutAnyReviewThePriorIsFourStars() {
        kit.instructor("Solo").teaches("violin", 9000).create();
        assertThat(kit.service.globalMeanRating()).isEqualTo(4.0);
        assertThat(kit.search("q", "violin").results().get(0).ranking().quality()).isEqualTo(0.8);
    }

    @Test
    void pagesAreCappedAndCounted() {
        for (int i = 0; i < 7; i++) {
            kit.instructor("P" + i).teaches("calculus", 9000 + i).create();
        }
        SearchResponse first = kit.search("q", "calculus", "limit", "3");
        SearchResponse third = kit.search("q", "calculus", "limit", "3", "page", "3");
        SearchResponse fourth = kit.search("q", "calculus", "limit", "3", "page", "4");
        assertThat(first.results()).hasSize(3);
        assertThat(third.results()).hasSize(1);
        assertThat(fourth.results()).isEmpty();
        assertThat(first.total()).isEqualTo(7);
    }

    @Test
    void onlyLiveInstructorsAndActiveServicesAppear() {
        String live = kit.instructor("Live").teaches("photography", 9000).create();
        String paused = kit.instructor("Paused").teaches("photography", 9000).create();
        String retired = kit.instructor("Retired").teaches("photography", 9000).create();
        kit.jdbc.update("UPDATE instructor_profiles SET is_live = false WHERE user_id = ?", paused);
        kit.jdbc.update("UPDATE instructor_services SET is_active = false WHERE instructor_id = ?", retired);

        assertThat(ids(kit.search("q", "photography"))).containsExactly(live);
    }

    @Test
    void answersAreCachedUnderTheirNormalizedParameters() {
        kit.cache.invalidateFamily(CacheFamilies.SEARCH_RESULTS);
        String first = kit.instructor("First").teaches("algebra", 9000).create();
        SearchResponse before = kit.service.search(SearchTestKit.request("q", "Algebra "));
        kit.instructor("Second").teaches("algebra", 9000).create();

        SearchResponse cached = kit.service.search(SearchTestKit.request("q", "algebra"));
        assertThat(ids(cached)).containsExactly(first);
        assertThat(cached).isEqualTo(before);
        assertThat(kit.search("q", "algebra").total()).isEqualTo(2);
    }
}
