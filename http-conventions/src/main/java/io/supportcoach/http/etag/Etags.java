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
     * 200 with the body and its ETag, or 304 when the client's {@code If-None-Match} already names it. The
     * comparison is weak, as RFC 9110 asks of If-None-Match: {@code W/"3"} names version 3 too.
     */
    public static Response okOrNotModified(HttpHeaders headers, Versioned<?> resource) {
        EntityTag tag = of(resource.version());
        if (namesCurrentVersion(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(resource.body()).tag(tag).build();
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
