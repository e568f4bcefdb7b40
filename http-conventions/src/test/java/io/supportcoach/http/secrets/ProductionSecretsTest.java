package io.supportcoach.http.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    @Test
    void productionRefusesTheDevelopmentSecret() {
        assertThat(ProductionSecrets.problemWith(true, ProductionSecrets.DEVELOPMENT_SECRET))
                .startsWith("CURSOR_SECRET is not set");
    }

    @Test
    void productionRefusesAShortSecret() {
        assertThat(ProductionSecrets.problemWith(true, "short")).startsWith("CURSOR_SECRET is too short");
    }

    @Test
    void productionAcceptsALongSecretOfItsOwn() {
        assertThat(ProductionSecrets.problemWith(true, "9f".repeat(32))).isNull();
    }

    @Test
    void developmentAndTestsMayUseTheDevelopmentSecret() {
        assertThat(ProductionSecrets.problemWith(false, ProductionSecrets.DEVELOPMENT_SECRET)).isNull();
    }

    @Test
    void productionRefusesMissingOrUnreadableTokenKeys() {
        assertThat(ProductionSecrets.problemWithTokenKeys(true, null)).startsWith("JWT_PUBLIC_KEY_LOCATION is not set");
        assertThat(ProductionSecrets.problemWithTokenKeys(true, "/nowhere/public.pem"))
                .contains("/nowhere/public.pem", "no readable file");
    }

    @Test
    void productionAcceptsAJwksUrlOrAReadableKeyFile() throws Exception {
        var key = java.nio.file.Files.createTempFile("public", ".pem");
        assertThat(ProductionSecrets.problemWithTokenKeys(true, "https://idp.example/realms/suite/certs")).isNull();
        assertThat(ProductionSecrets.problemWithTokenKeys(true, key.toString())).isNull();
        assertThat(ProductionSecrets.problemWithTokenKeys(false, null)).isNull();
    }
}
