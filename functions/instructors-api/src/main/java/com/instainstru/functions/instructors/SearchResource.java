package com.instainstru.functions.instructors;

import com.instainstru.http.RateLimited;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.platform.ratelimit.RateLimitBuckets;
import com.instainstru.search.SearchService;
import com.instainstru.search.schema.SearchRequest;
import com.instainstru.search.schema.SearchResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Instructor search for everyone, signed in or not. Parameters arrive as text; the service validates them. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Path("/search")
    @PublicEndpoint(reason = "students discover instructors before they have an account")
    @RateLimited(RateLimitBuckets.SEARCH)
    public SearchResponse search(@QueryParam("q") String q, @QueryParam("lat") String lat,
            @QueryParam("lng") String lng, @QueryParam("max_price_cents") String maxPriceCents,
            @QueryParam("audience") String audience, @QueryParam("skill") String skill,
            @QueryParam("date") String date, @QueryParam("limit") String limit, @QueryParam("page") String page) {
        return search.search(new SearchRequest(q, lat, lng, maxPriceCents, audience, skill, date, limit, page));
    }
}
