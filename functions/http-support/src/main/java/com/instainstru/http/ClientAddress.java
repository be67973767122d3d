package com.instainstru.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The address the current request came from, as API Gateway saw the TCP connection
 * ({@code requestContext.http.sourceIp}); never a client-supplied header such as X-Forwarded-For, which
 * anyone can forge. {@value #UNKNOWN} outside a Lambda request.
 */
@RequestScoped
public class ClientAddress {

    public static final String UNKNOWN = "unknown";

    @Inject
    Instance<APIGatewayV2HTTPEvent> gatewayEvent;

    public String sourceIp() {
        return LambdaEvents.current(gatewayEvent)
                .map(APIGatewayV2HTTPEvent::getRequestContext)
                .map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getSourceIp)
                .filter(ip -> !ip.isBlank())
                .orElse(UNKNOWN);
    }
}
