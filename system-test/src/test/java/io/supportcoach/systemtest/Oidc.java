package io.supportcoach.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Token requests to the harness's Keycloak, as a portal and a service make them, and what a token says. */
public final class Oidc {

    /** The public client of the portals and Swagger UI. */
    public static final String PUBLIC_CLIENT = "coaching-suite";

    private final KeycloakProcess keycloak;

    public Oidc(KeycloakProcess keycloak) {
        this.keycloak = keycloak;
    }

    /** Resource owner password grant at the public client, as the README's demo does. */
    public Http.Answer passwordGrant(String username, String password) {
        return Http.postForm(keycloak.tokenUrl(), Map.of("grant_type", "password", "client_id", PUBLIC_CLIENT,
                "username", username, "password", password));
    }

    /** Client credentials grant, as a service asks for the token it sends on nobody's behalf. */
    public Http.Answer clientCredentials(String clientId, String secret) {
        return Http.postForm(keycloak.tokenUrl(),
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** The access token of a successful token answer; fails with the answer when there is none. */
    public static String accessToken(Http.Answer answer) {
        JsonNode token = answer.status() == 200 ? answer.json().get("access_token") : null;
        if (token == null || !token.isTextual()) {
            throw new AssertionError("expected an access token, got " + answer);
        }
        return token.asText();
    }

    /** The user's access token by password grant. */
    public String userToken(String username, String password) {
        return accessToken(passwordGrant(username, password));
    }

    /** The client's access token by client credentials, with the secret this run gave it. */
    public String serviceToken(String clientId) {
        return accessToken(clientCredentials(clientId, keycloak.clientSecret(clientId)));
    }

    /** The claims of a JWT as it carries them (its payload, not verified here: the services verify). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a signed JWT: " + jwt);
        }
        try {
            return Http.JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A claim that may be a single string or an array of strings (as {@code aud} is), as a list. */
    public static List<String> strings(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        List<String> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isArray()) {
            value.forEach(item -> values.add(item.asText()));
        } else {
            values.add(value.asText());
        }
        return values;
    }

    /** GET on Keycloak's admin API of the realm, as the bootstrap administrator. */
    public Http.Answer admin(String pathInRealm) {
        return Http.get(adminUrl(pathInRealm), adminToken());
    }

    /** A change through Keycloak's admin API of the realm, as the bootstrap administrator. */
    public Http.Answer admin(String method, String pathInRealm, String json) {
        return Http.sendJson(method, adminUrl(pathInRealm), adminToken(), json);
    }

    private String adminUrl(String pathInRealm) {
        return keycloak.baseUrl() + "/admin/realms/" + KeycloakProcess.REALM + pathInRealm;
    }

    private String adminToken() {
        return accessToken(Http.postForm(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", keycloak.adminUsername(),
                        "password", keycloak.adminPassword())));
    }
}
