package io.supportcoach.skills.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void everyFormulaStartGetsAnApostrophe() {
        for (String cell : List.of("=SUM(A1)", "+1", "-stays calm", "@sum", "\tx", "\rx", "＝1", "＋1", "－1", "＠x",
                "   =SUM(A1)", " -1")) {
            assertThat(CsvCells.neutralise(cell)).as(cell).isEqualTo("'" + cell);
        }
    }

    @Test
    void otherCellsAreLeftAlone() {
        for (String cell : List.of("", "Dana", "3.0", "a=b", "O'Brien", "'quoted", "' x", "   ", "x-1")) {
            assertThat(CsvCells.neutralise(cell)).as(cell).isEqualTo(cell);
            assertThat(CsvCells.restore(cell)).as(cell).isEqualTo(cell);
        }
    }

    @Test
    void restoreTakesOffExactlyTheApostropheNeutraliseAdded() {
        assertThat(CsvCells.restore("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(CsvCells.restore("'  ＠x")).isEqualTo("  ＠x");
        // A cell that already starts with an apostrophe before a formula gets a second one, and keeps its own.
        assertThat(CsvCells.neutralise("'=x")).isEqualTo("''=x");
        assertThat(CsvCells.restore("''=x")).isEqualTo("'=x");
        for (String cell : List.of("=x", "'=x", "''-x", "' =x", " '=x", "'", "'' +", "Dana")) {
            assertThat(CsvCells.restore(CsvCells.neutralise(cell))).as(cell).isEqualTo(cell);
        }
    }
}
