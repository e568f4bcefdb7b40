package io.supportcoach.skills.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.supportcoach.http.limits.RateLimited;
import io.supportcoach.testing.TestTokens;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The expensive operations are limited per caller, and the contract says so on exactly those. Runs with a
 * Quarkus of its own that allows two imports an hour, so no other test meets that limit.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TwoImportsAnHour.class)
class RateLimitTest {

    /** The configuration a deployment would set as SUITE_RATE_LIMITS_CSV_IMPORT_REQUESTS and _PER. */
    public static class TwoImportsAnHour implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.rate-limits.csv-import.requests", "2", "suite.rate-limits.csv-import.per", "PT1H");
        }
    }

    private static final String HEADER = "code,name,description,category,kind,status,replacedBy,externalReference,tags,"
            + "level1Name,level1Indicators,level2Name,level2Indicators,level3Name,level3Indicators,level4Name,"
            + "level4Indicators,level5Name,level5Indicators\n";

    private static RequestSpecification importAs(String token) {
        return given().auth().oauth2(token).contentType("text/csv");
    }

    @Test
    void importAnswers429OnceTheCallerHasUsedUpTheLimit() {
        String code = "limited-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + code + ",Skill " + code + ",Imported by the rate limit test.,communication,SOFT,ACTIVE,,,,"
                + "Aware,Knows it,Developing,Tries it,Proficient,Does it,Advanced,Does it well,Role model,Teaches it\n";
        String hr = TestTokens.as("e-hr-limited", "hr-admin").sign();

        importAs(hr).body(csv).post("/catalogue/import").then().statusCode(200).body("created", equalTo(1));
        importAs(hr).body(csv).post("/catalogue/import").then().statusCode(200).body("unchanged", equalTo(1));
        String retryAfter = importAs(hr).body(csv).post("/catalogue/import")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .body("status", equalTo(429))
                .extract().header("Retry-After");

        // Two an hour: the next token is back half an hour after the first one was taken.
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 1800L);
        importAs(TestTokens.as("e-hr-other", "hr-admin").sign()).body(csv).post("/catalogue/import")
                .then().statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void theContractDocuments429OnExactlyTheRateLimitedOperations() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.values().forEach(item -> item.values().forEach(operation -> {
            if (operation instanceof Map<?, ?> fields && fields.get("responses") instanceof Map<?, ?> responses
                    && responses.containsKey("429")) {
                documented.add((String) fields.get("operationId"));
            }
        }));

        assertThat(rateLimitedMethods()).containsExactly("buildSkillMatrix", "getTeamMatrix", "importCatalogue",
                "rankPeopleForRoleProfile", "rankPeopleForSkills", "upsertPeople");
        // Operation ids are the resource methods' names.
        assertThat(documented).isEqualTo(rateLimitedMethods());
    }

    private static Set<String> rateLimitedMethods() {
        Set<String> names = new TreeSet<>();
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                for (Method method : bean.getBeanClass().getDeclaredMethods()) {
                    if (method.isAnnotationPresent(RateLimited.class)) {
                        names.add(method.getName());
                    }
                }
            }
        }
        return names;
    }
}
