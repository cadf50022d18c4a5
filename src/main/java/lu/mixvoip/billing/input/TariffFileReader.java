package lu.mixvoip.billing.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

import lu.mixvoip.billing.core.servicelevel.FaultHandlingDays;
import lu.mixvoip.billing.core.servicelevel.ServiceLevel;
import lu.mixvoip.billing.core.tariff.BillingIncrement;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.core.tariff.TariffVersion;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/** Reads a tariff card in the format of tariff.yml; every problem names the file and the key path. */
public final class TariffFileReader {
    static final long MAX_FILE_BYTES = 1L << 20;
    /** Rates, fees and travel fees: beyond this a value is a typo, and invoice totals must fit the store. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999.99");
    static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;
    private static final int MINUTES_PER_DAY = 1440;
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9})?");

    /** The card bundled in the jar, used when no --tariff is given. */
    public static final String BUNDLED = "tariff.yml";

    public static Tariff readBundled() {
        try (InputStream in = TariffFileReader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled " + BUNDLED);
        } catch (IOException e) {
            throw new InputException("cannot read the bundled tariff: " + e.getMessage(), e);
        }
    }

    public static Tariff read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("tariff file " + file + " does not exist or is not a file");
        }
        try {
            // A card is a few kilobytes; YAML's scanner would spend minutes on a huge file before it failed.
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InputException("tariff file " + file + " is " + Files.size(file) + " bytes: a tariff card"
                        + " is at most " + MAX_FILE_BYTES + " bytes (1 MiB)");
            }
        } catch (IOException e) {
            throw new InputException("cannot read tariff file " + file + ": " + e.getMessage(), e);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new InputException("cannot read tariff file " + file + ": " + e.getMessage(), e);
        }
    }

    static Tariff read(Reader reader, String source) {
        Object document;
        try {
            document = stringsOnlyYaml().load(reader);
        } catch (DuplicateKeyException e) {
            // Otherwise the last of two equal keys would win silently (STANDARD: 58.00 then STANDARD: 1.00 bills 1.00).
            String key = e.getProblem().replaceFirst("^found duplicate key ", "");
            throw new InputException("tariff file " + source + ": duplicate key '" + key + "' at line "
                    + (e.getProblemMark().getLine() + 1) + " (a key may appear only once in a mapping)", e);
        } catch (YAMLException e) {
            throw new InputException("tariff file " + source + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return new TariffFileReader(source).tariff(document);
    }

    /** Plain scalars stay strings, so 87.00 is read as the exact decimal "87.00", never as a double. */
    private static Yaml stringsOnlyYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Resolver noImplicitTypes = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, noImplicitTypes);
    }

    private final String source;

    private TariffFileReader(String source) {
        this.source = source;
    }

    private Tariff tariff(Object document) {
        Map<String, Object> root = map(document, "(top level)");
        List<Object> versions = list(required(root, "versions", "(top level)"), "versions");
        if (versions.isEmpty()) {
            throw error("versions", "at least one version");
        }
        List<TariffVersion> parsed = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            parsed.add(version(map(versions.get(i), "versions[" + i + "]"), "versions[" + i + "]"));
        }
        try {
            return new Tariff(parsed);
        } catch (IllegalArgumentException e) {
            throw new InputException("tariff file " + source + ": " + e.getMessage());
        }
    }

    private TariffVersion version(Map<String, Object> version, String path) {
        LocalDate effectiveFrom = date(required(version, "effective-from", path), path + ".effective-from");

        Map<String, Object> fees = map(required(version, "monthly-fees", path), path + ".monthly-fees");
        Map<Tier, BigDecimal> monthlyFees = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.withTariffFee()) {
            monthlyFees.put(tier, amount(required(fees, tier.name(), path + ".monthly-fees"),
                    path + ".monthly-fees." + tier));
        }
        // A MANAGED fee here would be silently ignored: the contract carries its own (billing-rules §14).
        onlyKeys(fees, names(Tier.withTariffFee()), path + ".monthly-fees");

        Map<String, Object> rates = map(required(version, "hourly-rates", path), path + ".hourly-rates");
        Map<Tier, Map<Skill, BigDecimal>> hourlyRates = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.withHourlyRates()) { // MANAGED has no rates: its interventions are included
            String tierPath = path + ".hourly-rates." + tier;
            Map<String, Object> bySkill = map(required(rates, tier.name(), path + ".hourly-rates"), tierPath);
            hourlyRates.put(tier, enumKeyed(bySkill, Skill.class, tierPath, v -> amount(v.value, v.path)));
        }
        onlyKeys(rates, names(Tier.withHourlyRates()), path + ".hourly-rates");

        String hoursPath = path + ".normal-hours";
        Map<String, Object> hours = map(required(version, "normal-hours", path), hoursPath);
        LocalTime from = time(required(hours, "from", hoursPath), hoursPath + ".from");
        LocalTime to = time(required(hours, "to", hoursPath), hoursPath + ".to");
        if (!from.isBefore(to)) {
            throw error(hoursPath, "'from' before 'to', got " + from + " and " + to);
        }

        Map<String, Object> multiplierMap = map(required(version, "multipliers", path), path + ".multipliers");
        Map<TimeClass, BigDecimal> multipliers = enumKeyed(multiplierMap, TimeClass.class, path + ".multipliers",
                v -> positiveDecimal(v.value, v.path));

        String incrementsPath = path + ".billing-increments";
        Map<String, Object> incrementMap = map(required(version, "billing-increments", path), incrementsPath);
        Map<Mode, BillingIncrement> increments = enumKeyed(incrementMap, Mode.class, incrementsPath, v -> {
            Map<String, Object> rule = map(v.value, v.path);
            int minimum = whole(required(rule, "minimum-minutes", v.path), v.path + ".minimum-minutes", 0);
            int increment = whole(required(rule, "increment-minutes", v.path), v.path + ".increment-minutes", 1);
            return new BillingIncrement(minimum, increment);
        });

        Map<String, Object> travel = map(required(version, "travel-fees", path), path + ".travel-fees");
        Map<String, BigDecimal> travelFees = new LinkedHashMap<>();
        travel.forEach((zone, fee) -> travelFees.put(zone, amount(fee, path + ".travel-fees." + zone)));

        Map<Tier, ServiceLevel> serviceLevels = new EnumMap<>(Tier.class);
        if (version.containsKey("service-levels")) { // optional: a version without it assesses no ticket
            String levelsPath = path + ".service-levels";
            Map<String, Object> levels = map(version.get("service-levels"), levelsPath);
            onlyKeys(levels, CONTRACT_TIERS, levelsPath);
            levels.forEach((tier, level) -> serviceLevels.put(Tier.valueOf(tier),
                    serviceLevel(map(level, levelsPath + "." + tier), levelsPath + "." + tier)));
        }

        return new TariffVersion(effectiveFrom, monthlyFees, hourlyRates, from, to, multipliers, increments,
                travelFees, serviceLevels);
    }

    /** Every tier but NONE, which is not a contract. */
    private static final List<String> CONTRACT_TIERS = Arrays.stream(Tier.values()).filter(t -> t != Tier.NONE)
            .map(Enum::name).toList();
    private static final List<String> SERVICE_LEVEL_KEYS = List.of("days", "from", "to", "max-response-hours",
            "max-intervention-hours");

    /** One tier's {@code { days, from, to, max-response-hours, max-intervention-hours }}, all required. */
    private ServiceLevel serviceLevel(Map<String, Object> level, String path) {
        onlyKeys(level, SERVICE_LEVEL_KEYS, path);
        for (String key : SERVICE_LEVEL_KEYS) {
            if (level.get(key) == null) {
                throw new InputException("tariff file " + source + ": " + path + " has no '" + key + "' (a service"
                        + " level needs " + String.join(", ", SERVICE_LEVEL_KEYS) + ")");
            }
        }
        String daysText = scalar(level.get("days"), path + ".days");
        FaultHandlingDays days = FaultHandlingDays.ofLabel(daysText).orElseThrow(() -> error(path + ".days",
                "one of MON-FRI, MON-SAT, MON-SUN, got '" + daysText + "'"));
        LocalTime from = hoursAndMinutes(level.get("from"), path + ".from");
        LocalTime to = hoursAndMinutes(level.get("to"), path + ".to");
        if (!from.isBefore(to)) {
            throw error(path, "'from' before 'to', got " + from + " and " + to);
        }
        return new ServiceLevel(days, from, to, hours(level.get("max-response-hours"), path + ".max-response-hours"),
                hours(level.get("max-intervention-hours"), path + ".max-intervention-hours"));
    }

    private LocalTime hoursAndMinutes(Object value, String path) {
        String text = scalar(value, path);
        try {
            if (text.matches("[0-9]{2}:[0-9]{2}")) {
                return LocalTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            // 24:00, 12:60...: reported below
        }
        throw error(path, "a time HH:MM, got '" + text + "'");
    }

    private int hours(Object value, String path) {
        String text = scalar(value, path);
        try {
            int hours = Integer.parseInt(text);
            if (hours > 0 && text.matches("[0-9]+")) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(path, "a whole number of hours greater than 0, got '" + text + "'");
    }

    private record Value(Object value, String path) {
    }

    /** Every constant of the enum must be a key; no other key is allowed. */
    private <E extends Enum<E>, V> Map<E, V> enumKeyed(Map<String, Object> map, Class<E> type, String path,
                                                       Function<Value, V> parse) {
        Map<E, V> result = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            result.put(constant, parse.apply(new Value(required(map, constant.name(), path), path + "." + constant)));
        }
        for (String key : map.keySet()) {
            if (Optional.ofNullable(key).filter(k -> isConstant(type, k)).isEmpty()) {
                throw error(path + "." + key, "one of " + List.of(type.getEnumConstants()));
            }
        }
        return result;
    }

    /** Refuses any key of {@code map} not in {@code allowed}. */
    private void onlyKeys(Map<String, Object> map, List<String> allowed, String path) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw error(path + "." + key, "one of " + allowed);
            }
        }
    }

    private static List<String> names(List<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).toList();
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private Object required(Map<String, Object> map, String key, String path) {
        Object value = map.get(key);
        if (value == null) {
            throw new InputException("tariff file " + source + ": " + path + " has no '" + key + "' (every key of "
                    + "the default card is required in every version)");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String path) {
        if (!(value instanceof Map)) {
            throw error(path, "a mapping of keys to values");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value, String path) {
        if (!(value instanceof List)) {
            throw error(path, "a list");
        }
        return (List<Object>) value;
    }

    private BigDecimal amount(Object value, String path) {
        BigDecimal decimal = decimal(value, path, "an amount in EUR such as 87.00");
        if (decimal.scale() > 2 || decimal.compareTo(MAX_AMOUNT) > 0) {
            throw error(path, "an amount in EUR from 0 to " + MAX_AMOUNT + " with at most 2 decimals, got '" + value
                    + "'");
        }
        return decimal.setScale(2);
    }

    private BigDecimal positiveDecimal(Object value, String path) {
        BigDecimal decimal = decimal(value, path, "a decimal number such as 1.5");
        if (decimal.signum() <= 0 || decimal.compareTo(MAX_MULTIPLIER) > 0 || decimal.scale() > 4) {
            throw error(path, "a number above 0 and at most " + MAX_MULTIPLIER + ", with at most 4 decimals, got '"
                    + value + "'");
        }
        return decimal;
    }

    /** Plain decimals only: {@code 1e400} or {@code -5} are typos, and a huge exponent would wedge the arithmetic. */
    private BigDecimal decimal(Object value, String path, String expected) {
        String text = scalar(value, path);
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw error(path, expected + " (a plain decimal: digits, optionally a '.' and decimals), got '" + value
                    + "'");
        }
        return new BigDecimal(text);
    }

    private int whole(Object value, String path, int minimum) {
        try {
            int number = Integer.parseInt(scalar(value, path));
            if (number < minimum || number > MINUTES_PER_DAY) {
                throw error(path, "a whole number of minutes from " + minimum + " to " + MINUTES_PER_DAY + ", got "
                        + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw error(path, "a whole number of minutes, got '" + value + "'");
        }
    }

    private LocalDate date(Object value, String path) {
        try {
            return LocalDate.parse(scalar(value, path));
        } catch (DateTimeParseException e) {
            throw error(path, "a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    private LocalTime time(Object value, String path) {
        try {
            return LocalTime.parse(scalar(value, path));
        } catch (DateTimeParseException e) {
            throw error(path, "a time HH:MM, got '" + value + "'");
        }
    }

    private String scalar(Object value, String path) {
        if (value instanceof Map || value instanceof List) {
            throw error(path, "a single value");
        }
        return String.valueOf(value).trim();
    }

    private InputException error(String path, String expected) {
        return new InputException("tariff file " + source + ": " + path + ": expected " + expected);
    }
}
