package io.supportcoach.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;

/**
 * A stand-in for a service the tested service calls (its callee), on a port of its own: WireMock, with answers a
 * test stubs and defaults that let every other test pass. Every request it receives and every answer it serves is
 * checked against the callee's committed contract, so neither side can drift from it unnoticed: the request the
 * generated client sends, and the answer a test made up. A broken exchange is kept, and fails the test that caused
 * it when the test ends ({@link CalleeContractCallback}) or when it calls {@link #assertContractKept()}.
 */
public final class CalleeStub {

    /** The priority of a test's own answers: WireMock serves the smallest number, and the defaults stand higher. */
    public static final int FIRST = 1;

    private static final Set<CalleeStub> RUNNING = new CopyOnWriteArraySet<>();

    private final String callee;
    private final WireMockConfiguration options;
    private final Consumer<WireMockServer> defaults;
    private final OpenApiInteractionValidator contract;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    /** Exchanges checked since the last reset: WireMock checks one after its answer has gone out. */
    private final AtomicInteger checked = new AtomicInteger();
    private volatile WireMockServer server;

    private CalleeStub(String callee, Path contract, Consumer<WireMockServer> defaults, Extension... extensions) {
        this.callee = callee;
        this.defaults = defaults;
        this.contract = validatorOf(contract);
        // A fixed port, so the tested service finds the stub again after it was taken down and brought back.
        this.options = options().port(freePort()).extensions(extensions).extensions(new ContractCheck());
    }

    /** Starts a stub of {@code callee} that checks against {@code contract} and answers as {@code defaults} stubs. */
    static CalleeStub start(String callee, Path contract, Consumer<WireMockServer> defaults, Extension... extensions) {
        var stub = new CalleeStub(callee, contract, defaults, extensions);
        stub.up();
        RUNNING.add(stub);
        return stub;
    }

    /** The stubs of this test run, for the check after each test. */
    static Set<CalleeStub> running() {
        return RUNNING;
    }

    void shutdown() {
        RUNNING.remove(this);
        server.stop();
    }

    public String callee() {
        return callee;
    }

    /** Where the tested service reaches the stub. */
    public String baseUrl() {
        return "http://localhost:" + options.portNumber();
    }

    /** The WireMock server, to stub answers (they win over the defaults by priority) and read what it received. */
    public WireMockServer server() {
        return server;
    }

    /**
     * An answer with a problem document as every service of the suite sends it; a 429 or 503 says when to retry,
     * as the contracts document.
     */
    public static ResponseDefinitionBuilder problem(int status, String code) {
        var answer = aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-') + "\", "
                        + "\"title\": \"Stubbed problem\", \"status\": " + status + ", \"code\": \"" + code + "\", "
                        + "\"traceId\": \"4bf92f3577b34da6a3ce929d0e0e4736\"}");
        return status == 429 || status == 503 ? answer.withHeader("Retry-After", "1") : answer;
    }

    /** How many requests that match {@code pattern} reached the stub since the last reset. */
    public int received(RequestPatternBuilder pattern) {
        return server.countRequestsMatching(pattern.build()).getCount();
    }

    /** The requests that match {@code pattern}, oldest first. */
    public List<LoggedRequest> requests(RequestPatternBuilder pattern) {
        return server.findAll(pattern);
    }

    /** Takes the callee down: its port refuses connections until {@link #up()}. */
    public void down() {
        server.stop();
    }

    /** Brings the callee (back) up on its port, with only the default answers and nothing received. */
    public void up() {
        // A stopped WireMock cannot delay answers any more, so a new one takes its place.
        server = new WireMockServer(options);
        checked.set(0);
        server.start();
        defaults.accept(server);
    }

    /** Back to the defaults: up, with no test's answers, nothing received and no broken exchange kept. */
    public void reset() {
        violations.clear();
        checked.set(0);
        if (!server.isRunning()) {
            up();
            return;
        }
        server.resetAll();
        defaults.accept(server);
    }

    /** Fails, naming each exchange since the last reset that broke the callee's contract. */
    public void assertContractKept() {
        awaitChecks();
        List<String> broken = new ArrayList<>(violations);
        if (!broken.isEmpty()) {
            throw new AssertionError("exchanges with the " + callee + " stub broke its committed contract:\n  "
                    + String.join("\n  ", broken));
        }
    }

    /** The breaches of the contract in one exchange: the request as received, the answer as served. */
    private List<String> check(LoggedRequest request, int status, Iterable<HttpHeader> headers, String body) {
        var answer = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach(header -> answer.withHeader(header.key(), header.values()));
        ValidationReport report = contract.validate(asValidatorRequest(request), answer.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !NullableReferences.isNullForANullableReference(message,
                        request.getBody() == null ? null : request.getBodyAsString(), body))
                .map(message -> request.getMethod() + " " + request.getUrl() + " answered " + status + ": "
                        + message.getKey() + ": " + message.getMessage())
                .toList();
    }

    private static Request asValidatorRequest(LoggedRequest logged) {
        String path = logged.getUrl().contains("?") ? logged.getUrl().substring(0, logged.getUrl().indexOf('?'))
                : logged.getUrl();
        var request = new SimpleRequest.Builder(logged.getMethod().getName(), path);
        logged.getQueryParams().forEach((name, values) -> request.withQueryParam(name, values.values()));
        logged.getHeaders().all().forEach(header -> request.withHeader(header.key(), header.values()));
        if (logged.getBody() != null && logged.getBody().length > 0) {
            request.withBody(logged.getBodyAsString());
        }
        return request.build();
    }

    /**
     * The tested service may have read an answer before WireMock ran its check of that exchange, so this waits, a
     * few seconds at most, until every request the stub received has been checked.
     */
    private void awaitChecks() {
        if (server == null || !server.isRunning()) {
            return;
        }
        int received = server.getAllServeEvents().size();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (checked.get() < received && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Checks each exchange once it is complete; an answer cut short by a fault has no answer to check. */
    private final class ContractCheck implements ServeEventListener {

        @Override
        public void afterComplete(ServeEvent event, Parameters parameters) {
            try {
                if (event.getResponse() != null && event.getResponse().getFault() == null) {
                    violations.addAll(check(event.getRequest(), event.getResponse().getStatus(),
                            event.getResponse().getHeaders().all(), event.getResponse().getBodyAsString()));
                }
            } finally {
                checked.incrementAndGet();
            }
        }

        @Override
        public String getName() {
            return "callee-contract-check";
        }
    }

    private static OpenApiInteractionValidator validatorOf(Path contract) {
        try {
            var document = OpenApi30View.of(Yaml.mapper().readTree(Files.readString(contract)));
            String json = Json.mapper().writeValueAsString(document);
            return OpenApiInteractionValidator.createForInlineApiSpecification(json).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the callee's contract " + contract.toAbsolutePath(), e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for a callee stub", e);
        }
    }
}
