package lu.mixvoip.billing.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.BillableTime;
import lu.mixvoip.billing.core.time.Timestamps;

/** The row rules of billing-rules §10–§11, shared by every source (CSV files, database tables). */
public final class InputRows {
    public static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "name", "street", "postal_code",
            "city", "country", "vat_number", "email", "language", "travel_zone");
    public static final List<String> CONTRACT_COLUMNS = List.of("contract_id", "customer_id", "tier", "start_date",
            "end_date");
    /** Columns a contracts file may lack (billing-rules §14): an absent column reads as blank. */
    public static final List<String> CONTRACT_OPTIONAL_COLUMNS = List.of("monthly_fee");
    public static final List<String> INTERVENTION_COLUMNS = List.of("intervention_id", "customer_id", "ticket",
            "technician", "start", "end", "mode", "skill", "description");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern MONTHLY_FEE = Pattern.compile("[0-9]+(\\.[0-9]{1,2})?");
    private static final long LONGEST_INTERVENTION_MINUTES = 24 * 60;

    private InputRows() {
    }

    /** Null when the row's shape and id are good, else the reason; the id column is named in the reason. */
    public static String idProblem(SourceRecord row, String idColumn) {
        if (row.shapeProblem() != null) {
            return row.shapeProblem();
        }
        String id = row.get(idColumn);
        if (!ID.matcher(id).matches()) {
            return idColumn + " '" + id + "' is not a valid id (expected 1 to 32 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit)";
        }
        return null;
    }

    public static Checked<Customer> customer(SourceRecord row, Set<String> zones) {
        String name = row.get("name");
        if (name.isEmpty()) {
            return Checked.refused("name is blank");
        }
        String country = row.get("country");
        if (!COUNTRY.matcher(country).matches()) {
            return Checked.refused("country '" + country + "' is not a two-letter ISO 3166 code");
        }
        Optional<Language> language = Language.parse(row.get("language"));
        if (language.isEmpty()) {
            return Checked.refused("language '" + row.get("language") + "' is not fr, en, de or blank");
        }
        String zone = row.get("travel_zone");
        if (!zone.isEmpty() && !zones.contains(zone)) {
            return Checked.refused("travel_zone '" + zone + "' is not a zone of the tariff " + zones);
        }
        return Checked.ok(new Customer(row.get("customer_id"), name, row.get("street"), row.get("postal_code"),
                row.get("city"), country.toUpperCase(Locale.ROOT), blankToNull(row.get("vat_number")),
                row.get("email"), language.get(), blankToNull(zone)));
    }

    /**
     * A contract row's rules, checked in the order of the columns after the id: customer known, tier, start_date,
     * end_date (a date not before start_date, or blank), monthly_fee (blank or a plain amount), and last that a
     * MANAGED contract carries a monthly_fee (§14). The first failure is the reason.
     */
    public static Checked<Contract> contract(SourceRecord row, Predicate<String> knownCustomer) {
        String customerId = row.get("customer_id");
        if (!knownCustomer.test(customerId)) {
            return Checked.refused("unknown customer '" + customerId + "'");
        }
        Optional<Tier> tier = Tier.ofContract(row.get("tier"));
        if (tier.isEmpty()) {
            return Checked.refused("unknown tier '" + row.get("tier") + "' (expected STANDARD, OFFICE, ENTERPRISE"
                    + " or MANAGED, or Standard, Bureau, Entreprises, Gestion)");
        }
        Optional<LocalDate> start = date(row.get("start_date"));
        if (start.isEmpty()) {
            return Checked.refused("start_date '" + row.get("start_date") + "' is not a date YYYY-MM-DD");
        }
        LocalDate end = null;
        if (!row.get("end_date").isEmpty()) {
            Optional<LocalDate> parsed = date(row.get("end_date"));
            if (parsed.isEmpty()) {
                return Checked.refused("end_date '" + row.get("end_date") + "' is not a date YYYY-MM-DD or blank");
            }
            end = parsed.get();
            if (end.isBefore(start.get())) {
                return Checked.refused("end_date " + end + " is before start_date " + start.get());
            }
        }
        String fee = row.get("monthly_fee"); // "" when blank or when the file has no such column
        if (!fee.isEmpty() && !MONTHLY_FEE.matcher(fee).matches()) {
            return Checked.refused("monthly_fee '" + fee + "' is not a plain amount (expected digits with at most 2"
                    + " decimals after a '.', such as 1450.00, or blank for the tier's fee of the tariff)");
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
        return Timestamps.parse(row.get("start")).map(Checked::ok).orElseGet(() -> Checked.refused(
                "start '" + row.get("start") + "' is not a timestamp YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]"));
    }

    public static Checked<Intervention> intervention(SourceRecord row, ZonedDateTime start,
                                                     Predicate<String> knownCustomer) {
        String customerId = row.get("customer_id");
        if (!knownCustomer.test(customerId)) {
            return Checked.refused("unknown customer '" + customerId + "'");
        }
        Optional<ZonedDateTime> end = Timestamps.parse(row.get("end"));
        if (end.isEmpty()) {
            return Checked.refused("end '" + row.get("end") + "' is not a timestamp YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]");
        }
        long minutes = BillableTime.actualMinutes(start, end.get());
        if (minutes <= 0) {
            return Checked.refused("end " + row.get("end") + " is not after start " + row.get("start"));
        }
        if (minutes > LONGEST_INTERVENTION_MINUTES) {
            return Checked.refused("lasts " + minutes + " minutes, longer than 24 h");
        }
        Optional<Mode> mode = Mode.parse(row.get("mode"));
        if (mode.isEmpty()) {
            return Checked.refused("unknown mode '" + row.get("mode") + "' (expected REMOTE or ONSITE, or DISTANCE,"
                    + " SUR_SITE)");
        }
        Optional<Skill> skill = Skill.parse(row.get("skill"));
        if (skill.isEmpty()) {
            return Checked.refused("unknown skill '" + row.get("skill") + "' (expected CABLING, TECHNICIAN, ENGINEER,"
                    + " CONSULTING or Câblage, Technicien, Ingénieur, Conseil)");
        }
        return Checked.ok(new Intervention(row.get("intervention_id"), customerId, row.get("ticket"),
                row.get("technician"), start, end.get(), mode.get(), skill.get(), row.get("description")));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
