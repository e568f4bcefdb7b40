package io.supportcoach.http.limits;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Limits how often one caller may call an expensive resource method; over the limit the answer is 429
 * {@code RATE_LIMITED}. Declare the 429 with {@code @APIResponse(responseCode = "429", description = ...)} beside it:
 * the contract conventions add its body and {@code Retry-After}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ TYPE, METHOD })
public @interface RateLimited {

    /**
     * The limit's name, configured as {@code suite.rate-limits.<name>.requests} and {@code .per}. Operations that
     * share a name share one budget per caller.
     */
    @Nonbinding
    String value();
}
