package lu.mixvoip.billing.core.invoice;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An International Bank Account Number (ISO 13616), checked by its shape and its mod-97 check digits. */
public final class Iban {
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** What is wrong with an IBAN as typed (spaces allowed between groups), or empty when it is one. */
    public static Optional<String> problem(String text) {
        String compact = text == null ? "" : text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            return Optional.of("not an IBAN (two letters, two check digits and 11 to 30 letters or digits, such as"
                    + " LU28 0019 4006 4475 0000)");
        }
        if (!Countries.isAssigned(compact.substring(0, 2))) {
            return Optional.of("not an IBAN: " + compact.substring(0, 2) + " is not a country code");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (compact.substring(4) + compact.substring(0, 4)).toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        if (new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() != 1) {
            return Optional.of("not an IBAN: its check digits do not match (ISO 13616 mod 97); a digit is mistyped");
        }
        return Optional.empty();
    }
}
