package io.supportcoach.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * skills-service with a register of people that a test writes into the employee id, so concurrent tests need no
 * stubs of their own: {@code <name>.<team>} is an ACTIVE person of team {@code <team>}, {@code left.<name>.<team>}
 * one who LEFT, {@code unknown.<name>} is nobody (404), and an id without a team part is an ACTIVE person of team
 * {@value #NO_TEAM_NAMED}, for tests that are not about teams. Every other call answers as {@link SkillsServiceStub}.
 */
public class RegisterOfPeopleStub extends SkillsServiceStub {

    @Override
    protected Extension[] extensions() {
        return Stream.concat(Arrays.stream(super.extensions()), Stream.of(new PersonFromItsId()))
                .toArray(Extension[]::new);
    }

    @Override
    protected void stubDefaults(WireMockServer server) {
        super.stubDefaults(server);
        server.stubFor(get(urlPathMatching("/people/[^/]+")).atPriority(DEFAULT)
                .willReturn(aResponse().withTransformers(PersonFromItsId.NAME)));
    }

    /** The team of a person whose id names none. */
    public static final String NO_TEAM_NAMED = "team-unnamed";

    /** The employee id of an ACTIVE person of this team. */
    public static String personOf(String name, String team) {
        return name + "." + team;
    }

    static final class PersonFromItsId implements ResponseDefinitionTransformerV2 {

        static final String NAME = "person-from-its-id";
        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String path = event.getRequest().getUrl().split("\\?")[0];
            String employeeId = path.substring(path.lastIndexOf('/') + 1);
            if (employeeId.startsWith("unknown.")) {
                return CalleeStub.problem(404, "NOT_FOUND").build();
            }
            boolean left = employeeId.startsWith("left.");
            String rest = left ? employeeId.substring("left.".length()) : employeeId;
            String team = rest.contains(".") ? rest.substring(rest.indexOf('.') + 1) : NO_TEAM_NAMED;
            var person = new LinkedHashMap<String, Object>();
            person.put("employeeId", employeeId);
            person.put("displayName", "Person " + employeeId);
            person.put("email", employeeId + "@example.org");
            person.put("teamId", team);
            person.put("status", left ? "LEFT" : "ACTIVE");
            person.put("version", 0);
            person.put("createdAt", "2027-01-04T09:00:00Z");
            person.put("createdBy", "e-hr");
            person.put("updatedAt", "2027-01-04T09:00:00Z");
            person.put("updatedBy", "e-hr");
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json(person))
                    .build();
        }

        private static String json(Map<String, Object> body) {
            try {
                return JSON.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("maps of strings and numbers always serialise", e);
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
