package com.instainstru.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.instainstru.platform.ids.IdGenerator;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Optional;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id: API Gateway's {@code requestContext.requestId} when present, otherwise a
 * fresh ULID. It goes into the log MDC (so every JSON log line carries it), the {@code X-Request-Id}
 * response header and every problem document.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String KEY = "requestId";

    @Inject
    Instance<APIGatewayV2HTTPEvent> gatewayEvent;

    @Inject
    IdGenerator ids;

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void assign(ContainerRequestContext request) {
        String requestId = fromGateway().orElseGet(ids::newId);
        request.setProperty(KEY, requestId);
        MDC.put(KEY, requestId);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(KEY);
        if (requestId != null) {
            response.getHeaders().putSingle(HEADER, requestId);
        }
        MDC.remove(KEY);
    }

    static String of(ContainerRequestContext request) {
        Object requestId = request.getProperty(KEY);
        return requestId == null ? null : requestId.toString();
    }

    private Optional<String> fromGateway() {
        return LambdaEvents.current(gatewayEvent)
                .map(APIGatewayV2HTTPEvent::getRequestContext)
                .map(APIGatewayV2HTTPEvent.RequestContext::getRequestId)
                .filter(id -> !id.isBlank());
    }
}
