package io.supportcoach.skills.catalogue;

import static io.supportcoach.skills.catalogue.CatalogueFixtures.CSV_HEADER;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.csvRows;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.uniqueCode;
import static io.supportcoach.testing.Requests.asHr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.supportcoach.testing.StatementCount;
import io.supportcoach.testing.StatementCount.Tally;
import org.junit.jupiter.api.Test;

/**
 * What a catalogue import sends the database, counted at the JDBC driver: the same statements for twice the rows,
 * whether the rows are new, unchanged or changed and retired, and a few more for each further batch of rows.
 */
@QuarkusTest
@TestProfile(StatementCount.Profile.class)
class CatalogueImportStatementsTest {

    private static final int ROWS = 40;

    @Test
    void twiceTheRowsTakeAsManyStatementsInOneTransaction() {
        String few = CSV_HEADER + csvRows(uniqueCode("few"), ROWS);
        String many = CSV_HEADER + csvRows(uniqueCode("many"), 2 * ROWS);

        Tally created = count(few, ROWS, 0, 0);
        assertThat(count(many, 2 * ROWS, 0, 0)).as("creating twice the skills").isEqualTo(created);
        assertThat(created.transactions()).isEqualTo(1);

        assertThat(count(many, 0, 0, 2 * ROWS)).as("reading twice the unchanged skills")
                .isEqualTo(count(few, 0, 0, ROWS));

        assertThat(count(changedAndRetired(many), 0, 2 * ROWS, 0)).as("changing and retiring twice the skills")
                .isEqualTo(count(changedAndRetired(few), 0, ROWS, 0));
    }

    @Test
    void eachFurtherBatchOfRowsTakesAFewStatementsMore() {
        int batch = CatalogueCsv.BATCH_ROWS;
        Tally one = count(CSV_HEADER + csvRows(uniqueCode("one"), batch), batch, 0, 0);
        Tally three = count(CSV_HEADER + csvRows(uniqueCode("three"), 3 * batch), 3 * batch, 0, 0);

        // Read the batch's stored skills and their levels; write skills, changed skills and levels.
        assertThat(three.statements() - one.statements()).as("statements of two more batches")
                .isBetween(1L, 2 * 5L);
    }

    /** Every row renamed, and every other one retired in favour of the row after it. */
    private static String changedAndRetired(String csv) {
        String[] rows = csv.split("(?=\n[a-z])");
        var changed = new StringBuilder(rows[0]);
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i].replaceFirst(",Skill ", ",Renamed skill ");
            if (i % 2 == 1 && i + 1 < rows.length) {
                String next = rows[i + 1].substring(1, rows[i + 1].indexOf(','));
                row = row.replace(",ACTIVE,,", ",RETIRED," + next + ",");
            }
            changed.append(row);
        }
        return changed.toString();
    }

    private static Tally count(String csv, int created, int updated, int unchanged) {
        return StatementCount.of(() -> asHr().contentType("text/csv").body(csv).post("/catalogue/import")
                .then().statusCode(200).body("created", equalTo(created)).body("updated", equalTo(updated))
                .body("unchanged", equalTo(unchanged)));
    }
}
