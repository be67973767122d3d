package com.instainstru.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.instainstru.platform.errors.DomainException;
import com.instainstru.platform.errors.FieldViolation;
import com.instainstru.platform.errors.Problem;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper of every HTTP function: anything thrown becomes an RFC 9457
 * {@code application/problem+json} response carrying the request id. Client mistakes (bad JSON, unknown
 * fields, wrong content type, unknown route) are 4xx; only a bug in our code is a 500, and its detail
 * never leaks internals.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, ContainerRequestContext request) {
        if (e.status() >= 500) {
            LOG.warnf(e, "%s: %s", e.code(), e.getMessage());
        }
        Response.ResponseBuilder response = respond(Problem.of(e, path(request), RequestIds.of(request)));
        // Rounded up: waiting the announced whole seconds must always be enough.
        e.retryAfter().ifPresent(delay -> response.header("Retry-After",
                Math.max(1, delay.plusNanos(999_999_999).toSeconds())));
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        return respond(invalidJson(e, request)).build();
    }

    /** Outranks quarkus-rest-jackson's built-in mapper for this type, which answers plain JSON. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, ContainerRequestContext request) {
        return respond(invalidJson(e, request)).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(invalidJson(json, request)).build();
        }
        int status = e.getResponse().getStatus();
        Problem problem = Problem.of(status, titleOf(e, status), codeOf(e, status), detailOf(e, status), path(request),
                RequestIds.of(request), List.of());
        Response.ResponseBuilder response = respond(problem);
        if (e instanceof NotAllowedException) {
            response.allow(e.getResponse().getAllowedMethods());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        LOG.errorf(e, "unhandled error on %s %s", request.getMethod(), path(request));
        return respond(Problem.of(500, "Internal error", "INTERNAL_ERROR",
                "Something went wrong on our side. Quote the request id when you contact support.", path(request),
                RequestIds.of(request), List.of())).build();
    }

    private static Problem invalidJson(JsonProcessingException e, ContainerRequestContext request) {
        FieldViolation violation;
        if (e instanceof UnrecognizedPropertyException unknown) {
            violation = new FieldViolation(fieldPath(unknown), "unknown_field",
                    "'" + unknown.getPropertyName() + "' is not a field of this request");
        } else if (e instanceof InvalidFormatException format) {
            violation = new FieldViolation(fieldPath(format), "type",
                    "must be a valid " + format.getTargetType().getSimpleName());
        } else if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            violation = new FieldViolation(fieldPath(mismatch), "type", "has the wrong JSON type");
        } else if (e instanceof JsonParseException) {
            violation = new FieldViolation("body", "json_syntax", "the body is not well-formed JSON");
        } else {
            violation = new FieldViolation("body", "json", "the body could not be read as this request");
        }
        return Problem.of(400, "Invalid request", "VALIDATION_FAILED", violation.field() + ": " + violation.message(),
                path(request), RequestIds.of(request), List.of(violation));
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String codeOf(WebApplicationException e, int status) {
        if (e instanceof NotFoundException) {
            return "NOT_FOUND";
        } else if (e instanceof NotAllowedException) {
            return "METHOD_NOT_ALLOWED";
        } else if (e instanceof NotSupportedException) {
            return "UNSUPPORTED_MEDIA_TYPE";
        } else if (e instanceof NotAcceptableException) {
            return "NOT_ACCEPTABLE";
        }
        return status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
    }

    private static String titleOf(WebApplicationException e, int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    private static String detailOf(WebApplicationException e, int status) {
        if (e instanceof NotFoundException) {
            return "No resource at this path.";
        } else if (e instanceof NotAllowedException) {
            return "This path does not accept this HTTP method.";
        } else if (e instanceof NotSupportedException) {
            return "Send the body as application/json.";
        } else if (status >= 500) {
            return "Something went wrong on our side.";
        }
        return e.getMessage();
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
