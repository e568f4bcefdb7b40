package io.supportcoach.http.testapp;

import io.supportcoach.http.limits.BodyLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Bodies of the default limit (1 MiB) and of a larger one of their own, answered with the bytes read. */
@Path("/uploads")
@Consumes(MediaType.APPLICATION_OCTET_STREAM)
@Produces(MediaType.TEXT_PLAIN)
@RolesAllowed("employee")
public class UploadResource {

    @POST
    public int upload(byte[] body) {
        return body.length;
    }

    @POST
    @Path("/large")
    @BodyLimit(mebibytes = 3)
    public int uploadLarge(byte[] body) {
        return body.length;
    }
}
