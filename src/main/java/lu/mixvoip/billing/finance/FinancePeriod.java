package lu.mixvoip.billing.finance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a finance pack: a month ({@code 2026-11}) or a calendar quarter ({@code 2026-Q4}), the periods of the
 * Luxembourg VAT return. It holds the documents whose issue date falls in it (billing-rules §16).
 */
public record FinancePeriod(String name, YearMonth first, YearMonth last) {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 9999;

    /**
     * {@code YYYY-MM} or {@code YYYY-Qn}.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static FinancePeriod parse(String text) {
        Matcher month = MONTH.matcher(text);
        Matcher quarter = QUARTER.matcher(text);
        FinancePeriod period;
        if (month.matches()) {
            YearMonth m = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            period = new FinancePeriod(text, m, m);
        } else if (quarter.matches()) {
            YearMonth firstMonth = YearMonth.of(Integer.parseInt(quarter.group(1)),
                    (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
            period = new FinancePeriod(text, firstMonth, firstMonth.plusMonths(2));
        } else {
            throw new IllegalArgumentException("--period=" + text + " is not a month YYYY-MM or a quarter YYYY-Qn"
                    + " (e.g. --period=2026-11 or --period=2026-Q4)");
        }
        if (period.first.getYear() < FIRST_YEAR || period.first.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("--period=" + text + " is outside the years " + FIRST_YEAR + " to "
                    + LAST_YEAR);
        }
        return period;
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    public boolean isQuarter() {
        return !first.equals(last);
    }

    /** The twelve billing months up to the last one invoiced in the period (the month before its last), oldest first. */
    public List<YearMonth> twelveBillingMonths() {
        List<YearMonth> months = new ArrayList<>(12);
        YearMonth newest = last.minusMonths(1);
        for (int back = 11; back >= 0; back--) {
            months.add(newest.minusMonths(back));
        }
        return months;
    }

    @Override
    public String toString() {
        return name;
    }
}
