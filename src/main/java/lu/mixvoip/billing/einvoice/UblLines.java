package lu.mixvoip.billing.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemPropertyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.DescriptionType;

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
final class UblLines {
    private static final String MINUTES = "MIN";
    private static final String DAYS = "DAY";
    private static final String UNITS = "C62";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final UblTexts texts;
    private final VatCategory category;
    private final BigDecimal rate;
    private final YearMonth month;

    UblLines(UblTexts texts, VatCategory category, BigDecimal rate, YearMonth month) {
        this.texts = texts;
        this.category = category;
        this.rate = rate;
        this.month = month;
    }

    List<InvoiceLineType> invoiceLines(List<InvoiceLine> lines) {
        List<InvoiceLineType> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = line(lines.get(i));
            InvoiceLineType ubl = new InvoiceLineType();
            ubl.setID(Integer.toString(i + 1));
            ubl.setInvoicedQuantity(line.quantity()).setUnitCode(line.unitCode());
            ubl.setLineExtensionAmount(line.amount()).setCurrencyID(PeppolBis.CURRENCY);
            if (line.period() != null) {
                ubl.addInvoicePeriod(line.period());
            }
            ubl.setItem(line.item());
            ubl.setPrice(line.price());
            out.add(ubl);
        }
        return out;
    }

    /** The cancelled invoice's lines as they were: the credit note's type, not a sign, says they are credited. */
    List<CreditNoteLineType> creditNoteLines(List<InvoiceLine> lines) {
        List<CreditNoteLineType> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = line(lines.get(i));
            CreditNoteLineType ubl = new CreditNoteLineType();
            ubl.setID(Integer.toString(i + 1));
            ubl.setCreditedQuantity(line.quantity()).setUnitCode(line.unitCode());
            ubl.setLineExtensionAmount(line.amount()).setCurrencyID(PeppolBis.CURRENCY);
            if (line.period() != null) {
                ubl.addInvoicePeriod(line.period());
            }
            ubl.setItem(line.item());
            ubl.setPrice(line.price());
            out.add(ubl);
        }
        return out;
    }

    private Line line(InvoiceLine line) {
        if (line.amount().signum() < 0 || line.unitRate().signum() < 0) {
            throw new IllegalArgumentException("an e-invoice line is never negative: " + line);
        }
        BigDecimal amount = UblAmounts.cents(line.amount());
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        return switch (line.kind()) {
            case FEE -> {
                if (line.basis() == null || line.basis() <= 0) {
                    throw new IllegalArgumentException("a fee line needs the days of its month: " + line);
                }
                ItemType item = item(texts.feeLine(line.tier(), line.quantity(), line.basis()), null,
                        "FEE-" + line.tier());
                property(item, texts.contract(), line.reference());
                LocalDate last = line.date() == null ? null : line.date().plusDays(line.quantity() - 1);
                yield new Line(quantity, DAYS, amount, item, price(line.unitRate(), BigDecimal.valueOf(line.basis()),
                        DAYS), period(item, line.date(), last));
            }
            case LABOUR -> {
                ItemType item = item(texts.labourLine(XmlText.clean(line.ticket()), line.skill(), line.mode(),
                        line.timeClass()), line.description(), "LABOUR-" + line.skill() + "-" + line.timeClass());
                property(item, texts.intervention(), line.reference());
                property(item, texts.ticket(), line.ticket());
                if (line.actualMinutes() != null) {
                    property(item, texts.actualMinutes(), line.actualMinutes().toString());
                }
                yield new Line(quantity, MINUTES, amount, item, price(line.unitRate(), MINUTES_PER_HOUR, MINUTES),
                        period(item, line.date(), line.date()));
            }
            case TRAVEL -> {
                ItemType item = item(texts.travelLine(XmlText.clean(line.reference())), null,
                        "TRAVEL-" + XmlText.clean(line.reference()));
                yield new Line(quantity, UNITS, amount, item, price(line.unitRate(), null, UNITS),
                        period(item, line.date(), line.date()));
            }
        };
    }

    private ItemType item(String name, String description, String sellersId) {
        ItemType item = new ItemType();
        String text = XmlText.clean(description);
        if (text != null) {
            item.addDescription(new DescriptionType(text));
        }
        item.setName(XmlText.clean(name));
        ItemIdentificationType id = new ItemIdentificationType();
        id.setID(XmlText.clean(sellersId));
        item.setSellersItemIdentification(id);
        item.addClassifiedTaxCategory(category.forLine(rate));
        return item;
    }

    /** A detail the PDF prints in its own column, as a name / value pair; left out when there is no value. */
    private static void property(ItemType item, String name, String value) {
        String text = XmlText.clean(value);
        if (text != null) {
            ItemPropertyType property = new ItemPropertyType();
            property.setName(name);
            property.setValue(text);
            item.addAdditionalItemProperty(property);
        }
    }

    private static PriceType price(BigDecimal unitRate, BigDecimal baseQuantity, String unitCode) {
        PriceType price = new PriceType();
        price.setPriceAmount(unitRate).setCurrencyID(PeppolBis.CURRENCY);
        if (baseQuantity != null) {
            price.setBaseQuantity(baseQuantity).setUnitCode(unitCode);
        }
        return price;
    }

    /** The line's dates as its period when they lie in the billed month, else as an item property (no period). */
    private PeriodType period(ItemType item, LocalDate from, LocalDate to) {
        if (from == null) {
            return null;
        }
        if (!YearMonth.from(from).equals(month) || !YearMonth.from(to).equals(month)) {
            property(item, texts.date(), from.equals(to) ? from.toString() : from + "/" + to);
            return null;
        }
        PeriodType period = new PeriodType();
        period.setStartDate(from);
        period.setEndDate(to);
        return period;
    }

    private record Line(BigDecimal quantity, String unitCode, BigDecimal amount, ItemType item, PriceType price,
                        PeriodType period) {
    }
}
