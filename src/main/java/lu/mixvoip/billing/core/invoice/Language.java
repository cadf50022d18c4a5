package lu.mixvoip.billing.core.invoice;

import java.util.Locale;
import java.util.Optional;

/** The language an invoice is written in; blank means French. */
public enum Language {
    FR, EN, DE;

    public static Optional<Language> parse(String code) {
        String value = code.trim().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.of(FR);
        }
        for (Language language : values()) {
            if (language.name().equals(value)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The one of three texts written in this language. */
    public <T> T pick(T fr, T en, T de) {
        return switch (this) {
            case FR -> fr;
            case EN -> en;
            case DE -> de;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
