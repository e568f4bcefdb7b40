package io.supportcoach.http.testapp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The client side of {@link TracedCallResource#echo}, as a service's generated client of another would be. */
@RegisterRestClient
@Path("/traced-calls")
public interface EchoApi {

    @GET
    @Path("/echo")
    @Produces(MediaType.TEXT_PLAIN)
    String echo(@QueryParam("marker") String marker);
}
