package io.supportcoach.coaching.programme;

import java.util.UUID;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One enrolment and its lifecycle: INVITED, ACTIVE, then COMPLETED or WITHDRAWN. */
@Path("/enrolments")
@Tag(name = "Programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    private static final String IF_MATCH = "The ETag last read.";

    private final EnrolmentService enrolments;

    public EnrolmentResource(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get an enrolment", description = "For HR, its coach and its employee.")
    @APIResponse(responseCode = "200", description = "The enrolment; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getEnrolment(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, enrolments.findEnrolment(id));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Accept an enrolment", description = "The invited employee, or HR for them: INVITED becomes "
            + "ACTIVE, and skills-service learns that the coach now coaches the employee.")
    @APIResponse(responseCode = "200", description = "Accepted; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is the enrolment's coach (NOT_THE_EMPLOYEE).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The enrolment is not INVITED (ENROLMENT_NOT_INVITED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response acceptEnrolment(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(enrolments.accept(id, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Complete an enrolment", description = "The enrolment's coach or HR: ACTIVE becomes "
            + "COMPLETED, which frees the coach's place, and the coach's access to the employee through it ends.")
    @APIResponse(responseCode = "200", description = "Completed; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is the enrolment's employee (NOT_THE_COACH).",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The enrolment is not ACTIVE (ENROLMENT_NOT_ACTIVE).",
            content = @Content(mediaType = "application/problem+json"))
    public Response completeEnrolment(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(enrolments.complete(id, IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Withdraw an enrolment", description = "The employee, the coach or HR, with an optional "
            + "reason: an INVITED or ACTIVE enrolment becomes WITHDRAWN and frees the coach's place.")
    @APIResponse(responseCode = "200", description = "Withdrawn; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "409", description = "The enrolment has already ended (ENROLMENT_ENDED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response withdrawEnrolment(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = false, content = @Content(schema = @Schema(implementation = WithdrawRequest.class)))
            @Valid WithdrawRequest body) {
        return Etags.ok(enrolments.withdraw(id, IfMatch.of(ifMatch), body));
    }
}
