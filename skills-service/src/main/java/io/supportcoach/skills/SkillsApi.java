package io.supportcoach.skills;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The application as its contract describes it: the description of each tag. Title, version, contact and
 * servers come from configuration.
 */
@OpenAPIDefinition(info = @Info(title = "skills-service", version = "0.1.0"), tags = {
        @Tag(name = "Audit", description = "The append-only trail of decisions such as retirements and corrections."),
        @Tag(name = "Catalogue", description = "Skills and categories with their five-level rubric, and the "
                + "catalogue as CSV."),
        @Tag(name = "Coaching relations", description = "Who coaches whom, as coaching-service reports it: what lets "
                + "a coach see and write about their coachees."),
        @Tag(name = "Evidence and profiles", description = "Dated evidence of the level a person showed, and the "
                + "profile and history derived from it."),
        @Tag(name = "Goals", description = "Development goals that achieve themselves when the evidence reaches them."),
        @Tag(name = "People", description = "The register of people, kept in step with the HR system."),
        @Tag(name = "Role profiles", description = "Roles as target levels, with gaps and fit rankings against them."),
        @Tag(name = "Teams", description = "A manager's view of a team: its active goals and its skill matrix.") })
public class SkillsApi extends Application {
}
