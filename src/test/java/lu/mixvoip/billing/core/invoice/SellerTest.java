package lu.mixvoip.billing.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a seller needs before a legal document can carry it (EU VAT Directive art. 226), and how each field is checked. */
class SellerTest {
    private static final Seller COMPLETE = new Seller("DEMO Support", "1 rue X", "L-1234", "Luxembourg", "LU",
            "LU12345613", "LU28 0019 4006 4475 0000", "BCEELULL", "billing@demo.example", 30, null, null);

    private static Seller with(String vatNumber, String iban, String bic, String email) {
        return new Seller("DEMO Support", "1 rue X", "L-1234", "Luxembourg", "LU", vatNumber, iban, bic, email, 30,
                null, null);
    }

    @Test
    void aCompleteSellerCanIssue() {
        assertThat(COMPLETE.problemsForIssuing()).isEmpty();
        assertThat(COMPLETE.problemsOfGivenValues()).isEmpty();
    }

    @Test
    void blankDetailsAreListedByTheirKeys() {
        Seller blank = new Seller("Mixvoip SA", "", "L-7333", " ", "LU", null, "", null, "", 30, "", "");
        assertThat(blank.problemsForIssuing()).containsExactly(Map.entry("street", "not set"),
                Map.entry("city", "not set"), Map.entry("vat-number", "not set"), Map.entry("iban", "not set"),
                Map.entry("bic", "not set"), Map.entry("email", "not set"));
        assertThat(blank.problemsOfGivenValues()).as("blank is not invalid until a document needs it").isEmpty();
    }

    @Test
    void theOldShippedPlaceholdersCannotIssue() {
        Seller placeholders = with("LU00000000 (PLACEHOLDER)", "LU00 0000 0000 0000 0000 (PLACEHOLDER)",
                "PLACEHOLDER", "billing@mixvoip.com");
        assertThat(placeholders.problemsForIssuing()).containsOnlyKeys("vat-number", "iban", "bic")
                .containsEntry("bic", "'PLACEHOLDER' is a placeholder");
    }

    @ParameterizedTest(name = "IBAN ''{0}''")
    @ValueSource(strings = {"LU28", "LU29 0019 4006 4475 0000", "XX28 0019 4006 4475 0000", "LU28-0019-4006",
            "LU28 0019 4006 4475 000€"})
    void anIbanIsCheckedByShapeAndMod97(String iban) {
        assertThat(with("LU12345613", iban, "BCEELULL", "a@b.lu").problemsOfGivenValues()).containsOnlyKeys("iban");
    }

    @ParameterizedTest(name = "IBAN ''{0}''")
    @ValueSource(strings = {"LU28 0019 4006 4475 0000", "lu280019400644750000", "DE89 3704 0044 0532 0130 00",
            "BE68 5390 0754 7034", "FR14 2004 1010 0505 0001 3M02 606"})
    void realIbansPass(String iban) {
        assertThat(Iban.problem(iban)).isEmpty();
    }

    @ParameterizedTest(name = "BIC ''{0}''")
    @CsvSource({"XX1,false", "BCEELULL,true", "BCEELULLXXX,true", "bceelull,true", "BCEEXXLL,false",
            "BCEELULLX,false", "BCE1LULL,false", "DEUTDEFF500,true"})
    void aBicHasTheShapeOfIso9362WithACountry(String bic, boolean valid) {
        assertThat(Bic.problem(bic).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "VAT ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "LU12345678|'LU12345678' fails its check digits: a digit is mistyped",
            "BE0477472701|'BE0477472701' is a VAT number of BE, not of the seller's country LU",
            "none|'none' is not a VAT number", "LU1234|'LU1234' fails its check digits: a digit is mistyped"})
    void theSellersVatNumberIsItsCountrysAndPassesItsCheckDigits(String vatNumber, String problem) {
        assertThat(with(vatNumber, "LU28 0019 4006 4475 0000", "BCEELULL", "a@b.lu").problemsOfGivenValues())
                .containsExactly(Map.entry("vat-number", problem));
    }

    @ParameterizedTest(name = "e-mail ''{0}''")
    @ValueSource(strings = {"billing", "billing@", "@mixvoip.com", "billing@mixvoip", "bill ing@mixvoip.com"})
    void theEmailIsAnAddress(String email) {
        assertThat(with("LU12345613", "LU28 0019 4006 4475 0000", "BCEELULL", email).problemsOfGivenValues())
                .containsOnlyKeys("email");
    }

    @Test
    void paymentDaysAreATerm() {
        Seller never = new Seller("S", "s", "p", "c", "LU", null, null, null, null, 400, null, null);
        assertThat(never.problemsOfGivenValues()).containsOnlyKeys("payment-days");
    }

    @Test
    void theCountryIsAnAssignedIsoCode() {
        Seller greek = new Seller("S", "s", "p", "c", "EL", null, null, null, null, 30, null, null);
        assertThat(greek.problemsOfGivenValues()).containsExactly(Map.entry("country",
                "'EL' is not an ISO 3166-1 country code (such as LU)"));
    }
}
