package lu.mixvoip.billing.core.invoice;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A VAT identification number in its compact form: the issuing country's VAT prefix (ISO 3166 alpha-2, except
 * {@code EL} for Greece) followed by the national number, without spaces, dots or dashes ({@code LU26375245},
 * {@code BE0477472701}). Customers type them in many shapes; e-invoices need this one (EN 16931 BR-CO-09).
 */
public record VatNumber(String prefix, String number) {
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2}");
    /**
     * Letters, digits and (old Irish numbers) {@code +} and {@code *}; long enough for non-EU numbers with a suffix
     * such as the Swiss {@code CHE123456789MWST}.
     */
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Z+*]{2,18}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]+");

    public VatNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("VAT number prefix must be two capital letters: " + prefix);
        }
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("not a VAT number after the prefix " + prefix + ": " + number);
        }
    }

    /**
     * Reads a VAT number as typed. A number without prefix takes the prefix of {@code country} (the party's
     * country), so {@code 0477.472.701} of a Belgian customer is {@code BE0477472701}.
     *
     * @return empty for a null or blank text
     * @throws IllegalArgumentException when the text cannot be a VAT number
     */
    public static Optional<VatNumber> parse(String country, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(text.trim().toUpperCase(Locale.ROOT)).replaceAll("");
        if (compact.length() >= 2 && Character.isLetter(compact.charAt(0)) && Character.isLetter(compact.charAt(1))) {
            return Optional.of(new VatNumber(compact.substring(0, 2), compact.substring(2)));
        }
        if (country == null || country.isBlank()) {
            throw new IllegalArgumentException("VAT number " + text.trim() + " has no country prefix and no country");
        }
        return Optional.of(new VatNumber(prefixOf(country), compact));
    }

    /** The VAT prefix of a country: its ISO code, except Greece's {@code EL}. */
    public static String prefixOf(String country) {
        String code = country.trim().toUpperCase(Locale.ROOT);
        return code.equals("GR") ? "EL" : code;
    }

    /** The ISO 3166 country that issued the number ({@code GR} for {@code EL}). */
    public String country() {
        return prefix.equals("EL") ? "GR" : prefix;
    }

    /**
     * Whether the number fails its country's shape or check digits, for the countries whose rule is public and
     * stable: LU (8 digits, the first six modulo 89), BE (10 digits, 97 minus the first eight modulo 97; 9 digits
     * of old), DE (9 digits, ISO 7064 MOD 11,10) and FR (a key and the 9-digit SIREN; a numeric key is checked).
     * Numbers of other countries are not judged here.
     */
    public boolean failsCheckDigits() {
        return switch (prefix) {
            case "LU" -> !number.matches("[0-9]{8}")
                    || Long.parseLong(number.substring(0, 6)) % 89 != Long.parseLong(number.substring(6));
            case "BE" -> !number.matches("[01]?[0-9]{9}") || !belgian(number.length() == 9 ? "0" + number : number);
            case "DE" -> !number.matches("[0-9]{9}") || !german(number);
            case "FR" -> !number.matches("[0-9A-Z]{2}[0-9]{9}") || number.matches("[0-9]{11}")
                    && (12 + 3 * (Long.parseLong(number.substring(2)) % 97)) % 97
                    != Long.parseLong(number.substring(0, 2));
            default -> false;
        };
    }

    private static boolean belgian(String tenDigits) {
        return 97 - Long.parseLong(tenDigits.substring(0, 8)) % 97 == Long.parseLong(tenDigits.substring(8));
    }

    /** ISO 7064 MOD 11,10 over the first eight digits gives the ninth. */
    private static boolean german(String digits) {
        int product = 10;
        for (int i = 0; i < 8; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == digits.charAt(8) - '0';
    }

    @Override
    public String toString() {
        return prefix + number;
    }
}
