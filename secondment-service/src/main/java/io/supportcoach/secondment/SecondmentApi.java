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
        @Tag(name = "Placements", description = "An employee's time in a host team, agreed by both managers and the employee.") })
public class SecondmentApi extends Application {
}
