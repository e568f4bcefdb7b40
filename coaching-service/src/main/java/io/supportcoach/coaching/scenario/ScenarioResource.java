package io.supportcoach.coaching.scenario;

import java.util.List;
import java.util.UUID;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Role-play scenarios for IT support. Everyone signed in reads them; HR writes them. */
@Path("/scenarios")
@Tag(name = "Scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    private static final String REQUEST_EXAMPLE = """
            {"title": "The printer on the fourth floor", "situation": "A new print system went live on Monday; a user \
            calls because nothing comes out of the printer by the lifts.", "rolePlayerBrief": "Be polite but vague. \
            Name the printer only when asked where you are standing.", "skills": ["follow-up-questions", "patience"], \
            "difficulty": "FOUNDATION"}""";
    private static final String DUPLICATE_EXAMPLE = """
            {"type": "/problems/scenario-title-taken", "title": "Conflict", "status": 409,
             "detail": "Another scenario has this title.", "instance": "/scenarios",
             "code": "SCENARIO_TITLE_TAKEN", "traceId": "4bf92f3577b34da6a3ce929d0e0e4736"}""";
    private static final String SKILLS_DESCRIPTION = "Every skill code must name a skill of skills-service's catalogue "
            + "that is not retired; skills-service is asked with the caller's token. When it cannot answer, the answer "
            + "is 503 DEPENDENCY_UNAVAILABLE with Retry-After.";
    private static final String UNUSABLE_SKILL_DESCRIPTION = "A skill code names no skill (UNKNOWN_SKILL) or a retired "
            + "one (SKILL_RETIRED); `errors` names each such code.";
    private static final String READERS_DESCRIPTION = "HR, managers, coaches and employees.";

    private final ScenarioService scenarios;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public ScenarioResource(ScenarioService scenarios, IdempotentCreates idempotentCreates, Caller caller) {
        this.scenarios = scenarios;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List scenarios", description = "Sorted by title. " + READERS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of scenarios.",
            content = @Content(schema = @Schema(implementation = ScenarioPage.class)))
    public Page<ScenarioResponse> listScenarios(@BeanParam @Valid ScenarioFilter filter,
            @BeanParam @Valid PageRequest page) {
        return scenarios.listScenarios(filter, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a scenario", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The scenario; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getScenario(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, scenarios.findScenario(id));
    }

    @GET
    @Path("/{id}/rubric")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a scenario's rubric", description = "How to score a role play of the scenario: per "
            + "skill it exercises, the levels and observable indicators of skills-service's catalogue, read now with "
            + "the caller's token. When skills-service cannot answer, 503 DEPENDENCY_UNAVAILABLE with Retry-After. "
            + READERS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The rubric.",
            content = @Content(schema = @Schema(implementation = ScenarioRubric.class)))
    public ScenarioRubric getScenarioRubric(@PathParam("id") UUID id) {
        return scenarios.buildRubric(id);
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Write a scenario", description = SKILLS_DESCRIPTION)
    @RequestBody(content = @Content(schema = @Schema(implementation = ScenarioRequest.class),
            examples = @ExampleObject(name = "scenario", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Written; the Location header names the new scenario.",
            headers = { @Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class)) },
            content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
    @APIResponse(responseCode = "409",
            description = "Another scenario has the title (SCENARIO_TITLE_TAKEN), or the Idempotency-Key is in use.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "title taken", value = DUPLICATE_EXAMPLE)))
    @APIResponse(responseCode = "422", description = UNUSABLE_SKILL_DESCRIPTION
            + " Or the Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response createScenario(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid ScenarioRequest body) {
        var skills = scenarios.checkSkills(body);
        return idempotentCreates.create(idempotencyKey, caller.id(), body, () -> {
            var scenario = scenarios.createScenario(body, skills);
            return Etags.created("/scenarios/" + scenario.body().id(), scenario);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Replace a scenario", description = SKILLS_DESCRIPTION
            + " A skill retired since the scenario named it may stay.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ScenarioRequest.class),
            examples = @ExampleObject(name = "scenario", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
    @APIResponse(responseCode = "409", description = "Another scenario has the title (SCENARIO_TITLE_TAKEN).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = UNUSABLE_SKILL_DESCRIPTION,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response updateScenario(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ScenarioRequest body) {
        var skills = scenarios.checkSkills(body);
        return Etags.ok(scenarios.updateScenario(id, IfMatch.of(ifMatch), body, skills));
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "ScenarioPage")
    record ScenarioPage(List<ScenarioResponse> items,
            @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {
    }
}
