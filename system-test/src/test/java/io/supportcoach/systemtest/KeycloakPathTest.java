package io.supportcoach.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The path of a token from the real Keycloak, with the committed realm, to the three running services: what a
 * person's token and a service's token carry, that the services take them, and what the realm refuses.
 *
 * <p>Cost, measured on a 2-core machine: 4 to 6 s for its own tests, most of it the first token requests and
 * the services' first verification of a Keycloak token. Whichever system test class runs first also pays for
 * starting the system under test, about 30 s: Keycloak 17 s (26 s on its first start after Maven unpacked
 * it, when it builds itself for development mode), then the three services side by side 13 s.
 */
@SystemTest
class KeycloakPathTest {

    private static RunningSuite suite;
    private static Oidc oidc;

    @BeforeAll
    static void connect(RunningSuite running) {
        suite = running;
        oidc = new Oidc(running.keycloak());
    }

    /** A service's read that every person role may use, so any demo user's token must pass it. */
    static Stream<Arguments> reads() {
        return Stream.of(Arguments.of(RunningSuite.SKILLS, "/skills"), Arguments.of(RunningSuite.COACHING, "/coaches"),
                Arguments.of(RunningSuite.SECONDMENT, "/opportunities"));
    }

    @Test
    void hrAdminTokenCarriesWhatTheServicesRead() {
        JsonNode claims = Oidc.claims(oidc.userToken("hr.admin", "hr.admin"));

        assertThat(claims.path("iss").asText()).isEqualTo(suite.keycloak().realmUrl());
        assertThat(Oidc.strings(claims, "aud")).contains(RunningSuite.AUDIENCE);
        assertThat(claims.path("upn").asText()).isEqualTo("e-001");
        assertThat(claims.path("groups").isArray()).as("groups is a list").isTrue();
        assertThat(Oidc.strings(claims, "groups")).containsExactly("hr-admin");
        assertThat(claims.has("manages")).as("hr.admin manages no team").isFalse();
    }

    @Test
    void managerTokenCarriesTheTeamsSheManages() {
        JsonNode claims = Oidc.claims(oidc.userToken("manager.anna", "manager.anna"));

        assertThat(claims.path("iss").asText()).isEqualTo(suite.keycloak().realmUrl());
        assertThat(Oidc.strings(claims, "aud")).contains(RunningSuite.AUDIENCE);
        assertThat(claims.path("upn").asText()).isEqualTo("e-002");
        assertThat(Oidc.strings(claims, "groups")).containsExactly("manager");
        assertThat(claims.path("manages").isArray()).as("manages is a list").isTrue();
        assertThat(Oidc.strings(claims, "manages")).containsExactly("service-desk");
    }

    @ParameterizedTest(name = "{0} GET {1}")
    @MethodSource("reads")
    void eachServiceTakesPeoplesTokensFromKeycloak(String service, String path) {
        String url = suite.service(service).baseUrl() + path;

        assertThat(Http.get(url, oidc.userToken("hr.admin", "hr.admin")).status()).as("hr.admin").isEqualTo(200);
        assertThat(Http.get(url, oidc.userToken("manager.anna", "manager.anna")).status()).as("manager.anna")
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} GET {1}")
    @MethodSource("reads")
    void eachServiceRefusesNoTokenAndAForgedOne(String service, String path) {
        String url = suite.service(service).baseUrl() + path;
        String token = oidc.userToken("hr.admin", "hr.admin");

        assertThat(Http.get(url, null).status()).as("no token").isEqualTo(401);
        assertThat(Http.get(url, withAlteredSignature(token)).status()).as("altered signature").isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = { RunningSuite.SKILLS, RunningSuite.COACHING, RunningSuite.SECONDMENT })
    void eachServiceGetsAServiceTokenNamingItself(String client) {
        Http.Answer answer = oidc.clientCredentials(client, suite.keycloak().clientSecret(client));
        JsonNode claims = Oidc.claims(Oidc.accessToken(answer));

        assertThat(claims.path("iss").asText()).isEqualTo(suite.keycloak().realmUrl());
        assertThat(Oidc.strings(claims, "aud")).contains(RunningSuite.AUDIENCE);
        assertThat(claims.path("groups").isArray()).as("groups is a list").isTrue();
        assertThat(Oidc.strings(claims, "groups")).containsExactly("service");
        assertThat(claims.path("upn").asText()).isEqualTo(client);
        assertThat(claims.path("azp").asText()).isEqualTo(client);
        assertThat(answer.json().has("refresh_token")).as("no refresh token for client credentials").isFalse();
    }

