package lu.mixvoip.billing.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

import lu.mixvoip.billing.core.invoice.Language;

/**
 * How amounts, rates and dates are written in each invoice language.
 *
 * <p>Hand-written rather than {@code NumberFormat}/{@code DateTimeFormatter} with a {@code Locale}: locale data
 * changes between JDK releases (the CLDR data moved French amounts from U+00A0 to U+202F, a narrow no-break space)
 * and would break byte-identical re-rendering of an issued invoice. Only plain U+0020 spaces are used, as on every
 * invoice issued so far. Immutable, so thread-safe.
 */
public final class InvoiceFormat {
    private static final String[] EN_MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final Language language;

    private InvoiceFormat(Language language) {
        this.language = language;
    }

    public static InvoiceFormat of(Language language) {
        return new InvoiceFormat(language == null ? Language.FR : language);
    }

    /**
     * fr {@code 1 234,50 €}, en {@code €1,234.50}, de {@code 1.234,50 €}; negative fr {@code -1 234,50 €}, en
     * {@code -€1,234.50}. An amount that rounds to zero has no sign: never {@code -0,00 €}.
     */
    public String money(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = number(cents.abs());
        String sign = cents.signum() < 0 ? "-" : "";
        return language == Language.EN ? sign + "€" + digits : sign + digits + " €";
    }

    /** A decimal with 2 places and the language's separators, no currency; no sign when it rounds to zero. */
    public String number(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        String plain = cents.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = group(plain.substring(0, dot));
        String sign = cents.signum() < 0 ? "-" : "";
        return sign + whole + decimalSeparator() + plain.substring(dot + 1);
    }

    /** A VAT rate without useless zeros: fr/de {@code 17 %}, {@code 8,5 %}; en {@code 17%}. */
    public String percent(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        String text = stripped.toPlainString().replace('.', decimalSeparator());
        return language == Language.EN ? text + "%" : text + " %";
    }

    /** fr {@code 05/10/2026}, en {@code 5 Oct 2026}, de {@code 05.10.2026}. */
    public String date(LocalDate date) {
        return switch (language) {
            case FR -> shortDate(date) + "/" + date.getYear();
            case DE -> shortDate(date) + date.getYear();
            case EN -> date.getDayOfMonth() + " " + EN_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
        };
    }

    /** A day of the month without the year, for compact table cells: fr {@code 05/10}, en {@code 5 Oct}, de {@code 05.10.}. */
    public String shortDate(LocalDate date) {
        return switch (language) {
            case FR -> twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue());
            case DE -> twoDigits(date.getDayOfMonth()) + "." + twoDigits(date.getMonthValue()) + ".";
            case EN -> date.getDayOfMonth() + " " + EN_MONTHS[date.getMonthValue() - 1];
        };
    }

    /** The billed period, first to last day of the month. */
    public String period(YearMonth month) {
        return range(month.atDay(1), month.atEndOfMonth());
    }

    public String range(LocalDate from, LocalDate to) {
        return date(from) + " – " + date(to);
    }

    /** Whole minutes with thousands grouping (a 400-line invoice can bill thousands of minutes). */
    public String minutes(long minutes) {
        String sign = minutes < 0 ? "-" : "";
        return sign + group(Long.toString(Math.abs(minutes)));
    }

    /** An IBAN in groups of four, as printed on paper (ISO 13616). */
    public static String iban(String iban) {
        String compact = iban == null ? "" : iban.replaceAll("\\s+", "");
        if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}")) {
            return iban == null ? "" : iban.trim(); // not an IBAN (e.g. a placeholder): print it as configured
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(compact.charAt(i));
        }
        return grouped.toString();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private String group(String digits) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(groupSeparator());
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    private char decimalSeparator() {
        return language == Language.EN ? '.' : ',';
    }

    private char groupSeparator() {
        return switch (language) {
            case FR -> ' ';
            case EN -> ',';
            case DE -> '.';
        };
    }
}
