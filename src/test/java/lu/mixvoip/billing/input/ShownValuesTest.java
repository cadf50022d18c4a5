package lu.mixvoip.billing.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a refused value and a refused row's id are shown in rejects.csv: readable, bounded, never corrupting. */
class ShownValuesTest {

    @Test
    void aValidIdIsShownAsGiven() {
        assertThat(InputRows.shownId("C-0042")).isEqualTo("C-0042");
    }

    @Test
    void anInvalidIdShowsItsControlCharacters() {
        assertThat(InputRows.shownId("C\u000042\n")).isEqualTo("C\\u000042\\u000A");
    }

    @Test
    void anInvalidIdOfSixtyFourCharactersIsShownWhole() {
        String id = "é".repeat(64);
        assertThat(InputRows.shownId(id)).isEqualTo(id);
    }

    @Test
    void aLongerInvalidIdIsCutToSixtyFourCharactersEndingWithAnEllipsis() {
        String id = "é".repeat(63) + "xyz";
        assertThat(InputRows.shownId(id)).isEqualTo("é".repeat(63) + "…");
    }

    @Test
    void aLongIdWithControlCharactersStaysWithinSixtyFourCharacters() {
        String id = "\u0001".repeat(100);
        assertThat(InputRows.shownId(id)).isEqualTo("\\u0001".repeat(10) + "\\u0…");
    }

    @Test
    void aValueIsQuotedWithItsControlCharactersShown() {
        assertThat(InputRows.quoted("a\tb")).isEqualTo("'a\\u0009b'");
    }

    @Test
    void aLongValueIsQuotedCutWithItsRealLength() {
        assertThat(InputRows.quoted("x".repeat(10_000))).isEqualTo("'" + "x".repeat(60) + "' (cut: 10,000 characters)");
    }
}
