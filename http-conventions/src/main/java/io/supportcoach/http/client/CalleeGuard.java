package io.supportcoach.http.client;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The one retry and the circuit breakers every service puts around its calls to another, with the suite's values
 * ({@code quarkus.fault-tolerance.global.*}). Each callee has one breaker per calling service, shared by all its
 * calls, since they fail together when the callee does: a person's lookups and the outbox's deliveries count
 * together. SmallRye Fault Tolerance names a breaker on one method only, hence one method per callee of the suite.
 *
 * <p>A call's own code throws {@link Callees#failure} or {@link Callees#refusal} when no answer came, so the breaker
 * counts it, and returns anything the callee answered that the caller understands (a 404, a refusal of a delivery).
 *
 * <p>Each attempt also has a deadline ({@code quarkus.fault-tolerance.global.timeout.value}) past which its thread
 * is interrupted, whatever the client is waiting for. The connect and read timeouts cover a callee that is slow to
 * connect or falls silent; the deadline covers a callee that keeps sending slowly and a client that waits for an
 * answer it will never get. Under the benchmark's overload, coaching-service's request threads once all waited
 * for skills-service's answers for minutes with no connection to it left open, and the service answered nothing
 * until it was restarted. A timed-out attempt counts for the breaker and is not retried.
 *
 * <p>At most {@code suite.callee.max-waiting-threads} request threads wait for other services at once; a request
 * past that limit gets 503 at once, without calling. The deadline's interruption runs on the same worker pool as the
 * requests (SmallRye Fault Tolerance's timer hands its tasks to it), and perhaps parts of the REST client's work do
 * too: a pool whose every thread waits for a callee has no thread left to end those waits, and the service stops
 * answering (the benchmark's hang, with all 16 threads parked in the client for minutes and the deadline never
 * firing). The limit keeps threads free for that work, and sheds load that waiting would not serve anyway.
 */
@ApplicationScoped
public class CalleeGuard {

    private static final Logger LOG = Logger.getLogger(CalleeGuard.class);

    private final Callees callees;
    private final int maxWaitingThreads;
    private final Semaphore waitingThreads;

    public CalleeGuard(Callees callees,
            @ConfigProperty(name = "suite.callee.max-waiting-threads") int maxWaitingThreads,
            @ConfigProperty(name = "quarkus.thread-pool.max-threads") Optional<Integer> workerThreads) {
        if (maxWaitingThreads < 1 || workerThreads.isPresent() && maxWaitingThreads >= workerThreads.get()) {
            throw new IllegalStateException("suite.callee.max-waiting-threads (CALLEE_MAX_WAITING_THREADS) is "
                    + maxWaitingThreads + ": it must be at least 1 and below the request threads ("
                    + workerThreads.map(String::valueOf).orElse("Quarkus's default") + "), which end the waits");
        }
        this.callees = callees;
        this.maxWaitingThreads = maxWaitingThreads;
        this.waitingThreads = new Semaphore(maxWaitingThreads);
    }

    /**
     * A call made while a person waits: retried when no connection was made or the callee answered 429 or 503, then
     * counted by the callee's breaker. While the breaker is open, the callee is left alone and the person hears at
     * once, with 503 and Retry-After, when to come back.
     */
    public <T> T whilePersonWaits(String callee, Supplier<T> call) {
        if (!waitingThreads.tryAcquire()) {
            // Not counted by the breaker: the callee did nothing wrong.
            LOG.warnf("%d request threads already wait for other services; %s is not called", maxWaitingThreads,
                    callee);
            throw callees.unavailable(callee);
        }
        try {
            return retried(() -> counted(callee, call));
        } catch (CircuitBreakerOpenException open) {
            throw callees.unavailable(callee);
        } catch (TimeoutException late) {
            LOG.warnf("%s gave no answer within the call's deadline", callee);
            throw callees.unavailable(callee);
        } finally {
            waitingThreads.release();
        }
    }

    /**
     * A call made on nobody's behalf, an outbox delivery: counted by the callee's breaker but not retried, since the
     * relay tries again later. An open breaker is thrown as {@link CircuitBreakerOpenException}, a reason to wait; a
     * call past its deadline as {@link TimeoutException}, which rolls the delivery back like any failure.
     */
    public <T> T counted(String callee, Supplier<T> call) {
        return switch (callee) {
            case "skills-service" -> skillsService(call);
            case "coaching-service" -> coachingService(call);
            case "secondment-service" -> secondmentService(call);
            default -> throw new IllegalArgumentException("the suite has no callee " + callee);
        };
    }

    // Intercepted although called from within the bean: ArC intercepts self-invocation of non-private methods.

    @Retry(retryOn = TransientCalleeFailure.class)
    @ExponentialBackoff
    <T> T retried(Supplier<T> call) {
        return call.get();
    }

    @CircuitBreaker
    @CircuitBreakerName("skills-service")
    @Timeout
    <T> T skillsService(Supplier<T> call) {
        return call.get();
    }

    @CircuitBreaker
    @CircuitBreakerName("coaching-service")
    @Timeout
    <T> T coachingService(Supplier<T> call) {
        return call.get();
    }

    @CircuitBreaker
    @CircuitBreakerName("secondment-service")
    @Timeout
    <T> T secondmentService(Supplier<T> call) {
        return call.get();
    }
}