    /**
     * The realm file names each secret as {@code ${VARIABLE:development default}}; the harness sets the variable,
     * so the import must have put its value in, and the development default must no longer open anything.
     */
    @ParameterizedTest
    @ValueSource(strings = { RunningSuite.SKILLS, RunningSuite.COACHING, RunningSuite.SECONDMENT })
    void theSecretComesFromTheEnvironmentNotTheRealmFilesDefault(String client) {
        Http.Answer withDefault = oidc.clientCredentials(client, client + "-dev-secret");

        assertThat(withDefault.status()).as(withDefault.toString()).isEqualTo(401);
        assertThat(withDefault.json().has("access_token")).isFalse();
    }

    @Test
    void aWrongSecretIsRefused() {
        Http.Answer answer = oidc.clientCredentials(RunningSuite.COACHING,
                suite.keycloak().clientSecret(RunningSuite.COACHING) + "x");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.json().has("access_token")).isFalse();
    }

    @Test
    void thePublicClientCannotUseClientCredentials() {
        Http.Answer answer = oidc.clientCredentials(Oidc.PUBLIC_CLIENT, "");

        assertThat(answer.status()).as(answer.toString()).isIn(400, 401);
        assertThat(answer.json().path("error").asText()).isEqualTo("unauthorized_client");
        assertThat(answer.json().has("access_token")).isFalse();
    }

    /** So the public client can never hand a person the service role: nobody but the three services has it. */
    @Test
    void onlyTheServiceAccountsHoldTheServiceRoleAndNothingElse() {
        Http.Answer holders = oidc.admin("/roles/service/users");
        assertThat(holders.status()).as(holders.toString()).isEqualTo(200);
        assertThat(holders.json().findValuesAsText("username")).containsExactlyInAnyOrder(
                "service-account-skills-service", "service-account-coaching-service",
                "service-account-secondment-service");

        for (JsonNode account : holders.json()) {
            Http.Answer roles = oidc.admin("/users/" + account.path("id").asText() + "/role-mappings/realm/composite");
            assertThat(roles.json().findValuesAsText("name")).as(account.path("username").asText())
                    .containsExactly("service");
        }
    }

    @Test
    void noPersonsTokenCarriesTheServiceRole() {
        for (String user : List.of("hr.admin", "manager.anna", "coach.carl", "employee.emma")) {
            assertThat(Oidc.strings(Oidc.claims(oidc.userToken(user, user)), "groups")).as(user)
                    .isNotEmpty().doesNotContain("service");
        }
    }

    /**
     * The public client's scope holds the four person roles only, so even a person an administrator wrongly gave
     * the service role gets no token with it from there.
     */
    @Test
    void thePublicClientNeverPutsTheServiceRoleIntoAToken() {
        String user = oidc.admin("/users?exact=true&username=coach.carl").json().path(0).path("id").asText();
        Http.Answer role = oidc.admin("/roles/service");
        assertThat(role.status()).as(role.toString()).isEqualTo(200);
        String mapping = "[" + role.body() + "]";
        Http.Answer granted = oidc.admin("POST", "/users/" + user + "/role-mappings/realm", mapping);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(204);
        try {
            JsonNode claims = Oidc.claims(oidc.userToken("coach.carl", "coach.carl"));

            assertThat(Oidc.strings(claims, "groups")).containsExactly("coach");
        } finally {
            Http.Answer revoked = oidc.admin("DELETE", "/users/" + user + "/role-mappings/realm", mapping);
            assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        }
    }

    @Test
    void skillsServiceLetsAServiceReadTheCatalogueButNotTheAuditTrail() {
        String token = oidc.serviceToken(RunningSuite.COACHING);
        String skills = suite.skills().baseUrl();

        Http.Answer catalogue = Http.get(skills + "/skills", token);
        assertThat(catalogue.status()).as("GET /skills with coaching-service's token: " + catalogue).isEqualTo(200);
        Http.Answer audit = Http.get(skills + "/audit-events", token);
        assertThat(audit.status()).as("GET /audit-events with coaching-service's token: " + audit).isEqualTo(403);
    }

    /** The same token with one character of its signature changed: well formed, signed by nobody. */
    private static String withAlteredSignature(String jwt) {
        int at = jwt.lastIndexOf('.') + 10;
        char changed = jwt.charAt(at) == 'A' ? 'B' : 'A';
        return jwt.substring(0, at) + changed + jwt.substring(at + 1);
    }
}
