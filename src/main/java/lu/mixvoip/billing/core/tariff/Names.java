package lu.mixvoip.billing.core.tariff;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises the names users type for tiers, skills and modes: case-, accent- and separator-insensitive. */
final class Names {
    private Names() {
    }

    static String normalise(String value) {
        String decomposed = Normalizer.normalize(value.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]+", "_");
    }
}
