package lu.mixvoip.billing.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ElectronicAddressTest {

    @Test
    void parsesSchemeAndIdentifier() {
        ElectronicAddress address = ElectronicAddress.parse("9938:LU26375245");

        assertThat(address.scheme()).isEqualTo("9938");
        assertThat(address.identifier()).isEqualTo("LU26375245");
        assertThat(address).hasToString("9938:LU26375245");
    }

    @Test
    void ignoresSpacesAroundTheParts() {
        assertThat(ElectronicAddress.parse("  0208 : 0477472701 ")).isEqualTo(new ElectronicAddress("0208", "0477472701"));
    }

    @Test
    void keepsColonsInsideTheIdentifier() {
        assertThat(ElectronicAddress.parse("0209:urn:gs1:1234").identifier()).isEqualTo("urn:gs1:1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0088:5790000435968", "0208:0202239951", "0192:923609016", "0007:5560360793",
            "0151:51824753556", "0184:12345678", "0184:DK12345678", "0198:DK12345678", "0096:1234567890",
            "9944:NL123456789B01", "9933:123456789", "0204:991-12345-67", "9930:DE811907980", "0240:B123456"})
    void acceptsPeppolSchemesWithValidIdentifiers(String text) {
        assertThat(ElectronicAddress.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9938", "LU26375245", "", ":LU26375245", "9938:", "0037:123456", "9955:SE556036079301",
            "9906:IT12345678901", "1234:ABC", "AB12:ABC", "EM:someone@example.com", "9938:LU 2637 5245",
            "9938:LUé26375245"})
    void rejectsWhatPeppolDoesNotRoute(String text) {
        assertThatThrownBy(() -> ElectronicAddress.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0088:5790000435969", "0208:0477472702", "0208:477472701", "0192:123456789",
            "0007:1234567890", "0151:12345678901", "0184:1234567", "0198:12345678", "9944:NL123456789", "9933:EL123456789"})
    void rejectsIdentifiersThatPeppolRulesWouldFail(String text) {
        assertThatThrownBy(() -> ElectronicAddress.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scheme " + text.substring(0, 4));
    }

    @Test
    void rejectsAnIdentifierLongerThanPeppolAllows() {
        assertThatThrownBy(() -> new ElectronicAddress("0088", "1".repeat(131)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ElectronicAddress.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "LU, LU26375245,       9938:LU26375245",
            "LU, LU 2637 5245,     9938:LU26375245",
            "LU, 26375245,         9938:LU26375245",
            "BE, BE0477472701,     0208:0477472701",
            "BE, BE 0477.472.701,  0208:0477472701",
            "BE, 0477.472.701,     0208:0477472701",
            "BE, be0477472701,     0208:0477472701",
            "BE, BE477472701,      0208:0477472701",
            "be, 477 472 701,      0208:0477472701",
            "DE, DE811907980,      9930:DE811907980",
            "FR, FR40303265045,    9957:FR40303265045",
            "NL, NL123456789B01,   9944:NL123456789B01",
            "AT, ATU12345678,      9914:ATU12345678",
            "ES, ESB12345678,      9920:ESB12345678",
            "HU, HU12345678,       9910:HU12345678",
            "GR, EL123456789,      9933:123456789",
            "GR, 123456789,        9933:123456789",
            "IE, IE1234567FA,      9935:IE1234567FA",
            // The number's own prefix wins over the party's country.
            "DE, ATU12345678,      9914:ATU12345678"
    })
    void derivesTheAddressOfAVatNumber(String country, String vatNumber, String expected) {
        assertThat(ElectronicAddress.fromVatNumber(country, vatNumber)).hasValue(ElectronicAddress.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"DK, DK12345678", "FI, FI12345678", "IT, IT12345678901", "SE, SE556036079301", "CH, CHE123456789MWST",
            "US, 123456789", "GB, GB123456789"})
    void hasNoAddressWhereTheCountryHasNoVatSchemeOnPeppol(String country, String vatNumber) {
        assertThat(ElectronicAddress.fromVatNumber(country, vatNumber)).isEmpty();
    }

    @Test
    void hasNoAddressWithoutAVatNumber() {
        assertThat(ElectronicAddress.fromVatNumber("LU", null)).isEqualTo(Optional.empty());
        assertThat(ElectronicAddress.fromVatNumber("LU", "  ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"BE, BE0477472702", "BE, BE04774727011", "NL, NL123456789", "GR, EL12345678", "LU, LU26375245!"})
    void refusesAVatNumberThatCannotBeAnAddressOfItsScheme(String country, String vatNumber) {
        assertThatThrownBy(() -> ElectronicAddress.fromVatNumber(country, vatNumber))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversEveryEuMemberStateWithAVatSchemeOnPeppol() {
        String[] members = {"AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FR", "GR", "HR", "HU", "IE", "LT", "LU",
                "LV", "MT", "NL", "PL", "PT", "RO", "SI", "SK"};
        for (String country : members) {
            String number = switch (country) {
                case "BE" -> "0477472701";
                case "NL" -> "123456789B01";
                case "GR" -> "123456789";
                default -> "12345678";
            };
            Optional<ElectronicAddress> address = ElectronicAddress.fromVatNumber(country, number);
            assertThat(address).as(country).isPresent();
            assertThat(ElectronicAddress.PEPPOL_EAS).contains(address.get().scheme());
        }
    }
}
