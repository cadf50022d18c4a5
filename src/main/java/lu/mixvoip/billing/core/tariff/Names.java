package lu.mixvoip.billing.core.tariff;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Normalises the names users type for tiers, skills and modes: case-, accent- and separator-insensitive. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    /**
     * Spellings already normalised: a month repeats a handful (Câblage, Ingénieur...) a million times, and
     * normalising one costs a Unicode decomposition and two regular expressions. Bounded: a file may hold anything.
     */
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();
    static final int KNOWN_AT_MOST = 1024;

    private Names() {
    }

    static String normalise(String value) {
        String trimmed = value.trim();
        if (isCanonical(trimmed)) {
            return trimmed; // REMOTE, ON_SITE...: most rows, nothing to do
        }
        String known = KNOWN.get(trimmed);
        if (known != null) {
            return known;
        }
        // Plain ASCII names (the usual case) need no decomposition.
        String decomposed = trimmed.chars().allMatch(c -> c < 128) ? trimmed
                : MARKS.matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFD)).replaceAll("");
        String normalised = SEPARATORS.matcher(decomposed.toUpperCase(Locale.ROOT)).replaceAll("_");
        if (KNOWN.size() < KNOWN_AT_MOST) {
            KNOWN.put(trimmed, normalised);
        }
        return normalised;
    }

    /** How many spellings are remembered (for tests). */
    static int knownCount() {
        return KNOWN.size();
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
