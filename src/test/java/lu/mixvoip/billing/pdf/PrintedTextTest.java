package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** Text goes into the PDF in NFC, whether or not it takes the shortcut for text below the combining marks. */
class PrintedTextTest {

    @Test
    void aDecomposedAccentIsComposed() {
        assertThat(PrintedText.of("Cafe\u0301")).isEqualTo("Caf\u00e9");
        assertThat(PrintedText.of("A\u030a\u0301")).isEqualTo(Normalizer.normalize("A\u030a\u0301", Normalizer.Form.NFC));
        assertThat(PrintedText.of("\u1100\u1161")).isEqualTo("\uac00"); // Hangul jamo compose too
    }

    @Test
    void textBelowTheCombiningMarksIsReturnedAsItIs() {
        String text = "Łódź — Société Générale, 12,50 €";
        assertThat(PrintedText.of(text)).isSameAs(text);
        assertThat(PrintedText.of(null)).isEmpty();
    }

    /** What the shortcut relies on: no character below U+0300, alone or followed by another, changes in NFC. */
    @Test
    void everyTextOfCharactersBelowU0300IsAlreadyNfc() {
        StringBuilder pair = new StringBuilder("  ");
        for (char first = 0; first < 0x300; first++) {
            pair.setCharAt(0, first);
            assertThat(Normalizer.isNormalized(String.valueOf(first), Normalizer.Form.NFC)).as("U+%04X", (int) first)
                    .isTrue();
            for (char second = 0; second < 0x300; second++) {
                pair.setCharAt(1, second);
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) first, (int) second));
                }
            }
        }
    }
}
