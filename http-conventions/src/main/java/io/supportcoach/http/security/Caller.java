package io.supportcoach.http.security;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the employee id of the token's subject and the roles it holds. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /**
     * The caller's employee id, or the calling service's name. Tokens from {@code ./suite token} carry it
     * as {@code sub} and {@code upn}; Keycloak keeps its own user id in {@code sub} and maps the employee
     * id to {@code upn}, which the principal name prefers.
     */
    public String id() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String name = token.getName();
        return name != null ? name : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Team ids from the {@code manages} claim; empty for anyone who manages no team. */
    public Set<String> managedTeams() {
        Set<String> teams = token.getClaim("manages");
        return teams == null ? Set.of() : Set.copyOf(teams);
    }
}
