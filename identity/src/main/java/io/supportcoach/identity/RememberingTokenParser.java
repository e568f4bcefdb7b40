package io.supportcoach.identity;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;

import javax.crypto.SecretKey;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser the authentication uses: it answers a token it verified a moment ago from
 * {@link VerifiedTokens} instead of checking its signature again, and leaves everything else to the default
 * parser. (A CDI decorator of the default parser would be shorter, but the library's bean cannot be subclassed.)
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RememberingTokenParser implements JWTParser {

    private final DefaultJWTParser parser;
    private final VerifiedTokens verified;

    RememberingTokenParser(DefaultJWTParser parser,
            @ConfigProperty(name = "suite.verified-tokens.capacity") int capacity,
            @ConfigProperty(name = "suite.verified-tokens.max-age") Duration maxAge) {
        this.parser = parser;
        this.verified = new VerifiedTokens(capacity, maxAge, Clock.systemUTC());
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        JsonWebToken token = verified.find(bearerToken);
        if (token == null) {
            token = parser.parse(bearerToken);
            verified.remember(bearerToken, token);
        }
        return token;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
