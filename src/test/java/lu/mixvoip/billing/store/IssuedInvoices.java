package lu.mixvoip.billing.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.servicelevel.FaultHandlingDays;
import lu.mixvoip.billing.core.servicelevel.ServiceLevel;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * Invoices as the store gives them back (amounts in cents), with lines of every kind (an included one too), the text
 * a line may hold (nulls, empty strings, tabs, newlines, backslashes, accents, {@code \N}), a service level and an
 * electronic address.
 */
public final class IssuedInvoices {
    public static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private IssuedInvoices() {
    }

    public static List<InvoiceLine> awkwardLines() {
        return List.of(
                new InvoiceLine(LineKind.FEE, LocalDate.of(2026, 10, 15), "CT-0042", null, null, Tier.OFFICE, null,
                        null, null, null, 17, 31L, eur("262.00"), eur("143.68")),
                new InvoiceLine(LineKind.LABOUR, LocalDate.of(2026, 10, 5), "I-1001", "T-5512",
                        "Imprimante\thors ligne\nredémarrée \\\\srv\\print, « Caisse » \\N é€ü", Tier.OFFICE,
                        Mode.REMOTE, Skill.TECHNICIAN, TimeClass.NORMAL, 31L, 45, null, eur("96.00"), eur("72.00")),
                new InvoiceLine(LineKind.LABOUR, LocalDate.of(2026, 10, 12), "I-1002", "", "\r\n", Tier.NONE,
                        Mode.ONSITE, Skill.CABLING, TimeClass.OFF_HOURS, null, 30, null, eur("130.50"),
                        eur("65.25")),
                new InvoiceLine(LineKind.LABOUR, LocalDate.of(2026, 10, 18), "I-1003", "T-5547", "\\", Tier.OFFICE,
                        Mode.REMOTE, Skill.ENGINEER, TimeClass.SUNDAY_HOLIDAY, 7L, 15, null, eur("222.00"),
                        eur("55.50")),
                new InvoiceLine(LineKind.LABOUR, LocalDate.of(2026, 10, 20), "I-1004", "T-5560", "Managed",
                        Tier.MANAGED, Mode.ONSITE, Skill.TECHNICIAN, TimeClass.NORMAL, 50L, 60, null, eur("0.00"),
                        eur("0.00"), true),
                new InvoiceLine(LineKind.TRAVEL, LocalDate.of(2026, 10, 12), "1", null, null, null, null, null, null,
                        null, 1, null, eur("45.00"), eur("45.00")));
    }

    public static IssuedInvoice issued(String number, String customerId, List<InvoiceLine> lines) {
        Customer customer = new Customer(customerId, "Boulangerie Schmit S.à r.l.", "12, rue de l'Église",
                "L-4011", "Esch-sur-Alzette", "LU", "LU12345613", "compta@schmit.lu", Language.FR, "1",
                ElectronicAddress.parse("9938:LU12345613"));
        Invoice invoice = new Invoice(customer, OCTOBER, Tier.OFFICE, lines, eur("143.68"), eur("192.75"),
                eur("45.00"), eur("381.43"), VatTreatment.DOMESTIC, eur("17.00"), eur("64.84"), eur("446.27"), 3,
                90, new ServiceLevel(FaultHandlingDays.MON_FRI, LocalTime.of(7, 30), LocalTime.of(18, 0), 8, 12));
        return new IssuedInvoice(number, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), invoice);
    }

    public static BigDecimal eur(String amount) {
        return Fixtures.eur(amount);
    }
}
