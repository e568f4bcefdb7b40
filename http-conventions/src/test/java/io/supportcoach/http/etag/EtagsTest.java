package io.supportcoach.http.etag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A representation of its own has an ETag of its own, which If-None-Match tells apart from the main one. */
class EtagsTest {

    @Test
    void aRepresentationsTagNamesItsVersionAndItselfAndNeverTheMainRepresentation() {
        assertThat(Etags.of(3, "ics").toString()).isEqualTo("\"3-ics\"");
        assertThat(Etags.of(3, "ics")).isNotEqualTo(Etags.of(3));

        assertThat(Etags.namesCurrentVersion("\"3-ics\"", Etags.of(3, "ics"))).isTrue();
        assertThat(Etags.namesCurrentVersion("W/\"3-ics\"", Etags.of(3, "ics"))).isTrue();
        assertThat(Etags.namesCurrentVersion("\"3\"", Etags.of(3, "ics"))).isFalse();
        assertThat(Etags.namesCurrentVersion("\"3-ics\"", Etags.of(3))).isFalse();
        assertThat(Etags.namesCurrentVersion("\"2-ics\"", Etags.of(3, "ics"))).isFalse();
        assertThat(Etags.namesCurrentVersion("*", Etags.of(3, "ics"))).isTrue();
    }

    @Test
    void aRepresentationIsNamedByLettersAndDigitsOnly() {
        assertThatThrownBy(() -> Etags.of(3, "i\"cs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Etags.of(3, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
