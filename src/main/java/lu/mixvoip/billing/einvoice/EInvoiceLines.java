package lu.mixvoip.billing.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import lu.mixvoip.billing.core.invoice.InvoiceLine;

/**
 * One e-invoice line per printed line, in the printed order, each stating quantity × price so that Peppol's check
 * of a line (PEPPOL-EN16931-R120: amount = quantity × price / base quantity, within two cents) holds for every
 * amount the core computes:
 * <ul>
 *   <li>labour: the billed minutes ({@code MIN}) at the effective hourly rate per 60 minutes. The core rounds
 *       minutes × rate / 60 half-up to cents, so the stated amount is within half a cent of the product;</li>
 *   <li>a monthly fee: the active days ({@code DAY}) at the monthly fee per days-in-month days, the proration the
 *       PDF prints, rounded the same way;</li>
 *   <li>travel: one unit ({@code C62}) at the zone's fee.</li>
 * </ul>
 * A hand-computed per-minute or per-day price would need more decimals than any currency has, and rounding it
 * would break the product; the base quantity keeps the tariff's own figures. Lines at 0.00 (included work) state
 * their minutes at a price of 0.00.
 *
 * <p>Each line states its dates as a line period, which Peppol requires inside the billed month (PEPPOL-EN16931-R110,
 * R111). Work that runs past midnight on the month's last day belongs to the month it started in (billing-rules
 * §10), so its later piece is dated in the next month: that date is stated as an item property instead.
 */
final class EInvoiceLines {
    static final String MINUTES = "MIN";
    static final String DAYS = "DAY";
    static final String UNITS = "C62";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final EInvoiceTexts texts;
    private final YearMonth month;

    EInvoiceLines(EInvoiceTexts texts, YearMonth month) {
        this.texts = texts;
        this.month = month;
    }

    List<EInvoice.Line> of(List<InvoiceLine> lines) {
        List<EInvoice.Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(line(Integer.toString(i + 1), lines.get(i)));
        }
        return List.copyOf(out);
    }

    private EInvoice.Line line(String id, InvoiceLine line) {
        if (line.amount().signum() < 0 || line.unitRate().signum() < 0) {
            throw new IllegalArgumentException("an e-invoice line is never negative: " + line);
        }
        BigDecimal amount = EInvoiceAmounts.cents(line.amount());
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        List<EInvoice.Property> properties = new ArrayList<>(4);
        return switch (line.kind()) {
            case FEE -> {
                if (line.basis() == null || line.basis() <= 0) {
                    throw new IllegalArgumentException("a fee line needs the days of its month: " + line);
                }
                property(properties, texts.contract(), line.reference());
                LocalDate last = line.date() == null ? null : line.date().plusDays(line.quantity() - 1);
                Dates dates = dates(properties, line.date(), last);
                yield new EInvoice.Line(id, quantity, DAYS, amount,
                        XmlText.clean(texts.feeLine(line.tier(), line.quantity(), line.basis())), null,
                        XmlText.clean("FEE-" + line.tier()), List.copyOf(properties), line.unitRate(),
                        BigDecimal.valueOf(line.basis()), dates.from(), dates.to());
            }
            case LABOUR -> {
                property(properties, texts.intervention(), line.reference());
                property(properties, texts.ticket(), line.ticket());
                if (line.actualMinutes() != null) {
                    property(properties, texts.actualMinutes(), line.actualMinutes().toString());
                }
                Dates dates = dates(properties, line.date(), line.date());
                yield new EInvoice.Line(id, quantity, MINUTES, amount,
                        XmlText.clean(texts.labourLine(XmlText.clean(line.ticket()), line.skill(), line.mode(),
                                line.timeClass())), XmlText.clean(line.description()),
                        XmlText.clean("LABOUR-" + line.skill() + "-" + line.timeClass()), List.copyOf(properties),
                        line.unitRate(), MINUTES_PER_HOUR, dates.from(), dates.to());
            }
            case TRAVEL -> {
                Dates dates = dates(properties, line.date(), line.date());
                yield new EInvoice.Line(id, quantity, UNITS, amount,
                        XmlText.clean(texts.travelLine(XmlText.clean(line.reference()))), null,
                        XmlText.clean("TRAVEL-" + XmlText.clean(line.reference())), List.copyOf(properties),
                        line.unitRate(), null, dates.from(), dates.to());
            }
        };
    }

    /** A detail the PDF prints in its own column, as a name / value pair; left out when there is no value. */
    private static void property(List<EInvoice.Property> properties, String name, String value) {
        String text = XmlText.clean(value);
        if (text != null) {
            properties.add(new EInvoice.Property(name, text));
        }
    }

    /** The line's dates as its period when they lie in the billed month, else as an item property (no period). */
    private Dates dates(List<EInvoice.Property> properties, LocalDate from, LocalDate to) {
        if (from == null) {
            return Dates.NONE;
        }
        if (!YearMonth.from(from).equals(month) || !YearMonth.from(to).equals(month)) {
            property(properties, texts.date(), from.equals(to) ? from.toString() : from + "/" + to);
            return Dates.NONE;
        }
        return new Dates(from, to);
    }

    private record Dates(LocalDate from, LocalDate to) {
        static final Dates NONE = new Dates(null, null);
    }
}
