package io.supportcoach.skills.audit;

import java.util.List;

import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of decisions, for HR only. */
@Path("/audit-events")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail auditTrail;

    public AuditResource(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "List decisions", description = "Newest first. The trail is append-only.")
    @APIResponse(responseCode = "200", description = "A page of audit events.",
            content = @Content(schema = @Schema(implementation = AuditEventPage.class)))
    public Page<AuditEventResponse> listAuditEvents(
            @Parameter(description = "Such as skill or person.") @QueryParam("subjectType") @Size(max = 64) String subjectType,
            @Parameter(description = "The subject's id or code.") @QueryParam("subjectId") @Size(max = 128) String subjectId,
            @BeanParam @Valid PageRequest page) {
        return auditTrail.listEvents(subjectType, subjectId, page);
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "AuditEventPage")
    record AuditEventPage(List<AuditEventResponse> items, String nextCursor) {
    }
}
