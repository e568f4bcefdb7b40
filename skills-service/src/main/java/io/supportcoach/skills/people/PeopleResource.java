package io.supportcoach.skills.people;

import java.util.List;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.limits.RateLimited;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.IdPatterns;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The register of people. It mirrors the HR system, so a PUT is an upsert that needs no If-Match:
 * the HR system's latest word always wins.
 */
@Path("/people")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final PeopleService people;

    public PeopleResource(PeopleService people) {
        this.people = people;
    }

    @PUT
    @Path("/{employeeId}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Create or update a person", description = "An upsert from the HR system; no If-Match needed.")
    @APIResponse(responseCode = "201", description = "The person was new.",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "200", description = "The person was updated, or already up to date.",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    public Response upsertPerson(@PathParam("employeeId") @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
            String employeeId, @NotNull @Valid PersonRequest body) {
        var upsert = people.upsertPerson(employeeId, body);
        return upsert.outcome() == PeopleService.Outcome.CREATED
                ? Etags.created("/people/" + employeeId, upsert.person()) : Etags.ok(upsert.person());
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Roles.HR_ADMIN)
    @RateLimited("batch-upsert")
    @Operation(summary = "Create or update up to 1000 people", description = "All or nothing.")
    @APIResponse(responseCode = "200", description = "What the batch did.",
            content = @Content(schema = @Schema(implementation = BatchReport.class)))
    @APIResponse(responseCode = "429", description = "The caller has used up the batch-upsert limit (RATE_LIMITED); "
            + "retry after Retry-After seconds.")
    public BatchReport upsertPeople(@NotNull @Valid BatchRequest body) {
        return people.upsertPeople(body);
    }

    @GET
    @Path("/{employeeId}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE, Roles.SERVICE })
    @Operation(summary = "Get a person",
            description = "HR and the other services of the suite see everyone, a manager the people of their teams, a coach "
                    + "the people they coach now (an active enrolment or a session in the last 12 months), anyone else "
                    + "only themselves.")
    @APIResponse(responseCode = "200", description = "The person.",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getPerson(@PathParam("employeeId") String employeeId, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, people.findPerson(employeeId));
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER })
    @Operation(summary = "List people", description = "Sorted by employee id. A manager sees only the teams they manage.")
    @APIResponse(responseCode = "200", description = "A page of people.",
            content = @Content(schema = @Schema(implementation = PersonPage.class)))
    public Page<PersonResponse> listPeople(@QueryParam("teamId") @Size(max = 64) String teamId,
            @BeanParam @Valid PageRequest page) {
        return people.listPeople(teamId, page);
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "PersonPage")
    record PersonPage(List<PersonResponse> items, String nextCursor) {
    }
}
