package com.instainstru.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.template.SamTemplate;
import com.instainstru.testsupport.aws.AwsEmulator;
import com.instainstru.testsupport.db.TestDatabase;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stack through the local runtime, with the built artifacts as separate processes: HTTP through
 * the gateway, a fired schedule running the outbox relay, the bus routing to the queue, the worker draining
 * it, a poison message dead-lettered, and a second start refused. Runs with the embedded AWS services and
 * again against the AWS emulator (LocalStack mode).
 */
@Tag("e2e")
class LocalRuntimeEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DEMO_INSTRUCTOR = "01KDVDNA0DEM0NSTRVCT0R0001";
    private static final String E2E_ACCOUNT = "acct_1E2eLocalDemoInstr";
    private static final String E2E_CUSTOMER = "cus_E2eLocalDemoStudent";
    private static final String E2E_CARD = "pm_1E2eLocalRuntimeVisa";

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithEmbeddedServices extends Scenario {
        @Override
        String awsEndpoint() {
            return null;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithAwsEmulator extends Scenario {
        @Override
        String awsEndpoint() {
            return AwsEmulator.require().endpoint();
        }
    }

    abstract static class Scenario {

        private Path state;
        private RunCommand runtime;
        private final ByteArrayOutputStream output = new ByteArrayOutputStream();
        /** Stripe for the payment functions: the runtime passes its URL to them (--stripe-api-base). */
        private final StripeStub stripe = StripeStub.start();

        abstract String awsEndpoint();

        @BeforeAll
        void start() throws Exception {
            state = Files.createTempDirectory("instainstru-local-e2e");
            List<String> args = new ArrayList<>(List.of("run", "--port", "0", "--control-port", "0",
                    "--no-schedules", "--retry-delay", "0", "--seed", "demo", "--state-dir", state.toString(),
                    "--database-url", TestDatabase.shared().jdbcUrl(), "--stripe-api-base", stripe.baseUrl()));
            String endpoint = awsEndpoint();
            if (endpoint != null) {
                args.addAll(List.of("--aws-endpoint", endpoint));
            }
            PrintStream out = new PrintStream(new TeeStream(output), true, StandardCharsets.UTF_8);
            runtime = new RunCommand(SamTemplate.repositoryRoot(), RuntimeOptions.parse(args.toArray(String[]::new),
                    Map.of()), Clock.systemUTC(), out, out);
            assertThat(runtime.start()).as(output.toString(StandardCharsets.UTF_8)).isZero();
        }

        @AfterAll
        void stop() {
            if (runtime != null) {
                runtime.close();
            }
            stripe.close();
        }

        @Test
        void servesTheHealthFunctionThroughTheGateway() throws Exception {
            HttpResponse<String> health = get(runtime.baseUrl() + "/api/v1/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("UP");
            assertThat(health.headers().firstValue("x-request-id")).isPresent();
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("[HealthApiFunction] REPORT RequestId:");
        }

        @Test
        void aSeededStudentSignsInAndReadsTheirOwnProfileWithTheToken() throws Exception {
            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(runtime.baseUrl() + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"demo-student@instainstru.test\",\"password\":\"demo-lessons-2026\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String token = JSON.readTree(login.body()).get("accessToken").asText();

            HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(URI.create(runtime.baseUrl() + "/api/v1/users/me"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> anonymous = get(runtime.baseUrl() + "/api/v1/users/me");

            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(JSON.readTree(me.body()).get("email").asText()).isEqualTo("demo-student@instainstru.test");
            assertThat(anonymous.statusCode()).isEqualTo(401);
        }

        @Test
        void aNewStudentSignsUpWithTheCodeThatTheWorkerMailedThroughTheOutbox() throws Exception {
            String email = "e2e-" + UUID.randomUUID() + "@example.test";
            assertThat(postJson("/api/v1/auth/send-email-verification", Map.of("email", email)).statusCode())
                    .isEqualTo(202);

            Instant at = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
            post(control("/control/schedules/OutboxRelayFunctionEveryMinute/fire?at=" + at));
            eventually(() -> mailTo(email).isPresent(), Duration.ofSeconds(30));
            Matcher code = Pattern.compile("(?m)^([0-9]{6})$").matcher(mailTo(email).orElseThrow().at("/email/text").asText());
            assertThat(code.find()).as("a 6-digit code in the mail").isTrue();

            HttpResponse<String> verified = postJson("/api/v1/auth/verify-email-code",
                    Map.of("email", email, "code", code.group(1)));
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
            HttpResponse<String> registered = postJson("/api/v1/auth/register", Map.of("email", email,
                    "password", "plum-harbor-violin-88", "firstName", "Eve", "lastName", "Tester",
                    "emailVerificationToken", JSON.readTree(verified.body()).get("emailVerificationToken").asText()));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
            HttpResponse<String> login = postJson("/api/v1/auth/login",
                    Map.of("email", email, "password", "plum-harbor-violin-88"));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        }

        @Test
        void aVisitorFindsTheSeededPianoInstructorDespiteATypoAndOpensHerPublicProfile() throws Exception {
            HttpResponse<String> search = get(runtime.baseUrl() + "/api/v1/search?q=paino");

            assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
            JsonNode ines = null;
            for (JsonNode result : JSON.readTree(search.body()).get("results")) {
                if (DEMO_INSTRUCTOR.equals(result.get("instructorId").asText())) {
                    ines = result;
                }
            }
            assertThat(ines).as(search.body()).isNotNull();
            assertThat(ines.get("name").asText()).isEqualTo("Ines I.");
            assertThat(ines.get("serviceName").asText()).isEqualTo("Piano");

            HttpResponse<String> profile = get(runtime.baseUrl() + "/api/v1/instructors/" + DEMO_INSTRUCTOR);
            assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
            assertThat(JSON.readTree(profile.body()).get("name").asText()).isEqualTo("Ines I.");
            assertThat(profile.body()).as("the full last name never leaves the server").doesNotContain("\"Instructor\"");
        }

        @Test
        void aCatalogListLargerThanOneBufferArrivesWhole() throws Exception {
            HttpResponse<String> services = get(runtime.baseUrl() + "/api/v1/catalog/services");

            assertThat(services.statusCode()).isEqualTo(200);
            assertThat(services.body().length()).isGreaterThan(8192);
            assertThat(JSON.readTree(services.body()).get("services").size()).isGreaterThanOrEqualTo(150);
        }

        @Test
        void theSeededInstructorSavesAWeekWithTheVersionSheReadAndAStaleVersionIsRefused() throws Exception {
            String token = signIn("demo-instructor@instainstru.test");
            String monday = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"))
                    .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)).plusWeeks(1).toString();
            String week = runtime.baseUrl() + "/api/v1/instructors/availability/week";

            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(week + "?start_date=" + monday))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            String etag = read.headers().firstValue("ETag").orElseThrow();
            // Both scenarios share the database: always change the week, or the second save would be a no-op.
            String start = read.body().contains("\"09:00\"") ? "13:00" : "09:00";
            String end = start.equals("09:00") ? "12:00" : "16:00";
            String body = JSON.writeValueAsString(Map.of("weekStart", monday, "days", List.of(Map.of("date", monday,
                    "windows", List.of(Map.of("start", start, "end", end))))));

            HttpResponse<String> saved = HTTP.send(HttpRequest.newBuilder(URI.create(week))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("If-Match", etag).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> stale = HTTP.send(HttpRequest.newBuilder(URI.create(week))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("If-Match", etag).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
            assertThat(JSON.readTree(stale.body()).get("currentVersion").asText())
                    .isEqualTo(JSON.readTree(saved.body()).get("version").asText());
        }

        @Test
        void theSeededStudentBooksReschedulesAndCancelsALessonWithTheSeededInstructor() throws Exception {
            String token = signIn("demo-student@instainstru.test");
            java.time.LocalDate from = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).plusDays(3);
            HttpResponse<String> free = get(runtime.baseUrl() + "/api/v1/public/instructors/" + DEMO_INSTRUCTOR
                    + "/availability?start_date=" + from + "&end_date=" + from.plusDays(14) + "&duration=60");
            assertThat(free.statusCode()).as(free.body()).isEqualTo(200);
            // both scenarios share the database: take free starts at least two hours apart, whatever is left
            List<String[]> starts = new ArrayList<>();
            for (JsonNode day : JSON.readTree(free.body()).get("days")) {
                for (JsonNode start : day.get("starts")) {
                    String[] candidate = {day.get("date").asText(), start.asText()};
                    if (starts.isEmpty() || !starts.get(0)[0].equals(candidate[0])
                            || java.time.LocalTime.parse(candidate[1]).isAfter(
                                    java.time.LocalTime.parse(starts.get(0)[1]).plusHours(2))) {
                        starts.add(candidate);
                    }
                }
            }
            assertThat(starts).as(free.body()).hasSizeGreaterThanOrEqualTo(2);

            HttpResponse<String> booked = send("POST", "/api/v1/bookings", token, Map.of("instructorId",
                    DEMO_INSTRUCTOR, "instructorServiceId", "01KDVDNA0DEM0NSTRVCT0RSV01", "bookingDate",
                    starts.get(0)[0], "startTime", starts.get(0)[1], "durationMinutes", 60));
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            String bookingId = JSON.readTree(booked.body()).get("id").asText();
            HttpResponse<String> mine = send("GET", "/api/v1/bookings", token, null);
            assertThat(mine.body()).contains(bookingId);

            HttpResponse<String> moved = send("POST", "/api/v1/bookings/" + bookingId + "/reschedule", token,
                    Map.of("bookingDate", starts.get(1)[0], "startTime", starts.get(1)[1]));
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
            String replacement = JSON.readTree(moved.body()).at("/booking/id").asText();
            assertThat(JSON.readTree(send("GET", "/api/v1/bookings/" + bookingId, token, null).body())
                    .get("status").asText()).isEqualTo("CANCELLED");

            HttpResponse<String> cancelled = send("POST", "/api/v1/bookings/" + replacement + "/cancel", token,
                    Map.of("reason", "e2e"));
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
            assertThat(JSON.readTree(cancelled.body()).get("outcome").asText())
                    .isEqualTo("student_cancel_gt24_no_charge");
        }

        @Test
        void theSeededStudentSavesACardPaysALessonThatIsAuthorizedAt24HoursAndCancellingReleasesIt() throws Exception {
            connectDemoInstructor();
            stripe.answerPost("/v1/customers", StripeObjects.customer(E2E_CUSTOMER, "demo-student@instainstru.test",
                    "01KDVDNA0DEM0STVDENT000001"));
            stripe.answerPost("/v1/setup_intents", StripeObjects.setupIntent("seti_1QE2eLocalRuntime", E2E_CUSTOMER));
            stripe.answerGet("/v1/customers/" + E2E_CUSTOMER + "/payment_methods", StripeObjects.paymentMethodList(
                    E2E_CUSTOMER, List.of(new StripeObjects.Card(E2E_CARD, "visa", "4242", 12, 2034))));
            String token = signIn("demo-student@instainstru.test");
            HttpResponse<String> setup = send("POST", "/api/v1/payments/setup-intent", token, null);
            assertThat(setup.statusCode()).as(setup.body()).isEqualTo(200);

            String[] start = freeStart(4);
            HttpResponse<String> booked = send("POST", "/api/v1/bookings", token, Map.of("instructorId",
                    DEMO_INSTRUCTOR, "instructorServiceId", "01KDVDNA0DEM0NSTRVCT0RSV01", "bookingDate", start[0],
                    "startTime", start[1], "durationMinutes", 60));
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            JsonNode booking = JSON.readTree(booked.body());
            String bookingId = booking.get("id").asText();
            HttpResponse<String> paid = send("POST", "/api/v1/payments/checkout", token,
                    Map.of("bookingId", bookingId, "paymentMethodId", E2E_CARD));
            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
            Instant authorizeAt = Instant.parse(JSON.readTree(paid.body()).get("authorizationScheduledFor").asText());

            String intent = "pi_" + bookingId;
            stripe.answerPostWhenBodyContains("/v1/payment_intents", bookingId, StripeObjects.paymentIntent(intent,
                    "requires_capture", 13_440, 2_880, E2E_ACCOUNT, StripeObjects.charge("ch_" + bookingId, intent,
                            13_440, false, null, E2E_ACCOUNT, authorizeAt.plus(Duration.ofDays(7)).getEpochSecond())));
            stripe.answerPost("/v1/payment_intents/" + intent + "/cancel", StripeObjects.paymentIntent(intent,
                    "canceled", 13_440, 2_880, E2E_ACCOUNT, null));
            fire("PaymentSchedulerFunctionEveryFiveMinutes", authorizeAt);
            eventually(() -> "authorized".equals(paymentStatus(bookingId)), Duration.ofSeconds(60));
            assertThat(paymentStatus(bookingId)).isEqualTo("authorized");
            assertThat(stripe.idempotencyKeys("/v1/payment_intents"))
                    .contains("booking:" + bookingId + ":authorize:1");

            HttpResponse<String> cancelled = send("POST", "/api/v1/bookings/" + bookingId + "/cancel", token,
                    Map.of("reason", "e2e payment"));
            assertThat(JSON.readTree(cancelled.body()).get("outcome").asText())
                    .isEqualTo("student_cancel_gt24_no_charge");
            fire("PaymentSchedulerFunctionEveryFiveMinutes", Instant.now().truncatedTo(ChronoUnit.SECONDS));
            eventually(() -> "settled".equals(paymentStatus(bookingId)), Duration.ofSeconds(60));
            assertThat(paymentStatus(bookingId)).isEqualTo("settled");
            assertThat(stripe.idempotencyKeys("/v1/payment_intents/" + intent + "/cancel"))
                    .containsExactly("booking:" + bookingId + ":release_authorization");
        }

        private void fire(String rule, Instant at) throws Exception {
            HttpResponse<String> fired = post(control("/control/schedules/" + rule + "/fire?at=" + at));
            assertThat(JSON.readTree(fired.body()).get("success").asBoolean()).as(fired.body()).isTrue();
        }

        /** A free 60-minute start of the demo instructor at least {@code daysAhead} days from now. */
        private String[] freeStart(int daysAhead) throws Exception {
            java.time.LocalDate from = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"))
                    .plusDays(daysAhead);
            HttpResponse<String> free = get(runtime.baseUrl() + "/api/v1/public/instructors/" + DEMO_INSTRUCTOR
                    + "/availability?start_date=" + from + "&end_date=" + from.plusDays(14) + "&duration=60");
            for (JsonNode day : JSON.readTree(free.body()).get("days")) {
                for (JsonNode start : day.get("starts")) {
                    return new String[] {day.get("date").asText(), start.asText()};
                }
            }
            throw new AssertionError("no free start: " + free.body());
        }

        private HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create(runtime.baseUrl() + path))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private String signIn(String email) throws Exception {
            HttpResponse<String> login = postJson("/api/v1/auth/login",
                    Map.of("email", email, "password", "demo-lessons-2026"));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            return JSON.readTree(login.body()).get("accessToken").asText();
        }

        private HttpResponse<String> postJson(String path, Map<String, String> body) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create(runtime.baseUrl() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private Optional<JsonNode> mailTo(String address) {
            try {
                for (JsonNode message : JSON.readTree(get(control("/control/mail")).body())) {
                    if (message.at("/email/to").toString().contains(address)) {
                        return Optional.of(message);
                    }
                }
                return Optional.empty();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void answersUnknownRoutesAs404LikeApiGateway() throws Exception {
            HttpResponse<String> missing = get(runtime.baseUrl() + "/api/v1/nothing-here");

            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("{\"message\":\"Not Found\"}");
        }

        @Test
        void aFiredScheduleRelaysTheOutboxAndTheWorkerRecordsTheEventOnce() throws Exception {
            String eventId = insertOutboxEvent();
            Instant at = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);

            HttpResponse<String> fired = post(control("/control/schedules/OutboxRelayFunctionEveryMinute/fire?at=" + at));

            JsonNode result = JSON.readTree(fired.body());
            assertThat(result.get("success").asBoolean()).as(fired.body()).isTrue();
            assertThat(result.at("/payload/published").asInt()).isGreaterThanOrEqualTo(1);
            eventually(() -> receipts(eventId) == 1, Duration.ofSeconds(30));
            assertThat(receipts(eventId)).isEqualTo(1);
        }

        @Test
        void aPoisonMessageEndsInTheDeadLetterQueue() throws Exception {
            runtime.aws().sqs().sendMessage(b -> b.queueUrl(runtime.aws().queueUrl("EventWorkerQueue"))
                    .messageBody("not an event"));

            eventually(() -> deadLetters() >= 1, Duration.ofSeconds(60));
            assertThat(deadLetters()).isGreaterThanOrEqualTo(1);
        }

        @Test
        void aSecondStartIsRefusedWithAClearMessage() {
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            RunCommand second = new RunCommand(SamTemplate.repositoryRoot(), RuntimeOptions.parse(new String[] {
                    "run", "--port", "0", "--state-dir", state.toString()}, Map.of()), Clock.systemUTC(),
                    new PrintStream(errors, true), new PrintStream(errors, true));

            assertThat(second.start()).isEqualTo(3);
            assertThat(errors.toString()).contains("already running");
        }

        @Test
        void theControlPortServesTheCombinedApiDocumentAndDocs() throws Exception {
            JsonNode document = JSON.readTree(get(control("/control/openapi.json")).body());
            HttpResponse<String> docs = get(control("/control/docs/"));
            HttpResponse<String> bundle = get(control("/control/docs/swagger-ui-bundle.js"));

            assertThat(document.at("/paths").has("/api/v1/health")).isTrue();
            assertThat(docs.body()).contains("swagger-ui-bundle.js");
            assertThat(bundle.statusCode()).isEqualTo(200);
        }

        @Test
        void caughtMailIsListedAtTheControlPort() throws Exception {
            HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(URI.create(control("/emails")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"from\":\"hello@instainstru.com\",\"to\":[\"ada@example.com\"],\"subject\":\"Your code\",\"text\":\"123456\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(JSON.readTree(sent.body()).has("id")).isTrue();
            assertThat(get(control("/control/mail")).body()).contains("Your code");
        }

        private int deadLetters() {
            return runtime.aws().queueDepths().get("EventWorkerDeadLetterQueue").get("visible");
        }

        private String control(String path) {
            return "http://127.0.0.1:" + runtime.controlPort() + path;
        }
    }

    @Test
    @Tag("e2e")
    void invokeAnswersEverySampleEvent(@TempDir Path state) throws Exception {
        Path events = SamTemplate.repositoryRoot().resolve("events");
        Map<String, String> functions = functionsByModule();
        List<Path> samples;
        try (Stream<Path> files = Files.walk(events)) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            String function = functions.get(events.relativize(sample).getName(0).toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new InvokeCommand(SamTemplate.repositoryRoot(), RuntimeOptions.parse(new String[] {"invoke",
                    function, sample.toString(), "--state-dir", state.toString(), "--database-url",
                    TestDatabase.shared().jdbcUrl()}, Map.of()), Clock.systemUTC(), new PrintStream(out, true),
                    new PrintStream(err, true)).invoke();

            assertThat(status).as(sample + ": " + err).isZero();
            assertThat(JSON.readTree(out.toString())).as(sample.toString()).isNotNull();
        }
    }

    /** events/<module>/ holds the samples of the function whose CodeUri is functions/<module>/... */
    private static Map<String, String> functionsByModule() {
        SamTemplate template = SamTemplate.load(SamTemplate.repositoryRoot().resolve("template.yaml"));
        Map<String, String> functions = new HashMap<>();
        for (String id : template.logicalIdsOfType(SamTemplate.FUNCTION)) {
            String codeUri = template.functionProperty(id, "CodeUri").asText();
            functions.put(Path.of(codeUri).getName(1).toString(), id);
        }
        return functions;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void eventually(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !condition.getAsBoolean()) {
            Thread.sleep(250);
        }
    }

    /** The demo instructor's Stripe Connect account, ready to be paid to (both scenarios share the database). */
    private static void connectDemoInstructor() throws Exception {
        try (Connection connection = TestDatabase.shared().dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO instructor_stripe_accounts (instructor_id, stripe_account_id, charges_enabled,
                            payouts_enabled, details_submitted, onboarding_completed_at, created_at, updated_at)
                        VALUES (?, ?, true, true, true, now(), now(), now())
                        ON CONFLICT (instructor_id) DO NOTHING
                        """)) {
            insert.setString(1, DEMO_INSTRUCTOR);
            insert.setString(2, E2E_ACCOUNT);
            insert.executeUpdate();
        }
    }

    private static String paymentStatus(String bookingId) {
        try (Connection connection = TestDatabase.shared().dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT status FROM booking_payments WHERE booking_id = ?")) {
            query.setString(1, bookingId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String insertOutboxEvent() throws Exception {
        String id = "0" + randomCrockford(25);
        try (Connection connection = TestDatabase.shared().dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO outbox_events (id, event_type, aggregate_type, aggregate_id, payload, occurred_at,
                                                   next_attempt_at)
                        VALUES (?, 'platform.skeleton-ping', 'platform', 'local-e2e', '{"note":"e2e"}', now(), now())
                        """)) {
            insert.setString(1, id);
            insert.executeUpdate();
        }
        return id;
    }

    private static int receipts(String eventId) {
        try (Connection connection = TestDatabase.shared().dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM event_receipts WHERE event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomCrockford(int length) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** Keeps the runtime's output for assertions while still printing it. */
    private static final class TeeStream extends java.io.OutputStream {
        private final ByteArrayOutputStream copy;

        TeeStream(ByteArrayOutputStream copy) {
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) {
            copy.write(b);
            System.out.write(b);
        }
    }
}
