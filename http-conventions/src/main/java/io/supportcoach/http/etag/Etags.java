package io.supportcoach.http.etag;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Strong ETags from resource versions, and the conditional-request rules of RFC 9110. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The strong ETag of another representation of a versioned resource, such as {@code "3-ics"} for version 3 as
     * iCalendar: RFC 9110 has a strong ETag name one representation, so two media types of one version never share
     * one. {@code representation} is a short token of letters and digits.
     */
    public static EntityTag of(long version, String representation) {
        if (!representation.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("a representation is named by letters and digits: " + representation);
        }
        return new EntityTag(version + "-" + representation);
    }

    /**
     * 200 with the body and its ETag, or 304 when the client's {@code If-None-Match} already names it. The
     * comparison is weak, as RFC 9110 asks of If-None-Match: {@code W/"3"} names version 3 too.
     */
    public static Response okOrNotModified(HttpHeaders headers, Versioned<?> resource) {
        return okOrNotModified(headers, resource.body(), of(resource.version()));
    }

    /**
     * Like {@link #okOrNotModified(HttpHeaders, Versioned)} for another representation of the resource, tagged
     * {@link #of(long, String)}: an If-None-Match naming the main representation's ETag does not make it 304.
     */
    public static Response okOrNotModified(HttpHeaders headers, Versioned<?> resource, String representation) {
        return okOrNotModified(headers, resource.body(), of(resource.version(), representation));
    }

    private static Response okOrNotModified(HttpHeaders headers, Object body, EntityTag tag) {
        if (namesCurrentVersion(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(body).tag(tag).build();
    }

    static boolean namesCurrentVersion(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = '"' + current.getValue() + '"';
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** 200 with the body of a write and its new ETag. */
    public static Response ok(Versioned<?> resource) {
        return Response.ok(resource.body()).tag(of(resource.version())).build();
    }

    /** 201 with the created resource, where it lives, and its ETag. */
    public static Response created(String location, Versioned<?> resource) {
        return Response.created(URI.create(location)).entity(resource.body()).tag(of(resource.version())).build();
    }
}
