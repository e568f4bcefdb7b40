package io.supportcoach.http.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.supportcoach.http.problem.CalleeUnavailable;
import io.supportcoach.identity.ServiceTokens;
import io.supportcoach.persistence.outbox.DeliveryResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How every service calls another: REST clients generated from the callee's committed contract, built with the
  * suite's timeouts and a bearer token of the caller's choosing, and one reading of what went wrong. Each service's
 * {@code client} bean makes its calls through {@link CalleeGuard}'s retry and circuit breakers and turns answers into
 * its own terms.
 */
@ApplicationScoped
public class Callees {

    private static final Logger LOG = Logger.getLogger(Callees.class);

    private final Config config;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration retryAfter;

    public Callees(Config config,
            @ConfigProperty(name = "suite.callee.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "suite.callee.read-timeout") Duration readTimeout,
            @ConfigProperty(name = "suite.callee.retry-after") Duration retryAfter) {
        this.config = config;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.retryAfter = retryAfter;
    }

    /**
     * A client of the callee at {@code quarkus.rest-client.<callee>.url} that sends {@code bearer}'s token: the
     * person's own for calls made while serving them, the service's own for work done on nobody's behalf.
     */
    public <T> T client(Class<T> api, String callee, Supplier<String> bearer) {
        URI url = config.getValue("quarkus.rest-client." + callee + ".url", URI.class);
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // Only the generated mapper turns a status into an exception: its ApiException carries the answer.
                .disableDefaultMapper(true)
                .register(new BearerToken(bearer))
                .register(new TolerantJson())
                .build(api);
    }

    /** The 503 a person gets when the callee cannot help now, with the suite's Retry-After. */
    public CalleeUnavailable unavailable(String callee) {
        return new CalleeUnavailable(callee, retryAfter);
    }

    /**
     * What a status the callee answered means for a call made while a person waits: 429 and 503 are worth one more
     * try; anything else the contract did not promise makes the request fail with 503.
     */
    public CalleeUnavailable refusal(String callee, int status) {
        if (status == 429 || status == 503) {
            LOG.warnf("%s answered %d", callee, status);
            return new TransientCalleeFailure(callee, retryAfter);
        }
        if (status == 401 || status == 403) {
            // This service accepted the token a moment ago, so the services disagree about keys, issuer, audience
            // or roles: an operator's problem, which the person cannot fix by signing in again.
            LOG.errorf("%s refused the token with %d; check that both trust the same keys and audience", callee, status);
        } else {
            LOG.errorf("%s answered %d to a call its contract allows", callee, status);
        }
        return new CalleeUnavailable(callee, retryAfter);
    }

    /**
     * What a call that got no answer means: no connection is worth one more try; a read timeout or an answer that
     * cannot be read is not, since repeating it would make the person wait longer for the same outcome.
     */
    public CalleeUnavailable failure(String callee, RuntimeException failed) {
        if (isConnectionFailure(failed)) {
            LOG.warnf("%s cannot be reached: %s", callee, failed.getMessage());
            return new TransientCalleeFailure(callee, retryAfter);
        }
        LOG.warnf(failed, "%s gave no usable answer", callee);
        return new CalleeUnavailable(callee, retryAfter);
    }

    /**
     * What a callee's answer to an outbox delivery means for the message, with the problem's code and detail kept
     * for HR in its last error. A 401 drops the service token held, so the next attempt fetches a fresh one (a
     * rotated key, a revoked client). A 429 or 5xx is thrown, so the circuit breaker around the call counts it and
     * the relay retries later; a 409 whose code is one of {@code finalConflicts} can never pass and is parked;
     * anything else is read by {@link DeliveryResult#ofHttpStatus}.
     */
    public DeliveryResult deliveryAnswer(String callee, Response answer, ServiceTokens tokens,
            Set<String> finalConflicts) {
        int status = answer.getStatus();
        if (status == 401) {
            tokens.discard();
        }
        if (status == 429 || status >= 500) {
            throw refusal(callee, status);
        }
        JsonNode problem = problemOf(answer);
        String code = problem.path("code").asText("");
        String detail = problem.isMissingNode() ? null : code + " " + problem.path("detail").asText("");
        if (status == 409 && finalConflicts.contains(code)) {
            return DeliveryResult.permanentFailure("HTTP 409: " + detail);
        }
        return DeliveryResult.ofHttpStatus(status, detail);
    }

    /** The answer's problem document, or a missing node when the body is none. */
    private static JsonNode problemOf(Response answer) {
        try {
            return answer.readEntity(JsonNode.class);
        } catch (RuntimeException unreadable) {
            return MissingNode.getInstance();
        }
    }

    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes requests as the contracts say and reads the callee's answers as a tolerant reader: a field it adds later is ignored, where a service's own
     * requests are read strictly. A status or kind it adds reads as the generated UNKNOWN_DEFAULT_OPEN_API.
     */
    private static final class TolerantJson implements ContextResolver<ObjectMapper> {

        private final ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Instants as RFC 3339 text, as every contract of the suite writes them, never as numbers.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
