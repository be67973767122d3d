package com.instainstru.instructors.publicprofile;

import com.instainstru.platform.cache.Cache;
import com.instainstru.platform.cache.CacheFamilies;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What others see of an instructor is cached in two places: their public profile (per instructor) and search
 * responses (which embed names, services and prices). Any change to an instructor's profile, services, areas,
 * places or live state calls {@link #changed}, so the change shows at once after the commit instead of after
 * the caches' 5-minute TTL. Search responses are dropped as a family (one Redis INCR): instructors change their
 * listings rarely compared with how often students search.
 */
@ApplicationScoped
public class InstructorListings {

    private final Cache cache;

    public InstructorListings(Cache cache) {
        this.cache = cache;
    }

    /** Call inside the transaction that changes the instructor; the caches are dropped after its commit. */
    public void changed(String instructorId) {
        cache.invalidate(CacheFamilies.INSTRUCTOR_PROFILE, instructorId);
        cache.invalidateFamily(CacheFamilies.SEARCH_RESULTS);
    }
}
