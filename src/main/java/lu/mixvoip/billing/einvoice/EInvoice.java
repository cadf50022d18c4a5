package lu.mixvoip.billing.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatNumber;

/**
 * One document as an e-invoice states it (EN 16931's semantic model), worked out once from the issued invoice or
 * credit note: both syntaxes, the Peppol UBL ({@link UblDocuments}) and the Factur-X CII ({@link CiiDocuments}), write
 * exactly these parties, lines, totals, VAT breakdown and payment means, and compute nothing of their own.
 *
 * <p>A credit note states the cancelled invoice's lines and totals as they were, positive: in EN 16931 the document
 * type (381) is what credits them. It has no due date and no payment means. Texts are cleaned for XML
 * ({@link XmlText}): an absent one is null, and its element is left out.
 *
 * @param dueDate null for a credit note
 * @param cancels the invoice a credit note cancels; null for an invoice
 * @param payment null for a credit note: it asks for no payment
 */
record EInvoice(String typeCode, String number, LocalDate issueDate, LocalDate dueDate, String buyerReference,
                YearMonth period, Reference cancels, Party seller, Party buyer, Payment payment, String paymentTerms,
                VatBreakdown vat, Totals totals, List<Line> lines) {

    /** UNTDID 1001: commercial invoice, credit note. */
    static final String INVOICE = "380";
    static final String CREDIT_NOTE = "381";
    /** UNCL 4461: SEPA credit transfer. */
    static final String SEPA_CREDIT_TRANSFER = "58";
    /** All money in this product is EUR (billing-rules). */
    static final String CURRENCY = "EUR";
    static final String VAT = "VAT";

    boolean isCreditNote() {
        return CREDIT_NOTE.equals(typeCode);
    }

    /**
     * A legal name, a postal address, the VAT number (compact, with its country prefix, BR-CO-09) when it has one,
     * the electronic address it receives documents at (null when none: only Peppol needs one) and the seller's
     * contact e-mail.
     */
    record Party(String name, String street, String postalCode, String city, String country, VatNumber vat,
                 ElectronicAddress address, String email) {
    }

    /** The invoice a credit note cancels, by number and date (EU VAT Directive art. 219, EN 16931 BG-3). */
    record Reference(String number, LocalDate issueDate) {
    }

    /** SEPA credit transfer to the seller's account, the invoice number as remittance reference. */
    record Payment(String code, String remittance, String iban, String accountName, String bic) {
    }

    /**
     * The one VAT breakdown (billing-rules §7: one VAT treatment per invoice), whose taxable amount is the total
     * excluding VAT; an exempt category states why with its VATEX code and the text the PDF prints.
     */
    record VatBreakdown(String category, BigDecimal rate, String exemptionCode, String exemptionReason,
                        BigDecimal taxable, BigDecimal tax) {
    }

    /** Nothing is prepaid, allowed or rounded: lines = excl. VAT, and the amount due is the total incl. VAT. */
    record Totals(BigDecimal lines, BigDecimal exclVat, BigDecimal vat, BigDecimal inclVat, BigDecimal payable) {
    }

    /**
     * One printed line: quantity × price / base quantity is its amount (see {@link EInvoiceLines}), its dates a
     * period inside the billed month ({@code from} null when it has none), its details name / value pairs.
     *
     * @param baseQuantity null for a price per unit
     */
    record Line(String id, BigDecimal quantity, String unitCode, BigDecimal amount, String name, String description,
                String sellersId, List<Property> properties, BigDecimal price, BigDecimal baseQuantity,
                LocalDate from, LocalDate to) {
    }

    record Property(String name, String value) {
    }

    /**
     * @param buyer where the customer receives e-invoices; null when it has no electronic address
     * @throws IllegalArgumentException when the invoice's figures do not add up, a party lacks what EN 16931
     *                                  requires (name, country) or has a VAT number that cannot be one
     */
    static EInvoice of(SellerParty seller, IssuedInvoice issued, ElectronicAddress buyer) {
        Objects.requireNonNull(issued, "invoice");
        Invoice invoice = issued.invoice();
        EInvoiceTexts texts = EInvoiceTexts.of(invoice.customer().language());
        return document(INVOICE, issued.number(), issued.issueDate(), issued.dueDate(), null, seller, invoice, buyer,
                new Payment(SEPA_CREDIT_TRANSFER, issued.number(), iban(seller.seller()),
                        XmlText.clean(seller.seller().name()), XmlText.clean(seller.seller().bic())),
                texts.paymentTerms(ChronoUnit.DAYS.between(issued.issueDate(), issued.dueDate()), issued.number()));
    }

    /** @see #of(SellerParty, IssuedInvoice, ElectronicAddress) */
    static EInvoice of(SellerParty seller, CreditNote note, ElectronicAddress buyer) {
        Objects.requireNonNull(note, "credit note");
        IssuedInvoice cancelled = Objects.requireNonNull(note.cancelled(), "cancelled invoice");
        Invoice invoice = cancelled.invoice();
        return document(CREDIT_NOTE, note.number(), note.issueDate(), null,
                new Reference(cancelled.number(), cancelled.issueDate()), seller, invoice, buyer, null,
                EInvoiceTexts.of(invoice.customer().language()).creditNoteSettlement());
    }

    private static EInvoice document(String typeCode, String number, LocalDate issueDate, LocalDate dueDate,
                                     Reference cancels, SellerParty seller, Invoice invoice, ElectronicAddress buyer,
                                     Payment payment, String paymentTerms) {
        Objects.requireNonNull(seller, "seller");
        VatCategory category = VatCategory.of(invoice.vatTreatment());
        Totals totals = EInvoiceTotals.of(invoice, category);
        VatBreakdown vat = new VatBreakdown(category.code(), invoice.vatRate(), category.exemptionCode(),
                category.isExempt() ? invoice.vatTreatment().mention() : null,
                EInvoiceAmounts.cents(invoice.totalExclVat()), EInvoiceAmounts.cents(invoice.vat()));
        EInvoiceTexts texts = EInvoiceTexts.of(invoice.customer().language());
        return new EInvoice(typeCode, number, issueDate, dueDate, invoice.customer().id(), invoice.period(), cancels,
                seller(seller), customer(invoice.customer(), buyer), payment, paymentTerms, vat, totals,
                new EInvoiceLines(texts, invoice.period()).of(invoice.lines()));
    }

    private static Party seller(SellerParty party) {
        Seller seller = party.seller();
        return party(seller.name(), seller.street(), seller.postalCode(), seller.city(), seller.country(),
                seller.vatNumber(), party.address(), XmlText.clean(seller.email()));
    }

    private static Party customer(Customer customer, ElectronicAddress address) {
        return party(customer.name(), customer.street(), customer.postalCode(), customer.city(), customer.country(),
                customer.vatNumber(), address, null);
    }

    private static Party party(String name, String street, String postalCode, String city, String country,
                               String vatNumber, ElectronicAddress address, String email) {
        return new Party(required(name, "party name"), XmlText.clean(street), XmlText.clean(postalCode),
                XmlText.clean(city), required(country, "country").toUpperCase(Locale.ROOT),
                VatNumber.parse(country, vatNumber).orElse(null), address, email);
    }

    private static String iban(Seller seller) {
        return seller.iban().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String required(String text, String what) {
        String clean = XmlText.clean(text);
        if (clean == null) {
            throw new IllegalArgumentException("an e-invoice needs the " + what);
        }
        return clean;
    }
}
