package io.supportcoach.http.outbox;

import java.util.List;
import java.util.UUID;

import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.Roles;
import io.supportcoach.persistence.outbox.OutboxStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The messages this service owes the other services of the suite (transactional outbox), for HR: every service
 * that sends on nobody's behalf offers the same operations.
 */
@Path("/outbox-messages")
@Tag(name = "Outbox", description = "Messages this service owes the other services, delivered in order and exactly "
        + "once in effect; a parked message waits for HR to retry or discard it.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.HR_ADMIN)
public class OutboxResource {

    private final OutboxMessages messages;

    public OutboxResource(OutboxMessages messages) {
        this.messages = messages;
    }

    @GET
    @Operation(summary = "List outbox messages", description = "Oldest first; `status=FAILED` lists what waits for HR.")
    @APIResponse(responseCode = "200", description = "A page of messages.",
            content = @Content(schema = @Schema(implementation = OutboxMessagePage.class)))
    public Page<OutboxMessageResponse> listOutboxMessages(
            @Parameter(description = "Only messages in this state.", schema = @Schema(implementation = OutboxStatus.class))
            @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|FAILED|DISCARDED",
                    message = "must be PENDING, DELIVERED, FAILED or DISCARDED") String status,
            @BeanParam @Valid PageRequest page) {
        // Bound as text: JAX-RS answers 404 to a query parameter it cannot convert, and this is a 400.
        return messages.list(status == null ? null : OutboxStatus.valueOf(status), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an outbox message", description = "Its state, attempts and last error.")
    @APIResponse(responseCode = "200", description = "The message.",
            content = @Content(schema = @Schema(implementation = OutboxMessageResponse.class)))
    public OutboxMessageResponse getOutboxMessage(@PathParam("id") UUID id) {
        return messages.find(id);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Retry a parked outbox message",
            description = "Puts a FAILED message back in line with fresh attempts, after whatever refused it is fixed.")
    @APIResponse(responseCode = "200", description = "The message, PENDING again.",
            content = @Content(schema = @Schema(implementation = OutboxMessageResponse.class)))
    @APIResponse(responseCode = "409", description = "The message is not FAILED (MESSAGE_NOT_PARKED).",
            content = @Content(mediaType = "application/problem+json"))
    public OutboxMessageResponse retryOutboxMessage(@PathParam("id") UUID id) {
        return messages.retry(id);
    }

    @POST
    @Path("/{id}/discard")
    @Operation(summary = "Discard a parked outbox message",
            description = "Gives up a FAILED message for good, which lets the later messages of its aggregate go.")
    @APIResponse(responseCode = "200", description = "The message, DISCARDED.",
            content = @Content(schema = @Schema(implementation = OutboxMessageResponse.class)))
    @APIResponse(responseCode = "409", description = "The message is not FAILED (MESSAGE_NOT_PARKED).",
            content = @Content(mediaType = "application/problem+json"))
    public OutboxMessageResponse discardOutboxMessage(@PathParam("id") UUID id) {
        return messages.discard(id);
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "OutboxMessagePage")
    public record OutboxMessagePage(List<OutboxMessageResponse> items, String nextCursor) {
    }
}
