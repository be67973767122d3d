package com.instainstru.functions.instructors;

import com.instainstru.catalog.CatalogBrowseService;
import com.instainstru.catalog.schema.CatalogServiceListResponse;
import com.instainstru.catalog.schema.CatalogServiceView;
import com.instainstru.catalog.schema.CategoryDetailResponse;
import com.instainstru.catalog.schema.CategoryListResponse;
import com.instainstru.catalog.schema.SubcategoryDetailResponse;
import com.instainstru.http.security.PublicEndpoint;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Public browsing of the catalog: category -> subcategory -> service. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private static final String PUBLIC_CATALOG = "the catalog is public: visitors browse it before signing up";

    private final CatalogBrowseService catalog;

    public CatalogResource(CatalogBrowseService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/catalog/categories")
    @PublicEndpoint(reason = PUBLIC_CATALOG)
    public CategoryListResponse categories() {
        return catalog.categories();
    }

    @GET
    @Path("/catalog/categories/{categorySlug}")
    @PublicEndpoint(reason = PUBLIC_CATALOG)
    public CategoryDetailResponse category(@PathParam("categorySlug") String categorySlug) {
        return catalog.category(categorySlug);
    }

    @GET
    @Path("/catalog/categories/{categorySlug}/{subcategorySlug}")
    @PublicEndpoint(reason = PUBLIC_CATALOG)
    public SubcategoryDetailResponse subcategory(@PathParam("categorySlug") String categorySlug,
            @PathParam("subcategorySlug") String subcategorySlug) {
        return catalog.subcategory(categorySlug, subcategorySlug);
    }

    /** {@code age_group} (optional): toddler, kids, teens or adults; anything else is a 400. */
    @GET
    @Path("/catalog/services")
    @PublicEndpoint(reason = PUBLIC_CATALOG)
    public CatalogServiceListResponse services(@QueryParam("age_group") String ageGroup) {
        return catalog.services(ageGroup);
    }

    @GET
    @Path("/catalog/services/{serviceId}")
    @PublicEndpoint(reason = PUBLIC_CATALOG)
    public CatalogServiceView service(@PathParam("serviceId") String serviceId) {
        return catalog.service(serviceId);
    }
}
