package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubsetPrefixTest {

    @Test
    void theSixDrawsOpenPdfMakesSpellTheDocumentsPrefixForThatFace() {
        SubsetPrefix regular = new SubsetPrefix("InvoiceSans-Regular");
        SubsetPrefix bold = new SubsetPrefix("InvoiceSans-Bold");

        String drawn = SubsetPrefix.during("LU1|INV-1|issued", () -> {
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                letters.append((char) (regular.nextDouble() * 26 + 'A')); // as BaseFont.createSubsetPrefix()
                bold.nextDouble(); // another face drawing in between changes nothing
            }
            return letters.toString();
        });

        assertThat(drawn).matches("[A-Z]{6}").isEqualTo(SubsetPrefix.of("LU1|INV-1|issued", "InvoiceSans-Regular"))
                .isNotEqualTo(SubsetPrefix.of("LU1|INV-1|issued", "InvoiceSans-Bold"))
                .isNotEqualTo(SubsetPrefix.of("LU1|INV-2|issued", "InvoiceSans-Regular"));
    }

    @Test
    void aDrawOutsideARenderingFailsRatherThanGiveARandomPrefix() {
        SubsetPrefix regular = new SubsetPrefix("InvoiceSans-Regular");
        SubsetPrefix.during("LU1|INV-1|issued", regular::nextDouble);

        assertThatThrownBy(regular::nextDouble).isInstanceOf(IllegalStateException.class);
    }
}
