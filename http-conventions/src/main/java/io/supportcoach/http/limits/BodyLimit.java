package io.supportcoach.http.limits;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Lets a resource method (or every method of a resource class) read a larger request body than the 1 MiB every other
 * operation reads, up to the server's own cap of 16 MiB ({@link RequestLimits#SERVER_MAX_BODY_BYTES}). State the
 * limit in the contract beside it: the request body's {@code maxLength}, and a
 * {@code @APIResponse(responseCode = "413", description = ...)} whose body the contract conventions add.
 */
@Retention(RUNTIME)
@Target({ TYPE, METHOD })
public @interface BodyLimit {

    /** The most body the operation reads, in MiB. */
    int mebibytes();
}
