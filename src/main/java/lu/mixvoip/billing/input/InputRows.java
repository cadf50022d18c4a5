package lu.mixvoip.billing.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Countries;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.BillableTime;

/**
 * The row rules of billing-rules §10, §11, §14 and §15, shared by every source (CSV files, database tables). One per
 * load: it remembers the spellings of names it has parsed.
 */
public final class InputRows {
    public static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "name", "street", "postal_code",
            "city", "country", "vat_number", "email", "language", "travel_zone");
    /** An electronic address for e-invoices, {@code <scheme>:<identifier>}: a file may lack the column. */
    public static final List<String> CUSTOMER_OPTIONAL_COLUMNS = List.of("peppol_id");
    public static final List<String> CONTRACT_COLUMNS = List.of("contract_id", "customer_id", "tier", "start_date",
            "end_date");
    /** Columns a contracts file may lack (billing-rules §14): an absent column reads as blank. */
    public static final List<String> CONTRACT_OPTIONAL_COLUMNS = List.of("monthly_fee");
    public static final List<String> INTERVENTION_COLUMNS = List.of("intervention_id", "customer_id", "ticket",
            "technician", "start", "end", "mode", "skill", "description");
    public static final List<String> TICKET_COLUMNS = List.of("ticket", "customer_id", "reported_at",
            "responded_at");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    /** At most ten digits before the point: every fee fits the store's NUMERIC(12,2). */
    private static final Pattern MONTHLY_FEE = Pattern.compile("[0-9]{1,7}(\\.[0-9]{1,2})?");
    private static final long LONGEST_INTERVENTION_MINUTES = 24 * 60;
    private static final String TIMESTAMP = "a timestamp YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]";
    /** How much of a refused value a reason quotes. */
    private static final int QUOTED_AT_MOST = 60;

    /** A text field's bound in characters, after trimming (billing-rules §11). */
    private record Bound(String column, int characters, boolean lineBreaksAllowed) {
    }

    private static final List<Bound> CUSTOMER_TEXT = List.of(new Bound("name", 200, false),
            new Bound("street", 200, false), new Bound("postal_code", 20, false), new Bound("city", 200, false),
            new Bound("vat_number", 20, false), new Bound("email", 254, false));
    private static final List<Bound> INTERVENTION_TEXT = List.of(new Bound("ticket", 64, false),
            new Bound("technician", 100, false), new Bound("description", 2000, true));

    private final Set<String> zones;
    private final Spellings spellings = new Spellings();

    /** @param zones the travel zones of the tariff */
    public InputRows(Set<String> zones) {
        this.zones = zones;
    }

    /** Whether {@code text} is a well-formed id (§10: customer, contract, intervention ids and tickets). */
    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /** Null when the row's shape and id are good, else the reason; the id column is named in the reason. */
    public static String idProblem(SourceRecord row, String idColumn) {
        if (row.shapeProblem() != null) {
            return row.shapeProblem();
        }
        String id = row.get(idColumn);
        if (!ID.matcher(id).matches()) {
            return idColumn + " " + quoted(id) + " is not a valid id (expected 1 to 32 letters, digits, '.', '_' or"
                    + " '-', starting with a letter or digit)";
        }
        return null;
    }

    /** A refused value as a reason quotes it: control characters shown as {@code \\uXXXX}, cut when long. */
    public static String quoted(String value) {
        String shown = "'" + controlsShown(value, QUOTED_AT_MOST) + "'";
        return value.length() > QUOTED_AT_MOST
                ? shown + String.format(Locale.ROOT, " (cut: %,d characters)", value.length())
                : shown;
    }

    /**
     * The id rejects.csv shows for a refused row: as given when it is a valid id, else at most 64 characters with
     * control characters shown, so that a hostile field can neither overflow the report's column nor corrupt it.
     */
    public static String shownId(String id) {
        if (ID.matcher(id).matches()) {
            return id;
        }
        String shown = controlsShown(id, 64);
        return id.length() <= 64 && shown.length() <= 64 ? shown : shown.substring(0, 63) + "…";
    }

    /** The first {@code atMost} characters of a value, each control character shown as {@code \\uXXXX}. */
    private static String controlsShown(String value, int atMost) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(value.length(), atMost); i++) {
            char c = value.charAt(i);
            shown.append(isControl(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : c);
        }
        return shown.toString();
    }

    /**
     * A customer row's rules after its id: text fields within their bounds and without control characters, name not
     * blank, country, language, travel zone, electronic address.
     */
    public Checked<Customer> customer(SourceRecord row) {
        String text = textProblem(row, CUSTOMER_TEXT);
        if (text != null) {
            return Checked.refused(text);
        }
        String name = row.get("name");
        if (name.isEmpty()) {
            return Checked.refused("name is blank");
        }
        String country = row.get("country");
        if (!COUNTRY.matcher(country).matches() || !Countries.isAssigned(country)) {
            return Checked.refused("country " + quoted(country) + " is not an assigned ISO 3166-1 code such as LU"
                    + (country.equalsIgnoreCase("EL") ? " (Greece is GR; EL is its VAT prefix)" : ""));
        }
        String vatNumber = row.get("vat_number");
        if (!vatNumber.isEmpty() && vatNumber.chars().noneMatch(Character::isDigit)) {
            // "none", "n/a", "-": not a number the reverse charge could rest on (§7); blank means none.
            return Checked.refused("vat_number " + quoted(vatNumber) + " is not a VAT number (leave it blank when"
                    + " the customer has none)");
        }
        Optional<Language> language = Language.parse(row.get("language"));
        if (language.isEmpty()) {
            return Checked.refused("language " + quoted(row.get("language")) + " is not fr, en, de or blank");
        }
        String zone = row.get("travel_zone");
        if (!zone.isEmpty() && !zones.contains(zone)) {
            return Checked.refused("travel_zone " + quoted(zone) + " is not a zone of the tariff " + zones);
        }
        ElectronicAddress peppolId = null;
        String address = row.get("peppol_id"); // "" when blank or when the file has no such column
        if (!address.isEmpty()) {
            try {
                peppolId = ElectronicAddress.parse(address);
            } catch (IllegalArgumentException e) {
                return Checked.refused("peppol_id " + quoted(address) + " is not a Peppol electronic address"
                        + " <scheme>:<identifier> with a scheme of the EAS code list, such as 9938:LU12345678 ("
                        + e.getMessage() + ")");
            }
        }
        return Checked.ok(new Customer(row.get("customer_id"), name, row.get("street"), row.get("postal_code"),
                row.get("city"), country.toUpperCase(Locale.ROOT), blankToNull(row.get("vat_number")),
                row.get("email"), language.get(), blankToNull(zone), peppolId));
    }

    /**
     * A contract row's rules, checked in the order of the columns after the id: customer known, tier, start_date,
     * end_date (a date not before start_date, or blank), monthly_fee (blank or a plain amount), and last that a
     * MANAGED contract carries a monthly_fee (§14). The first failure is the reason.
     */
    public Checked<Contract> contract(SourceRecord row, Predicate<String> knownCustomer) {
        String customerId = row.get("customer_id");
        if (!knownCustomer.test(customerId)) {
            return Checked.refused("unknown customer " + quoted(customerId));
        }
        Optional<Tier> tier = spellings.tier(row.get("tier"));
        if (tier.isEmpty()) {
            return Checked.refused("unknown tier " + quoted(row.get("tier")) + " (expected STANDARD, OFFICE,"
                    + " ENTERPRISE or MANAGED, or Standard, Bureau, Entreprises, Gestion)");
        }
        Optional<LocalDate> start = row.date("start_date");
        if (start.isEmpty()) {
            return Checked.refused("start_date " + quoted(row.get("start_date")) + " is not a date YYYY-MM-DD");
        }
        LocalDate end = null;
        if (!row.get("end_date").isEmpty()) {
            Optional<LocalDate> parsed = row.date("end_date");
            if (parsed.isEmpty()) {
                return Checked.refused("end_date " + quoted(row.get("end_date")) + " is not a date YYYY-MM-DD or"
                        + " blank");
            }
            end = parsed.get();
            if (end.isBefore(start.get())) {
                return Checked.refused("end_date " + end + " is before start_date " + start.get());
            }
        }
        String fee = row.get("monthly_fee"); // "" when blank or when the file has no such column
        if (!fee.isEmpty() && !MONTHLY_FEE.matcher(fee).matches()) {
            return Checked.refused("monthly_fee " + quoted(fee) + " is not a plain amount (expected below ten"
                    + " million: up to seven digits with at most 2 decimals after a '.', such as 1450.00, or blank for the tier's fee of the"
                    + " tariff)");
        }
        if (fee.isEmpty() && tier.get() == Tier.MANAGED) {
            return Checked.refused("monthly_fee is blank: a MANAGED contract must carry its own monthly_fee (the"
                    + " tariff has no fee for MANAGED)");
        }
        return Checked.ok(new Contract(row.get("contract_id"), customerId, tier.get(), start.get(), end,
                fee.isEmpty() ? null : new BigDecimal(fee)));
    }

    /** The start, checked before the month filter so that out-of-month rows are skipped, not rejected. */
    public static Checked<ZonedDateTime> interventionStart(SourceRecord row) {
        return timestamp(row, "start");
    }

    /**
     * An intervention row's rules after the month filter: text fields within their bounds and without control
     * characters (the description may hold tabs and line breaks), customer known, end, duration, mode, skill.
     */
    public Checked<Intervention> intervention(SourceRecord row, ZonedDateTime start, Predicate<String> knownCustomer) {
        String text = textProblem(row, INTERVENTION_TEXT);
        if (text != null) {
            return Checked.refused(text);
        }
        String customerId = row.get("customer_id");
        if (!knownCustomer.test(customerId)) {
            return Checked.refused("unknown customer " + quoted(customerId));
        }
        Optional<ZonedDateTime> end = row.timestamp("end");
        if (end.isEmpty()) {
            return Checked.refused("end " + quoted(row.get("end")) + " is not " + TIMESTAMP);
        }
        long minutes = BillableTime.actualMinutes(start, end.get());
        if (minutes <= 0) {
            return Checked.refused("end " + row.get("end") + " is not after start " + row.get("start"));
        }
        if (minutes > LONGEST_INTERVENTION_MINUTES) {
            return Checked.refused("lasts " + minutes + " minutes, longer than 24 h");
        }
        Optional<Mode> mode = spellings.mode(row.get("mode"));
        if (mode.isEmpty()) {
            return Checked.refused("unknown mode " + quoted(row.get("mode")) + " (expected REMOTE or ONSITE, or"
                    + " DISTANCE, SUR_SITE)");
        }
        Optional<Skill> skill = spellings.skill(row.get("skill"));
        if (skill.isEmpty()) {
            return Checked.refused("unknown skill " + quoted(row.get("skill")) + " (expected CABLING, TECHNICIAN,"
                    + " ENGINEER, CONSULTING or Câblage, Technicien, Ingénieur, Conseil)");
        }
        return Checked.ok(new Intervention(row.get("intervention_id"), customerId, row.get("ticket"),
                row.get("technician"), start, end.get(), mode.get(), skill.get(), row.get("description")));
    }

    /** When a ticket was reported, checked before the month filter (§15). */
    public static Checked<ZonedDateTime> ticketReported(SourceRecord row) {
        return timestamp(row, "reported_at");
    }

    /** A ticket row's rules after the month filter: customer known, responded_at blank or not before reported_at. */
    public static Checked<Ticket> ticket(SourceRecord row, ZonedDateTime reported, Predicate<String> knownCustomer) {
        String customerId = row.get("customer_id");
        if (!knownCustomer.test(customerId)) {
            return Checked.refused("unknown customer " + quoted(customerId));
        }
        ZonedDateTime responded = null;
        if (!row.get("responded_at").isEmpty()) {
            Checked<ZonedDateTime> parsed = timestamp(row, "responded_at");
            if (!parsed.isOk()) {
                return Checked.refused(parsed.reason() + " or blank");
            }
            responded = parsed.value();
            if (responded.isBefore(reported)) {
                return Checked.refused("responded_at " + row.get("responded_at") + " is before reported_at "
                        + row.get("reported_at"));
            }
        }
        return Checked.ok(new Ticket(row.get("ticket"), customerId, reported, responded));
    }

    private static Checked<ZonedDateTime> timestamp(SourceRecord row, String column) {
        return row.timestamp(column).map(Checked::ok).orElseGet(() -> Checked.refused(
                column + " " + quoted(row.get(column)) + " is not " + TIMESTAMP));
    }

    /** The first text field over its bound or holding a forbidden control character, as a reason. */
    private static String textProblem(SourceRecord row, List<Bound> bounds) {
        for (Bound bound : bounds) {
            String value = row.get(bound.column());
            if (value.length() > bound.characters()) {
                return String.format(Locale.ROOT, "%s is %,d characters long, longer than its %d", bound.column(),
                        value.length(), bound.characters());
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (isControl(c) && !(bound.lineBreaksAllowed() && (c == '\t' || c == '\n' || c == '\r'))) {
                    return String.format(Locale.ROOT, "%s holds the control character U+%04X at character %d%s",
                            bound.column(), (int) c, i + 1, bound.lineBreaksAllowed()
                                    ? " (only tabs and line breaks are allowed)" : "");
                }
            }
        }
        return null;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
