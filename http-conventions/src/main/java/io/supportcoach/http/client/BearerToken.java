package io.supportcoach.http.client;

import java.util.function.Supplier;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Puts a bearer token on every request of one REST client. Where the token comes from is the client's choice: the
 * person's own token for calls made while serving them, so the callee applies that person's rights; a service's own
 * token for work done on nobody's behalf.
 */
public final class BearerToken implements ClientRequestFilter {

    private final Supplier<String> token;

    public BearerToken(Supplier<String> token) {
        this.token = token;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String value = token.get();
        if (value != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + value);
        }
    }
}
