package io.supportcoach.http.testapp;

import io.supportcoach.http.client.Callees;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * A test-only request that fans out, as a service's does: it calls another service (this application, as
 * {@code itself}) through a client built by {@link Callees}, and the callee answers with the {@code traceparent} it
 * received. Both sides log a line naming the test's marker.
 */
@Path("/traced-calls")
@Produces(MediaType.TEXT_PLAIN)
@RolesAllowed("employee")
public class TracedCallResource {

    private static final Logger LOG = Logger.getLogger(TracedCallResource.class);

    private final EchoApi itself;

    public TracedCallResource(Callees callees, JsonWebToken callerToken) {
        this.itself = callees.client(EchoApi.class, "itself", callerToken::getRawToken);
    }

    @GET
    public String call(@QueryParam("marker") String marker) {
        LOG.infof("calling itself for %s", marker);
        return itself.echo(marker);
    }

    @GET
    @Path("/echo")
    public String echo(@QueryParam("marker") String marker, @HeaderParam("traceparent") String traceparent) {
        LOG.infof("called for %s", marker);
        return traceparent == null ? "" : traceparent;
    }
}
