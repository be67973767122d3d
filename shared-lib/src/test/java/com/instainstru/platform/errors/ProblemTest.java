package com.instainstru.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.instainstru.platform.TestPlatform;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void eachDomainExceptionCarriesItsStatus() {
        assertThat(ValidationException.of("email", "format", "not an email").status()).isEqualTo(400);
        assertThat(new UnauthorizedException("no token").status()).isEqualTo(401);
        assertThat(new ForbiddenException("nope").status()).isEqualTo(403);
        assertThat(new ResourceNotFoundException("gone").status()).isEqualTo(404);
        assertThat(new ConflictException("VERSION_CONFLICT", "stale").status()).isEqualTo(409);
        assertThat(new BusinessRuleException("OVERNIGHT_PROTECTION", "too late").status()).isEqualTo(422);
        assertThat(new RateLimitedException("slow down", Duration.ofSeconds(3)).status()).isEqualTo(429);
        assertThat(new DependencyUnavailableException("Redis", Duration.ofSeconds(1), null).status()).isEqualTo(503);
    }

    @Test
    void rendersRfc9457MembersWithCodeRequestIdAndExtensions() throws Exception {
        ConflictException conflict = new ConflictException("VERSION_CONFLICT", "week was changed",
                Map.of("currentVersion", 7));

        JsonNode json = TestPlatform.json().valueToTree(Problem.of(conflict, "/api/v1/x", "req-1"));

        assertThat(json.get("type").asText()).isEqualTo("https://api.instainstru.com/problems/version-conflict");
        assertThat(json.get("title").asText()).isEqualTo("Conflict");
        assertThat(json.get("status").asInt()).isEqualTo(409);
        assertThat(json.get("detail").asText()).isEqualTo("week was changed");
        assertThat(json.get("instance").asText()).isEqualTo("/api/v1/x");
        assertThat(json.get("code").asText()).isEqualTo("VERSION_CONFLICT");
        assertThat(json.get("requestId").asText()).isEqualTo("req-1");
        assertThat(json.get("currentVersion").asInt()).isEqualTo(7);
        assertThat(json.has("errors")).isFalse();
    }

    @Test
    void validationProblemsNameTheFieldAndRule() {
        JsonNode json = TestPlatform.json().valueToTree(
                Problem.of(ValidationException.of("email", "format", "must be an email address"), "/p", "r"));

        assertThat(json.at("/errors/0/field").asText()).isEqualTo("email");
        assertThat(json.at("/errors/0/rule").asText()).isEqualTo("format");
        assertThat(json.at("/errors/0/message").asText()).isEqualTo("must be an email address");
    }
}
