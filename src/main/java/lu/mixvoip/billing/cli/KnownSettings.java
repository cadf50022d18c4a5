package lu.mixvoip.billing.cli;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

import lu.mixvoip.billing.SupportBillingApplication;

/**
 * Every {@code billing.*} key the application reads, from its {@code @ConfigurationProperties} records, so that a
 * misspelt or unknown key — on the command line, in the environment or in a configuration file — stops the run
 * instead of being ignored while a default goes on the documents.
 */
final class KnownSettings {
    private static final String ROOT = "billing";
    /**
     * Environment variables of the scripts and the postgres profile (BILLING_DB_URL, BILLING_LOG,
     * BILLING_JAVA_OPTS ...): they look like settings to relaxed binding, and are read elsewhere.
     */
    private static final List<String> ENVIRONMENT_ONLY = List.of("billing.db.url", "billing.db.user",
            "billing.db.password", "billing.log", "billing.java.opts");

    /**
     * A key of a record component: a leaf ({@code billing.seller.iban}) or a map or list of values below it; for a
     * map of records ({@code billing.accounting.tiers.MANAGED.fee}), {@code entryLeaves} are the record's keys,
     * undashed, the only ones an entry may have.
     */
    private record Key(String name, boolean open, Set<String> entryLeaves) {
    }

    /** A setting the application does not read: the run stops before anything starts (exit 2). */
    static final class UnknownSetting extends RuntimeException {
        UnknownSetting(String message) {
            super(message);
        }
    }

    private final List<Key> keys;

    /** Checks the environment as soon as it is prepared, before the store is opened. */
    static ApplicationListener<ApplicationEnvironmentPreparedEvent> refusingUnknown() {
        KnownSettings known = ofApplication();
        return event -> known.unknownIn(event.getEnvironment()).ifPresent(message -> {
            throw new UnknownSetting(message);
        });
    }

    private KnownSettings(List<Key> keys) {
        this.keys = keys;
    }

    /** The keys of the records the application enables. */
    static KnownSettings ofApplication() {
        List<Key> keys = new ArrayList<>();
        for (Class<?> type : SupportBillingApplication.class.getAnnotation(EnableConfigurationProperties.class)
                .value()) {
            ConfigurationProperties properties = type.getAnnotation(ConfigurationProperties.class);
            String prefix = properties.value().isEmpty() ? properties.prefix() : properties.value();
            collect(prefix, type, keys);
        }
        return new KnownSettings(keys);
    }

    private static void collect(String prefix, Class<?> type, List<Key> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + dashed(component.getName());
            Class<?> valueType = component.getType();
            if (valueType.isRecord()) {
                collect(name, valueType, keys);
            } else {
                keys.add(new Key(name, Map.class.isAssignableFrom(valueType)
                        || Collection.class.isAssignableFrom(valueType) || valueType.isArray(),
                        recordValuesOf(component)));
            }
        }
    }

    /** The undashed keys of a map's record values ({@code Map<String, Revenue>}: fee, labour, travel), else none. */
    private static Set<String> recordValuesOf(RecordComponent component) {
        if (Map.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType map
                && map.getActualTypeArguments()[1] instanceof Class<?> value && value.isRecord()) {
            return Arrays.stream(value.getRecordComponents()).map(c -> undashed(dashed(c.getName())))
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    /**
     * The first key under {@code billing.} in the environment that the application does not read, with where it
     * was set and the nearest known key.
     */
    Optional<String> unknownIn(ConfigurableEnvironment environment) {
        ConfigurationPropertyName root = ConfigurationPropertyName.of(ROOT);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            Optional<ConfigurationPropertyName> unknown = iterable.stream().filter(root::isAncestorOf)
                    .filter(name -> !known(name)).findFirst();
            if (unknown.isPresent()) {
                ConfigurationProperty property = source.getConfigurationProperty(unknown.get());
                return Optional.of("unknown setting " + unknown.get()
                        + origin(property)
                        + nearest(unknown.get().toString()).map(k -> ": did you mean " + k + "?")
                                .orElse(": it is not a setting of support-billing (see application.yml)"));
            }
        }
        return Optional.empty();
    }

    private static String origin(ConfigurationProperty property) {
        if (property == null || property.getOrigin() == null) {
            return "";
        }
        String origin = property.getOrigin().toString();
        return origin.contains("\"commandLineArgs\"") ? " (on the command line)" : " (" + origin + ")";
    }

    private boolean known(ConfigurationPropertyName name) {
        String text = undashed(name.toString());
        return ENVIRONMENT_ONLY.contains(text) || keys.stream().anyMatch(key -> {
            String known = undashed(key.name());
            if (text.equals(known)) {
                return true;
            }
            if (!key.entryLeaves().isEmpty()) {
                return entryOf(text, known).filter(leaf -> key.entryLeaves().contains(leaf)).isPresent();
            }
            return text.startsWith(known + "[") || key.open() && text.startsWith(known + ".");
        });
    }

    /** The key below a map entry: "fee" of {@code billing.accounting.tiers.managed.fee} or {@code ...tiers[MANAGED].fee}. */
    private static Optional<String> entryOf(String text, String map) {
        String rest = text.startsWith(map + ".") ? text.substring(map.length() + 1)
                : text.startsWith(map + "[") && text.indexOf(']') > map.length() ? text.substring(text.indexOf(']') + 1)
                        .replaceFirst("^\\.", "") : null;
        if (rest == null) {
            return Optional.empty();
        }
        if (text.startsWith(map + ".")) {
            int dot = rest.indexOf('.');
            rest = dot < 0 ? "" : rest.substring(dot + 1);
        }
        return rest.isEmpty() || rest.contains(".") ? Optional.empty() : Optional.of(rest);
    }

    private Optional<String> nearest(String name) {
        return keys.stream().map(Key::name)
                .min(Comparator.comparingInt(known -> distance(undashed(known), undashed(name))))
                .filter(known -> distance(undashed(known), undashed(name)) <= Math.max(3, name.length() / 4));
    }

    /** Levenshtein distance: the number of letters to add, remove or change. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Relaxed binding: {@code postal-code}, {@code postalCode} and {@code BILLING_SELLER_POSTALCODE} are one key. */
    private static String undashed(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static String dashed(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
