package lu.mixvoip.billing.core.invoice;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The provider issuing the documents, as configured ({@code billing.seller.*}). {@code peppolId}: the electronic
 * address it receives e-invoices at, {@code <scheme>:<identifier>}, when configured (blank: the address its VAT
 * number gives). {@code tradeRegister}: the trade register entry Luxembourg companies print on their invoices
 * (e.g. "RCS Luxembourg B123456"), blank when not configured.
 */
public record Seller(String name, String street, String postalCode, String city, String country, String vatNumber,
                     String iban, String bic, String email, int paymentDays, String peppolId,
                     String tradeRegister) {
    /** A payment term beyond a year is a typo, not a term. */
    public static final int MAX_PAYMENT_DAYS = 365;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i).*(placeholder|changeme).*");

    /**
     * What stops these details from going on an issued document (EU VAT Directive art. 226: the supplier's name,
     * address and VAT number; and the account to pay to): per field, in its configuration spelling
     * ({@code vat-number}), blank, placeholder or invalid values. Empty: the seller can issue documents.
     */
    public Map<String, String> problemsForIssuing() {
        Map<String, String> problems = new LinkedHashMap<>(problemsOfGivenValues());
        required("name", name, problems);
        required("street", street, problems);
        required("postal-code", postalCode, problems);
        required("city", city, problems);
        required("country", country, problems);
        required("vat-number", vatNumber, problems);
        required("iban", iban, problems);
        required("bic", bic, problems);
        required("email", email, problems);
        return problems;
    }

    /** What is wrong with the values that are given (blank ones are not judged here). */
    public Map<String, String> problemsOfGivenValues() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (var field : Map.of("name", text(name), "street", text(street), "postal-code", text(postalCode),
                "city", text(city), "vat-number", text(vatNumber), "iban", text(iban), "bic", text(bic),
                "email", text(email), "trade-register", text(tradeRegister)).entrySet()) {
            if (PLACEHOLDER.matcher(field.getValue()).matches()) {
                problems.put(field.getKey(), "'" + field.getValue() + "' is a placeholder");
            }
        }
        if (!blank(country) && !Countries.isAssigned(country.trim())) {
            problems.putIfAbsent("country", "'" + country + "' is not an ISO 3166-1 country code (such as LU)");
        }
        if (!blank(vatNumber)) {
            vatProblem().ifPresent(p -> problems.putIfAbsent("vat-number", p));
        }
        if (!blank(iban)) {
            Iban.problem(iban).ifPresent(p -> problems.putIfAbsent("iban", "'" + iban + "' is " + p));
        }
        if (!blank(bic)) {
            Bic.problem(bic).ifPresent(p -> problems.putIfAbsent("bic", "'" + bic + "' is " + p));
        }
        if (!blank(email) && !EMAIL.matcher(email.trim()).matches()) {
            problems.putIfAbsent("email", "'" + email + "' is not an e-mail address (such as billing@example.lu)");
        }
        if (paymentDays < 0 || paymentDays > MAX_PAYMENT_DAYS) {
            problems.put("payment-days", paymentDays + " is not a payment term of 0 to " + MAX_PAYMENT_DAYS + " days");
        }
        return problems;
    }

    private Optional<String> vatProblem() {
        VatNumber vat;
        if (vatNumber.chars().noneMatch(Character::isDigit)) {
            return Optional.of("'" + vatNumber + "' is not a VAT number");
        }
        try {
            vat = VatNumber.parse(country, vatNumber).orElseThrow();
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + vatNumber + "' is not a VAT number (" + e.getMessage() + ")");
        }
        if (!blank(country) && !vat.country().equals(country.trim().toUpperCase(Locale.ROOT))) {
            return Optional.of("'" + vatNumber + "' is a VAT number of " + vat.country() + ", not of the seller's"
                    + " country " + country);
        }
        if (vat.failsCheckDigits()) {
            return Optional.of("'" + vatNumber + "' fails its check digits: a digit is mistyped");
        }
        return Optional.empty();
    }

    private static void required(String field, String value, Map<String, String> problems) {
        if (blank(value)) {
            problems.putIfAbsent(field, "not set");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
