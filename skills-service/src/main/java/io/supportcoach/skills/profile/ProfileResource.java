package io.supportcoach.skills.profile;

import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.Roles;
import io.supportcoach.skills.assessment.EvidenceResource.EvidencePage;
import io.supportcoach.skills.assessment.EvidenceResponse;
import io.supportcoach.skills.assessment.EvidenceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's profile and the history behind each of its skills. */
@Path("/people/{employeeId}")
@Tag(name = "Evidence and profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService profiles;
    private final EvidenceService evidence;

    public ProfileResource(ProfileService profiles, EvidenceService evidence) {
        this.profiles = profiles;
        this.evidence = evidence;
    }

    @GET
    @Path("/profile")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE, Roles.SERVICE })
    @Operation(summary = "Get a person's profile",
            description = "Per skill the current level, its confidence, the latest evidence date, how many pieces stand "
                    + "behind it and the trend, sorted by skill code. HR, the person's manager, the person, a coach who "
                    + "coaches the person now and the other services of the suite see it.")
    @APIResponse(responseCode = "200", description = "The profile.",
            content = @Content(schema = @Schema(implementation = ProfileResponse.class)))
    public ProfileResponse getProfile(@PathParam("employeeId") String employeeId) {
        return profiles.getProfile(employeeId);
    }

    @GET
    @Path("/skills/{skill}/history")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get the history of a person's skill",
            description = "Every piece of evidence for the skill in time order, corrections and what they replaced included. "
                    + "HR, the person's manager, the person and a coach who coaches the person now see it.")
    @APIResponse(responseCode = "200", description = "A page of evidence, oldest first.",
            content = @Content(schema = @Schema(implementation = EvidencePage.class)))
    public Page<EvidenceResponse> getSkillHistory(@PathParam("employeeId") String employeeId, @PathParam("skill") String skill,
            @BeanParam @Valid PageRequest page) {
        return evidence.listHistory(employeeId, skill, page);
    }
}
