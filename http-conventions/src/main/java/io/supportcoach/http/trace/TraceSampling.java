package io.supportcoach.http.trace;

import java.util.Optional;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which traces are recorded and exported. Without a collector none is: a caller's sampled {@code traceparent} would
 * otherwise send spans to the exporter's default address, and fill the log with failed exports. With one, the
 * caller's decision stands, and a trace that starts here is recorded at {@code suite.traces.sample-ratio}. A dropped
 * span still has its trace id, so logs and calls to other services carry it either way.
 */
@ApplicationScoped
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "suite.traces.endpoint") Optional<String> collector,
            @ConfigProperty(name = "suite.traces.sample-ratio") double ratio) {
        if (collector.isEmpty()) {
            return Sampler.alwaysOff();
        }
        return Sampler.parentBased(Sampler.traceIdRatioBased(ratio));
    }
}
