package io.supportcoach.http.headers;

import java.net.URI;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries and one header a request without a body does not need. Answers hold
 * personal data, so shared caches must not keep them, while a client may still revalidate with its ETag;
 * and no browser may guess another media type than the one declared. A GET or DELETE that carries a
 * {@code Content-Type} but no body (some HTTP clients and load tools send one) is not refused for it. A
 * {@code Location} is a path, never an absolute URI built from whatever {@code Host} the client sent.
 */
@ApplicationScoped
public class SafeHeaders {

    static final String NO_SNIFF = "nosniff";
    static final String PRIVATE = "private, no-cache";

    void registerFilter(@Observes Filters filters) {
        filters.register(this::apply, 1000);
    }

    private void apply(RoutingContext context) {
        if (!hasBody(context)) {
            context.request().headers().remove(HttpHeaders.CONTENT_TYPE);
        }
        context.addHeadersEndHandler(ignored -> {
            var headers = context.response().headers();
            headers.set("X-Content-Type-Options", NO_SNIFF);
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
            String location = headers.get(HttpHeaders.LOCATION);
            if (location != null) {
                headers.set(HttpHeaders.LOCATION, pathOf(location));
            }
        });
        context.next();
    }

    static String pathOf(String location) {
        URI uri = URI.create(location);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static boolean hasBody(RoutingContext context) {
        var headers = context.request().headers();
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return headers.contains(HttpHeaders.TRANSFER_ENCODING) || (length != null && !length.trim().equals("0"));
    }
}
