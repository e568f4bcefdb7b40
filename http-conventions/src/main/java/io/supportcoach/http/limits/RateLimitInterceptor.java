package io.supportcoach.http.limits;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Answers 429 {@code RATE_LIMITED} with {@code Retry-After} once a caller has used up a {@link RateLimited} limit. */
@RateLimited("")
@Interceptor
// After the security checks (LIBRARY_BEFORE), so an unauthenticated or forbidden request is refused as such and
// takes no token; before the application's interceptors and bean validation, so a refused request costs no more.
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class RateLimitInterceptor {

    private final RateLimits limits;
    private final Caller caller;

    public RateLimitInterceptor(RateLimits limits, Caller caller) {
        this.limits = limits;
        this.caller = caller;
    }

    @AroundInvoke
    Object limit(InvocationContext context) throws Exception {
        String name = context.getInterceptorBinding(RateLimited.class).value();
        var wait = limits.acquire(name, caller.id());
        if (wait.isPresent()) {
            throw tooManyRequests(name, wait.get());
        }
        return context.proceed();
    }

    static ProblemException tooManyRequests(String name, Duration wait) {
        long seconds = retryAfterSeconds(wait);
        return new ProblemException(429, "RATE_LIMITED", "Too many requests",
                "You have used up your " + name + " limit for now. Retry in " + seconds + " seconds.", List.of(),
                Map.of("Retry-After", Long.toString(seconds)));
    }

    /** Rounded up, since a client that retries on the dot of a rounded-down value would be refused again. */
    static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
