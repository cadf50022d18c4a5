package lu.mixvoip.billing.core.invoice;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A Business Identifier Code (ISO 9362): bank, country, location and optional branch, 8 or 11 characters. */
public final class Bic {
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?");

    private Bic() {
    }

    /** What is wrong with a BIC as typed, or empty when it is one. */
    public static Optional<String> problem(String text) {
        String bic = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        var shape = SHAPE.matcher(bic);
        if (!shape.matches()) {
            return Optional.of("not a BIC (ISO 9362: 4 letters for the bank, 2 for the country, 2 letters or digits"
                    + " for the location and an optional 3 for the branch, such as BCEELULL)");
        }
        if (!Countries.isAssigned(shape.group(1))) {
            return Optional.of("not a BIC: " + shape.group(1) + " is not a country code");
        }
        return Optional.empty();
    }
}
