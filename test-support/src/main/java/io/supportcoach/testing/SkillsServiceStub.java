package io.supportcoach.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * skills-service as the services that call it see it in their tests: by default every skill code asked for is an
 * active skill, so a test that is not about skill codes may use any well-formed code; every coaching relation granted
 * or revoked is taken. A test about skill codes stubs its own answer with {@link #page} of {@link #activeSkill} and
 * {@link #retiredSkill} at a priority below {@link #DEFAULT}.
 */
public class SkillsServiceStub extends CalleeStubResource {

    /** The priority of the default answers; a test's stub with a smaller number wins. */
    public static final int DEFAULT = 10;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A coaching relation as skills-service answers a grant, with every field its contract requires. */
    private static final String COACHING_RELATION = """
            {"reference": "session:5f0c2d1e-8a4b-4c39-9d0e-2b7f6a1c3e55:e-stub", "coachId": "e-stub-coach",
             "coacheeId": "e-stub", "validUntil": null, "version": 0, "createdAt": "2027-03-01T10:00:00Z",
             "createdBy": "coaching-service", "updatedAt": "2027-03-01T10:00:00Z", "updatedBy": "coaching-service"}""";

    private static final String RECORDED_EVIDENCE = """
            {"id": "5f0c2d1e-8a4b-4c39-9d0e-2b7f6a1c3e55", "employeeId": "e-stub", "skill": "communication",
             "level": 3, "source": "MANAGER", "assertedBy": "e-stub-manager", "observedAt": "2027-03-01T10:00:00Z",
             "recordedAt": "2027-03-01T10:00:01Z", "note": "Observed.", "reference": null, "supersedes": null,
             "supersededBy": null}""";

    @Override
    protected String callee() {
        return "skills-service";
    }

    @Override
    protected Extension[] extensions() {
        return new Extension[] { new EveryCodeAnActiveSkill() };
    }

    @Override
    protected void stubDefaults(WireMockServer server) {
        server.stubFor(get(urlPathEqualTo("/skills")).atPriority(DEFAULT)
                .willReturn(aResponse().withTransformers(EveryCodeAnActiveSkill.NAME)));
        server.stubFor(put(urlPathMatching("/coaching-relations/[^/]+")).atPriority(DEFAULT)
                .willReturn(okJson(COACHING_RELATION)));
        server.stubFor(delete(urlPathMatching("/coaching-relations/[^/]+")).atPriority(DEFAULT)
                .willReturn(aResponse().withStatus(204)));
    }

    /** The body of a page of {@code GET /skills} holding these skills, as the contract's {@code SkillPage}. */
    @SafeVarargs
    public static String page(Map<String, Object>... skills) {
        try {
            return JSON.writeValueAsString(Map.of("items", List.of(skills)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and lists always serialise", e);
        }
    }

    /** A delivery of evidence about anyone, {@code POST /people/{employeeId}/evidence}, to stub its answer. */
    public static MappingBuilder anyEvidenceDelivery() {
        return post(urlPathMatching("/people/[^/]+/evidence"));
    }

    /** The deliveries of evidence about one person, to count or read them. */
    public static RequestPatternBuilder evidenceDeliveriesAbout(String employeeId) {
        return postRequestedFor(urlPathEqualTo("/people/" + employeeId + "/evidence"));
    }

    /**
     * A piece of evidence as skills-service answers its delivery with {@code status} (201 new, 200 recorded before),
     * with every field the contract's {@code Evidence} requires. The callers read only the status, so one answer
     * serves them all.
     */
    public static ResponseDefinitionBuilder recordedEvidence(int status) {
        return okJson(RECORDED_EVIDENCE).withStatus(status);
    }

    public static Map<String, Object> activeSkill(String code) {
        return skill(code, "ACTIVE", null);
    }

    public static Map<String, Object> retiredSkill(String code, String replacedBy) {
        return skill(code, "RETIRED", replacedBy);
    }

    /** A skill with every field the contract's {@code Skill} requires. */
    private static Map<String, Object> skill(String code, String status, String replacedBy) {
        var skill = new LinkedHashMap<String, Object>();
        skill.put("id", UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)).toString());
        skill.put("code", code);
        skill.put("name", "Skill " + code);
        skill.put("description", "A skill of the stubbed catalogue.");
        skill.put("category", "communication");
        skill.put("kind", "SOFT");
        skill.put("status", status);
        skill.put("replacedBy", replacedBy);
        skill.put("externalReference", null);
        skill.put("tags", List.of());
        skill.put("levels",
                List.of(Map.of("level", 1, "name", "Aware", "indicators", List.of("Lets the caller finish"))));
        skill.put("version", 0);
        skill.put("createdAt", "2027-01-04T09:00:00Z");
        skill.put("createdBy", "e-hr");
        skill.put("updatedAt", "2027-01-04T09:00:00Z");
        skill.put("updatedBy", "e-hr");
        return skill;
    }

    /** Answers {@code GET /skills?code=...} with an active skill for each code asked for. */
    static final class EveryCodeAnActiveSkill implements ResponseDefinitionTransformerV2 {

        static final String NAME = "every-code-an-active-skill";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            var codes = event.getRequest().queryParameter("code");
            List<String> asked = codes.isPresent() ? codes.values() : List.of();
            @SuppressWarnings("unchecked")
            Map<String, Object>[] skills = asked.stream().distinct().sorted().map(SkillsServiceStub::activeSkill)
                    .toArray(Map[]::new);
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(page(skills))
                    .build();
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
