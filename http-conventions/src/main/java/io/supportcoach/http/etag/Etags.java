package io.supportcoach.http.etag;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** Strong ETags from resource versions, and the conditional-request rules of RFC 9110. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its ETag, or 304 when the client's {@code If-None-Match} already names it. */
    public static Response okOrNotModified(Request request, Versioned<?> resource) {
        EntityTag tag = of(resource.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(resource.body()).tag(tag).build();
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
