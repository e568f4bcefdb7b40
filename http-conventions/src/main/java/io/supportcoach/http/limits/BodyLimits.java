package io.supportcoach.http.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.supportcoach.http.problem.ProblemClassifier;
import io.supportcoach.http.problem.ProblemException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds each operation to its own body limit: {@link RequestLimits#DEFAULT_BODY_BYTES} (1 MiB), or what its
 * {@link BodyLimit} says. A body announced as larger (Content-Length) is refused once the operation is known, before
 * a byte of it is read; a body sent without a length (chunked) is counted while the operation reads it and refused at
 * the first byte past the limit, so no more than the limit is ever held. The answer is 413 PAYLOAD_TOO_LARGE as
 * problem+json, and the connection closes after it, since the rest of the body is never read.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class BodyLimits implements ReaderInterceptor {

    private static final String LIMIT = BodyLimits.class.getName() + ".limit";
    /**
     * The HTTP server cuts a body without a length at {@code max-body-size} with a bare 413 of its own. Moved this far
     * above the operation's limit, it stays a backstop and never answers before this class does.
     */
    private static final long SERVER_CUT_MARGIN = 1024 * 1024;

    private final Map<Method, Long> limits = new ConcurrentHashMap<>();
    private final CurrentVertxRequest currentRequest;

    public BodyLimits(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    /** After matching, since the limit belongs to the operation; before the body is read. */
    @ServerRequestFilter
    public void limitBody(ContainerRequestContext request, ResourceInfo resource) {
        long limit = limits.computeIfAbsent(resource.getResourceMethod(),
                method -> limitOf(method, resource.getResourceClass()));
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        RoutingContext context = currentRequest.getCurrent();
        if (length != null && RequestLimits.parse(length) > limit) {
            throw tooLarge(context, limit);
        }
        request.setProperty(LIMIT, limit);
        if (context.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null) {
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit + SERVER_CUT_MARGIN);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext reading) throws IOException {
        if (reading.getProperty(LIMIT) instanceof Long limit) {
            reading.setInputStream(new BoundedBody(reading.getInputStream(), limit, currentRequest.getCurrent()));
        }
        return reading.proceed();
    }

    private static long limitOf(Method method, Class<?> resourceClass) {
        BodyLimit declared = method.getAnnotation(BodyLimit.class);
        if (declared == null) {
            declared = resourceClass.getAnnotation(BodyLimit.class);
        }
        return declared == null ? RequestLimits.DEFAULT_BODY_BYTES
                : Math.min(declared.mebibytes() * 1024L * 1024L, RequestLimits.SERVER_MAX_BODY_BYTES);
    }

    /** The problem, with the connection closed once it is answered: what is left of the body is never read. */
    private static ProblemException tooLarge(RoutingContext context, long limit) {
        context.addEndHandler(ended -> context.request().connection().close());
        return ProblemClassifier.payloadTooLarge(limit);
    }

    /** A body that ends in a problem at its first byte past the limit, reading no further than that byte. */
    private static final class BoundedBody extends FilterInputStream {

        private final long limit;
        private final RoutingContext context;
        private long count;

        BoundedBody(InputStream body, long limit, RoutingContext context) {
            super(body);
            this.limit = limit;
            this.context = context;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, (int) Math.min(length, limit + 1 - count));
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long bytes) throws IOException {
            long skipped = super.skip(Math.min(bytes, limit + 1 - count));
            counted(skipped);
            return skipped;
        }

        private void counted(long bytes) {
            count += bytes;
            if (count > limit) {
                throw tooLarge(context, limit);
            }
        }
    }
}
