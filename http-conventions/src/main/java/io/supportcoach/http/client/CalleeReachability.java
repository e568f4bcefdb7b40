package io.supportcoach.http.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says, per service this one calls ({@code quarkus.rest-client.<callee>.url}), whether it answers a
 * connection now. The check itself stays UP: a callee's outage must not take this service out of its load balancer
 * too, since it still serves everything that does not need the callee, and answers 503 or defers the rest.
 */
@Readiness
@ApplicationScoped
public class CalleeReachability implements HealthCheck {

    private static final Pattern CALLEE_URL = Pattern.compile("quarkus\\.rest-client\\.\"?([A-Za-z0-9-]+)\"?\\.url");
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    private final Config config;

    public CalleeReachability(Config config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("callees").up();
        callees().forEach((callee, url) -> response.withData(callee, reachable(url) ? "reachable" : "unreachable"));
        return response.build();
    }

    private Map<String, URI> callees() {
        Map<String, URI> callees = new TreeMap<>();
        for (String property : config.getPropertyNames()) {
            Matcher name = CALLEE_URL.matcher(property);
            if (name.matches()) {
                config.getOptionalValue(property, URI.class).ifPresent(url -> callees.put(name.group(1), url));
            }
        }
        return callees;
    }

    private static boolean reachable(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), port), (int) CONNECT_TIMEOUT.toMillis());
            return true;
        } catch (IOException | IllegalArgumentException unreachable) {
            return false;
        }
    }
}
