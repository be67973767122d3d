package com.instainstru.functions.availability;

import com.instainstru.availability.WeekVersion;
import com.instainstru.availability.WeekVersionConflictException;
import com.instainstru.http.ProblemMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A week version conflict is the shared problem document plus the current ETag, so a client can retry. */
public class VersionConflictMapper {

    private final ProblemMapper problems = new ProblemMapper();

    @ServerExceptionMapper
    public Response conflict(WeekVersionConflictException e, ContainerRequestContext request) {
        return Response.fromResponse(problems.domain(e, request))
                .header(HttpHeaders.ETAG, WeekVersion.etag(e.currentVersion()))
                .build();
    }
}
