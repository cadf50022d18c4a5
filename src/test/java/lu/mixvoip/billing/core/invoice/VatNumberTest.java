package lu.mixvoip.billing.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatNumberTest {

    @ParameterizedTest
    @CsvSource({
            "LU, LU26375245,           LU26375245",
            "LU, lu 2637-5245,         LU26375245",
            "BE, BE 0477.472.701,      BE0477472701",
            "BE, 0477/472/701,         BE0477472701",
            "GR, 123456789,            EL123456789",
            "gr, EL 123 456 789,       EL123456789",
            "CH, CHE-123.456.789 MWST, CHE123456789MWST",
            "FR, FR 40 303 265 045,    FR40303265045"
    })
    void compactsWhatCustomersType(String country, String text, String expected) {
        assertThat(VatNumber.parse(country, text)).map(VatNumber::toString).hasValue(expected);
    }

    @Test
    void knowsTheIssuingCountry() {
        assertThat(VatNumber.parse("LU", "EL123456789").orElseThrow().country()).isEqualTo("GR");
        assertThat(VatNumber.parse("LU", "DE811907980").orElseThrow().country()).isEqualTo("DE");
    }

    @Test
    void isEmptyWithoutText() {
        assertThat(VatNumber.parse("LU", null)).isEmpty();
        assertThat(VatNumber.parse("LU", " ")).isEmpty();
    }

    @Test
    void refusesWhatCannotBeAVatNumber() {
        assertThatThrownBy(() -> VatNumber.parse("LU", "LU1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VatNumber.parse("LU", "LU12#45678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VatNumber.parse(null, "12345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VatNumber("L", "12345678")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}: fails check digits = {1}")
    @CsvSource({
            "LU12345613,false", "LU12345678,true", "LU26375245,false",   // 123456 mod 89 = 13
            "BE0477472701,false", "BE0477472702,true", "BE477472701,false", // 97 - 04774727 mod 97 = 01
            "DE136695976,false", "DE136695975,true",                        // ISO 7064 MOD 11,10
            "FR40303265045,false", "FR41303265045,true",                   // key of SIREN 303265045
            "LU1234,true", "DE12345,true", "FR4030326504,true", "FRAB303265045,false",
            "NL123456789B01,false",                                        // no rule here: not judged
            "CHE114326578TVA,false"})
    void checkDigitsOfTheCustomersCountries(String number, boolean fails) {
        VatNumber vat = VatNumber.parse(null, number).orElseThrow();
        assertThat(vat.failsCheckDigits()).isEqualTo(fails);
    }
}
