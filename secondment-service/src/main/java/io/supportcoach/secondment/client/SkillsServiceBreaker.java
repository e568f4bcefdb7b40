package io.supportcoach.secondment.client;

import java.util.function.Supplier;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * The one circuit breaker around skills-service, for every call this service makes to it: a person's skill code
 * check, a placement's register lookup and the outbox's evidence deliveries count together, since they fail together
 * when skills-service does. SmallRye Fault Tolerance gives a breaker name to one method only, hence this bean.
 */
@ApplicationScoped
public class SkillsServiceBreaker {

    @CircuitBreaker
    @CircuitBreakerName(SkillsServiceClient.CALLEE)
    public <T> T call(Supplier<T> call) {
        return call.get();
    }
}
