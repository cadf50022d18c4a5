package lu.mixvoip.billing.core.invoice;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a party receives e-invoices on the Peppol network: an Electronic Address Scheme (EAS) code and an identifier
 * in that scheme, written {@code <scheme>:<identifier>} ({@code 9938:LU26375245}, {@code 0208:0477472701}).
 *
 * <p>Only schemes Peppol accepts are taken, and identifiers that Peppol's validation rules check (Belgian
 * enterprise numbers, GLNs, Nordic and Australian numbers, Dutch and Greek VAT numbers) must pass those checks
 * here, so an address that exists never makes an e-invoice fail validation.
 */
public record ElectronicAddress(String scheme, String identifier) {

    /**
     * The Peppol EAS code list as enforced by rule PEPPOL-EN16931-CL008 in the OpenPeppol validation artefacts
     * release 2026.5 (BIS Billing 3.0.21). Narrower than CEN's list: Peppol leaves out codes it does not route.
     */
    static final Set<String> PEPPOL_EAS = Set.of(
            "0002", "0007", "0009", "0060", "0088", "0096", "0097", "0106", "0130", "0135", "0142", "0151", "0183",
            "0184", "0188", "0190", "0191", "0192", "0195", "0196", "0198", "0199", "0200", "0201", "0204", "0208",
            "0209", "0210", "0211", "0216", "0218", "0221", "0225", "0230", "0235", "0240", "0242", "0244", "0245",
            "0246", "0248", "9910", "9913", "9914", "9915", "9918", "9919", "9920", "9922", "9923", "9924", "9925",
            "9926", "9927", "9928", "9929", "9930", "9931", "9932", "9933", "9934", "9935", "9936", "9937", "9938",
            "9939", "9940", "9941", "9942", "9943", "9944", "9945", "9946", "9947", "9948", "9949", "9950", "9951",
            "9952", "9953", "9957", "9959");

    /**
     * The scheme of each EU member state's VAT numbers in that list. Belgium uses its enterprise number (0208),
     * which Belgian receivers register under; Denmark, Finland, Italy and Sweden have no VAT scheme in it.
     */
    private static final Map<String, String> VAT_SCHEMES = Map.ofEntries(
            Map.entry("AT", "9914"), Map.entry("BE", "0208"), Map.entry("BG", "9926"), Map.entry("CY", "9928"),
            Map.entry("CZ", "9929"), Map.entry("DE", "9930"), Map.entry("EE", "9931"), Map.entry("ES", "9920"),
            Map.entry("FR", "9957"), Map.entry("GR", "9933"), Map.entry("HR", "9934"), Map.entry("HU", "9910"),
            Map.entry("IE", "9935"), Map.entry("LT", "9937"), Map.entry("LU", "9938"), Map.entry("LV", "9939"),
            Map.entry("MT", "9943"), Map.entry("NL", "9944"), Map.entry("PL", "9945"), Map.entry("PT", "9946"),
            Map.entry("RO", "9947"), Map.entry("SI", "9949"), Map.entry("SK", "9950"));

    /** Peppol's identifier policy: no more than this, case-insensitive, no spaces. */
    private static final int MAX_IDENTIFIER = 130;
    private static final Pattern SCHEME = Pattern.compile("[0-9]{4}");

    public ElectronicAddress {
        if (scheme == null || !SCHEME.matcher(scheme).matches() || !PEPPOL_EAS.contains(scheme)) {
            throw new IllegalArgumentException("not a Peppol electronic address scheme (EAS): " + scheme);
        }
        if (identifier == null || identifier.isEmpty() || identifier.length() > MAX_IDENTIFIER
                || !identifier.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("not an electronic address identifier (printable ASCII without spaces, "
                    + "at most " + MAX_IDENTIFIER + " characters): '" + identifier + "'");
        }
        IdentifierChecks.check(scheme, identifier);
    }

    /**
     * Reads {@code <scheme>:<identifier>} as configured or typed; spaces around either part are ignored.
     *
     * @throws IllegalArgumentException for anything else, an unknown scheme, or an identifier its scheme rejects
     */
    public static ElectronicAddress parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("an electronic address is <scheme>:<identifier>, e.g. 9938:LU12345678, "
                    + "not '" + text + "'");
        }
        return new ElectronicAddress(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
    }

    /**
     * The address a VAT number gives, in the VAT scheme of the country that issued it: a Belgian number becomes
     * its enterprise number under 0208, a Greek one its bare TIN under 9933 (what Peppol's Greek rules check),
     * every other one the compact number with its prefix.
     *
     * @param country the party's country, for a VAT number typed without prefix
     * @return empty when there is no VAT number, or its country has no VAT scheme on Peppol
     * @throws IllegalArgumentException when the VAT number cannot be an identifier of its country's scheme
     */
    public static Optional<ElectronicAddress> fromVatNumber(String country, String vatNumber) {
        return VatNumber.parse(country, vatNumber).flatMap(ElectronicAddress::fromVatNumber);
    }

    public static Optional<ElectronicAddress> fromVatNumber(VatNumber vat) {
        String scheme = VAT_SCHEMES.get(vat.country());
        if (scheme == null) {
            return Optional.empty();
        }
        String identifier = switch (vat.country()) {
            // Nine-digit numbers from before the enterprise number took a leading zero.
            case "BE" -> vat.number().length() == 9 ? "0" + vat.number() : vat.number();
            case "GR" -> vat.number();
            default -> vat.toString();
        };
        return Optional.of(new ElectronicAddress(scheme, identifier));
    }

    @Override
    public String toString() {
        return scheme + ":" + identifier;
    }
}
