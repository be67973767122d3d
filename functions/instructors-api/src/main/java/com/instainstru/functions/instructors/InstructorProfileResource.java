package com.instainstru.functions.instructors;

import com.instainstru.http.security.Caller;
import com.instainstru.http.security.PublicEndpoint;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.instructors.golive.GoLiveService;
import com.instainstru.instructors.profile.InstructorProfileService;
import com.instainstru.instructors.profile.schema.CalendarSettingsRequest;
import com.instainstru.instructors.profile.schema.CreateInstructorProfileRequest;
import com.instainstru.instructors.profile.schema.InstructorProfileResponse;
import com.instainstru.instructors.profile.schema.UpdateInstructorProfileRequest;
import com.instainstru.instructors.publicprofile.PublicProfileService;
import com.instainstru.instructors.publicprofile.schema.PublicInstructorProfileResponse;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The caller's own instructor profile ("me" is the token's user; the profile id is the user id), going
 * live, and the public profile of live instructors.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class InstructorProfileResource {

    private final InstructorProfileService profiles;
    private final GoLiveService goLive;
    private final PublicProfileService publicProfiles;
    private final Caller caller;

    public InstructorProfileResource(InstructorProfileService profiles, GoLiveService goLive,
            PublicProfileService publicProfiles, Caller caller) {
        this.profiles = profiles;
        this.goLive = goLive;
        this.publicProfiles = publicProfiles;
        this.caller = caller;
    }

    @POST
    @Path("/instructors/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public RestResponse<InstructorProfileResponse> create(CreateInstructorProfileRequest request) {
        FieldRules.requireBody(request);
        return RestResponse.status(RestResponse.Status.CREATED, profiles.create(caller.require().userId(), request));
    }

    @GET
    @Path("/instructors/me")
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public InstructorProfileResponse me() {
        return profiles.profile(caller.require().userId());
    }

    @PATCH
    @Path("/instructors/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public InstructorProfileResponse update(UpdateInstructorProfileRequest request) {
        FieldRules.requireBody(request);
        return profiles.update(caller.require().userId(), request);
    }

    @PATCH
    @Path("/instructors/me/calendar-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public InstructorProfileResponse calendarSettings(CalendarSettingsRequest request) {
        FieldRules.requireBody(request);
        return profiles.updateCalendarSettings(caller.require().userId(), request);
    }

    @POST
    @Path("/instructors/me/go-live")
    @RequiresPermission(Permission.MANAGE_INSTRUCTOR_PROFILE)
    public InstructorProfileResponse goLive() {
        return goLive.goLive(caller.require().userId());
    }

    @GET
    @Path("/instructors/{instructorId}")
    @PublicEndpoint(reason = "students browse live instructors' public profiles before signing up")
    public PublicInstructorProfileResponse publicProfile(@PathParam("instructorId") String instructorId) {
        return publicProfiles.profile(instructorId);
    }
}
