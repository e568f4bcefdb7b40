package io.supportcoach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service signs its own tokens with the key file ./suite up made for it: its name, role service, nothing else. */
class ServiceTokensTest {

    @TempDir
    Path keys;

    @Test
    void aLocalTokenIsSignedWithTheServicesKeyFileNamesItAndCarriesOnlyTheServiceRole() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path keyFile = keys.resolve("coaching-service.pem");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        var tokens = new ServiceTokens("local", "coaching-service", "coaching-suite-dev", "coaching-suite",
                keyFile.toString(), Duration.ofMinutes(10), null);

        String token = tokens.bearer();

        String[] parts = token.split("\\.");
        var verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(pair.getPublic());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signed with the key file").isTrue();
        assertThat(json(parts[0]).getString("kid")).isEqualTo("service:coaching-service");
        JsonObject claims = json(parts[1]);
        assertThat(claims.getString("sub")).isEqualTo("coaching-service");
        assertThat(claims.getString("upn")).isEqualTo("coaching-service");
        assertThat(claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("service");
        assertThat(claims.getString("iss")).isEqualTo("coaching-suite-dev");
        assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue()).isEqualTo(600);
        assertThat(tokens.bearer()).as("kept until a minute before it expires").isEqualTo(token);
    }

    private static JsonObject json(String part) {
        try (var reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
