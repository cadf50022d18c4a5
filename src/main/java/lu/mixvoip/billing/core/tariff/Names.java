package lu.mixvoip.billing.core.tariff;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises the names users type for tiers, skills and modes: case-, accent- and separator-insensitive. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private Names() {
    }

    static String normalise(String value) {
        String trimmed = value.trim();
        if (isCanonical(trimmed)) {
            return trimmed; // REMOTE, ON_SITE...: most rows, nothing to do
        }
        // Plain ASCII names (the usual case) need no decomposition.
        String decomposed = trimmed.chars().allMatch(c -> c < 128) ? trimmed
                : MARKS.matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(decomposed.toUpperCase(Locale.ROOT)).replaceAll("_");
    }

    private static boolean isCanonical(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c < 'A' || c > 'Z') && c != '_') {
                return false;
            }
        }
        return true;
    }
}
