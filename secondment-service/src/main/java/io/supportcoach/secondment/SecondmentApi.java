package io.supportcoach.secondment;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The application as its contract describes it: the description of each tag. Title, version, contact and
 * servers come from configuration.
 */
@OpenAPIDefinition(info = @Info(title = "secondment-service", version = "0.1.0"), tags = {
        @Tag(name = "Opportunities", description = "What host teams offer for secondments and cross-training."),
        @Tag(name = "Placements", description = "An employee's time in a host team, agreed by both managers and the employee."),
        @Tag(name = "People changes", description = "What skills-service, the register of people, reports about "
                + "people who left or changed team."),
        @Tag(name = "Planning", description = "Who of a team is away on placement and who it hosts, as JSON, a timeline "
                + "and a calendar feed."),
        @Tag(name = "Candidates", description = "People ranked for an opportunity by their goals, gaps and free time.") })
public class SecondmentApi extends Application {
}
