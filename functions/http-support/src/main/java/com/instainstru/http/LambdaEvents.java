package com.instainstru.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/** The API Gateway event behind the current request, when the request came through the Lambda handler. */
final class LambdaEvents {

    private LambdaEvents() {
    }

    static Optional<APIGatewayV2HTTPEvent> current(Instance<APIGatewayV2HTTPEvent> event) {
        if (!event.isResolvable()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(event.get());
        } catch (RuntimeException noLambdaRequest) {
            return Optional.empty();
        }
    }
}
