package io.supportcoach.identity;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
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

    /**
     * Team ids from the {@code manages} claim; empty for anyone who manages no team. The claim arrives as
     * a JSON array from a parsed token, but identity providers also send a single team as a plain string.
     */
    public Set<String> managedTeams() {
        return teamsOf(token.getClaim("manages"));
    }

    static Set<String> teamsOf(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(value -> ((JsonString) value).getString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof JsonString single) {
            return Set.of(single.getString());
        }
        return claim instanceof String single ? Set.of(single) : Set.of();
    }
}
