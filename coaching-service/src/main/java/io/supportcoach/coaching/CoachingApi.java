package io.supportcoach.coaching;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The application as its contract describes it: the description of each tag. Title, version, contact and
 * servers come from configuration.
 */
@OpenAPIDefinition(info = @Info(title = "coaching-service", version = "0.1.0"), tags = {
        @Tag(name = "Coaches", description = "Coaches: the skills each coaches, how many coachees they take, and "
                + "their working hours."),
        @Tag(name = "Programmes", description = "Programmes of coaching, and the employees enrolled in them with a "
                + "coach, never more than the coach's capacity."),
        @Tag(name = "Coaching sessions", description = "Sessions of a coach with one or more coachees: scheduling "
                + "that never double-books anyone, the lifecycle, and observations that become evidence in "
                + "skills-service."),
        @Tag(name = "Scenarios", description = "Role-play scenarios for IT support desks, and the scoring rubric "
                + "each builds from skills-service's catalogue."),
        @Tag(name = "Calendars", description = "Sessions as iCalendar events, and secret feed URLs that calendar apps "
                + "subscribe to without a bearer token."),
        @Tag(name = "People changes", description = "What skills-service, the register of people, reports about "
                + "people who left or changed team.") })
public class CoachingApi extends Application {
}
