package com.instainstru.functions.instructors;

import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.instructors.services.InstructorOfferingsService;
import com.instainstru.instructors.services.schema.CreateServiceRequest;
import com.instainstru.instructors.services.schema.InstructorServiceListResponse;
import com.instainstru.instructors.services.schema.InstructorServiceResponse;
import com.instainstru.instructors.services.schema.UpdateServiceRequest;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's own services; a {@code serviceId} that is not the caller's is a 404. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class InstructorServicesResource {

    private final InstructorOfferingsService offerings;
    private final Caller caller;

    public InstructorServicesResource(InstructorOfferingsService offerings, Caller caller) {
        this.offerings = offerings;
        this.caller = caller;
    }

    @GET
    @Path("/instructors/me/services")
    @RequiresPermission(Permission.MANAGE_SERVICES)
    public InstructorServiceListResponse list() {
        return offerings.list(caller.require().userId());
    }

    @POST
    @Path("/instructors/me/services")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_SERVICES)
    public RestResponse<InstructorServiceResponse> create(CreateServiceRequest request) {
        FieldRules.requireBody(request);
        return RestResponse.status(RestResponse.Status.CREATED, offerings.create(caller.require().userId(), request));
    }

    @PATCH
    @Path("/instructors/me/services/{serviceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_SERVICES)
    public InstructorServiceResponse update(@PathParam("serviceId") String serviceId, UpdateServiceRequest request) {
        FieldRules.requireBody(request);
        return offerings.update(caller.require().userId(), serviceId, request);
    }

    /** Always a soft delete: the service disappears from listings, history keeps its name and prices. */
    @DELETE
    @Path("/instructors/me/services/{serviceId}")
    @RequiresPermission(Permission.MANAGE_SERVICES)
    public RestResponse<Void> remove(@PathParam("serviceId") String serviceId) {
        offerings.remove(caller.require().userId(), serviceId);
        return RestResponse.noContent();
    }
}
