package com.instainstru.functions.availability;

import com.instainstru.availability.AvailabilityWeekService;
import com.instainstru.availability.WeekCopyService;
import com.instainstru.availability.WeekSaveService;
import com.instainstru.availability.WeekVersion;
import com.instainstru.availability.schema.ApplyToDateRangeRequest;
import com.instainstru.availability.schema.ApplyToDateRangeResponse;
import com.instainstru.availability.schema.CopyWeekRequest;
import com.instainstru.availability.schema.WeekResponse;
import com.instainstru.availability.schema.WeekSaveRequest;
import com.instainstru.availability.schema.WeekSaveResponse;
import com.instainstru.http.security.Caller;
import com.instainstru.http.security.RequiresPermission;
import com.instainstru.platform.security.Permission;
import com.instainstru.platform.validation.FieldRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The caller's own availability weeks. There is no instructor id in these routes: the week is always the
 * token's user's, so an instructor can never read or write another's.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityWeekResource {

    private final AvailabilityWeekService weeks;
    private final WeekSaveService saves;
    private final WeekCopyService copies;
    private final Caller caller;

    public AvailabilityWeekResource(AvailabilityWeekService weeks, WeekSaveService saves, WeekCopyService copies,
            Caller caller) {
        this.weeks = weeks;
        this.saves = saves;
        this.copies = copies;
        this.caller = caller;
    }

    @GET
    @Path("/instructors/availability/week")
    @RequiresPermission(Permission.MANAGE_AVAILABILITY)
    public RestResponse<WeekResponse> week(@QueryParam("start_date") String startDate) {
        WeekResponse week = weeks.week(caller.require().userId(), startDate);
        return RestResponse.ResponseBuilder.ok(week).header(HttpHeaders.ETAG, WeekVersion.etag(week.version()))
                .build();
    }

    @POST
    @Path("/instructors/availability/week")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_AVAILABILITY)
    public RestResponse<WeekSaveResponse> save(WeekSaveRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("override") boolean override) {
        FieldRules.requireBody(request);
        WeekSaveResponse saved = saves.save(caller.require().userId(), request, ifMatch, override);
        return withEtag(saved);
    }

    @POST
    @Path("/instructors/availability/copy-week")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_AVAILABILITY)
    public RestResponse<WeekSaveResponse> copyWeek(CopyWeekRequest request) {
        FieldRules.requireBody(request);
        return withEtag(copies.copyWeek(caller.require().userId(), request));
    }

    @POST
    @Path("/instructors/availability/apply-to-date-range")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MANAGE_AVAILABILITY)
    public ApplyToDateRangeResponse applyToDateRange(ApplyToDateRangeRequest request) {
        FieldRules.requireBody(request);
        return copies.applyToDateRange(caller.require().userId(), request);
    }

    private static RestResponse<WeekSaveResponse> withEtag(WeekSaveResponse saved) {
        return RestResponse.ResponseBuilder.ok(saved).header(HttpHeaders.ETAG, WeekVersion.etag(saved.version()))
                .build();
    }
}
