package lu.mixvoip.billing.input;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;

/**
 * Tier, skill and mode names as a load's rows spell them, each spelling parsed once: a month repeats a handful
 * (Câblage, Ingénieur, sur site...) a million times, and parsing one costs a Unicode decomposition. One per load,
 * used by one thread; bounded, since a file may hold anything.
 */
final class Spellings {
    static final int AT_MOST = 1024;

    private final Map<String, Optional<Tier>> tiers = new HashMap<>();
    private final Map<String, Optional<Skill>> skills = new HashMap<>();
    private final Map<String, Optional<Mode>> modes = new HashMap<>();

    Optional<Tier> tier(String text) {
        return parsed(tiers, text, Tier::ofContract);
    }

    Optional<Skill> skill(String text) {
        return parsed(skills, text, Skill::parse);
    }

    Optional<Mode> mode(String text) {
        return parsed(modes, text, Mode::parse);
    }

    private static <T> Optional<T> parsed(Map<String, Optional<T>> known, String text,
                                          Function<String, Optional<T>> parse) {
        Optional<T> value = known.get(text);
        if (value == null) {
            value = parse.apply(text);
            if (known.size() < AT_MOST) {
                known.put(text, value);
            }
        }
        return value;
    }
}
