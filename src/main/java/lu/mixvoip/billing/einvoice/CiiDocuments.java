package lu.mixvoip.billing.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import com.helger.cii.d16b.CIID16BCrossIndustryInvoiceTypeMarshaller;

import un.unece.uncefact.data.standard.crossindustryinvoice._100.CrossIndustryInvoiceType;
import un.unece.uncefact.data.standard.qualifieddatatype._100.FormattedDateTimeType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.CreditorFinancialAccountType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.CreditorFinancialInstitutionType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.DocumentContextParameterType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.DocumentLineDocumentType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.ExchangedDocumentContextType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.ExchangedDocumentType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeAgreementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeDeliveryType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeSettlementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.LineTradeAgreementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.LineTradeDeliveryType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.LineTradeSettlementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.ProductCharacteristicType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.ReferencedDocumentType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.SpecifiedPeriodType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.SupplyChainTradeLineItemType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.SupplyChainTradeTransactionType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TaxRegistrationType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeAddressType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeContactType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradePartyType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradePaymentTermsType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradePriceType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeProductType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeSettlementHeaderMonetarySummationType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeSettlementLineMonetarySummationType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeSettlementPaymentMeansType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeTaxType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.UniversalCommunicationType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.AmountType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.DateTimeType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.TextType;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * Writes issued invoices and credit notes as UN/CEFACT Cross Industry Invoices (CII D16B) in the EN 16931 profile:
 * the {@code factur-x.xml} of a Factur-X 1.0 / ZUGFeRD 2.x PDF. The same e-invoice ({@link EInvoice}) as the
 * Peppol UBL, in the other syntax EN 16931 names: a credit note is type 381 referencing the cancelled invoice
 * (BG-3), its amounts positive.
 *
 * <p>A buyer without an electronic address gets one too: EN 16931 does not require it (only Peppol does). The
 * same document always gives the same bytes; thread-safe, like {@link UblDocuments}.
 */
public final class CiiDocuments {
    /** EN 16931's own specification identifier (BT-24): Factur-X's EN 16931 profile. */
    static final String EN16931 = "urn:cen.eu:en16931:2017";
    /** UNTDID 2379: CCYYMMDD. */
    private static final String DATE_FORMAT = "102";
    /** UNTDID 1153 / CII: a VAT identifier. */
    private static final String VAT_REGISTRATION = "VA";

    private final SellerParty seller;

    public CiiDocuments(SellerParty seller) {
        this.seller = Objects.requireNonNull(seller, "seller");
    }

    /**
     * @param buyer where the customer receives e-invoices; null for none
     * @throws IllegalArgumentException as {@link UblDocuments#invoice} does
     */
    public byte[] invoice(IssuedInvoice issued, ElectronicAddress buyer) {
        return write(EInvoice.of(seller, issued, buyer));
    }

    /** @see #invoice */
    public byte[] creditNote(CreditNote note, ElectronicAddress buyer) {
        return write(EInvoice.of(seller, note, buyer));
    }

    static byte[] write(EInvoice document) {
        CrossIndustryInvoiceType cii = new CrossIndustryInvoiceType();
        ExchangedDocumentContextType context = new ExchangedDocumentContextType();
        DocumentContextParameterType guideline = new DocumentContextParameterType();
        guideline.setID(EN16931);
        context.addGuidelineSpecifiedDocumentContextParameter(guideline);
        cii.setExchangedDocumentContext(context);

        ExchangedDocumentType header = new ExchangedDocumentType();
        header.setID(document.number());
        header.setTypeCode(document.typeCode());
        header.setIssueDateTime(dateTime(document.issueDate()));
        cii.setExchangedDocument(header);

        SupplyChainTradeTransactionType transaction = new SupplyChainTradeTransactionType();
        for (EInvoice.Line line : document.lines()) {
            transaction.addIncludedSupplyChainTradeLineItem(line(line, document.vat()));
        }
        HeaderTradeAgreementType agreement = new HeaderTradeAgreementType();
        agreement.setBuyerReference(document.buyerReference());
        agreement.setSellerTradeParty(party(document.seller()));
        agreement.setBuyerTradeParty(party(document.buyer()));
        transaction.setApplicableHeaderTradeAgreement(agreement);
        transaction.setApplicableHeaderTradeDelivery(new HeaderTradeDeliveryType());
        transaction.setApplicableHeaderTradeSettlement(settlement(document));
        cii.setSupplyChainTradeTransaction(transaction);
        return JaxbXml.marshal(CIID16BCrossIndustryInvoiceTypeMarshaller::new, cii,
                "CII document " + document.number(), false);
    }

    private static SupplyChainTradeLineItemType line(EInvoice.Line line, EInvoice.VatBreakdown vat) {
        SupplyChainTradeLineItemType item = new SupplyChainTradeLineItemType();
        DocumentLineDocumentType id = new DocumentLineDocumentType();
        id.setLineID(line.id());
        item.setAssociatedDocumentLineDocument(id);

        TradeProductType product = new TradeProductType();
        product.setSellerAssignedID(line.sellersId());
        product.addName(new TextType(line.name()));
        if (line.description() != null) {
            product.setDescription(line.description());
        }
        for (EInvoice.Property property : line.properties()) {
            ProductCharacteristicType characteristic = new ProductCharacteristicType();
            characteristic.addDescription(new TextType(property.name()));
            characteristic.addValue(new TextType(property.value()));
            product.addApplicableProductCharacteristic(characteristic);
        }
        item.setSpecifiedTradeProduct(product);

        TradePriceType price = new TradePriceType();
        price.addChargeAmount(new AmountType(line.price()));
        if (line.baseQuantity() != null) {
            price.setBasisQuantity(line.baseQuantity()).setUnitCode(line.unitCode());
        }
        LineTradeAgreementType agreement = new LineTradeAgreementType();
        agreement.setNetPriceProductTradePrice(price);
        item.setSpecifiedLineTradeAgreement(agreement);

        LineTradeDeliveryType delivery = new LineTradeDeliveryType();
        delivery.setBilledQuantity(line.quantity()).setUnitCode(line.unitCode());
        item.setSpecifiedLineTradeDelivery(delivery);

        LineTradeSettlementType settlement = new LineTradeSettlementType();
        TradeTaxType tax = new TradeTaxType();
        tax.setTypeCode(EInvoice.VAT);
        tax.setCategoryCode(vat.category());
        tax.setRateApplicablePercent(vat.rate());
        settlement.addApplicableTradeTax(tax);
        if (line.from() != null) {
            settlement.setBillingSpecifiedPeriod(period(line.from(), line.to()));
        }
        TradeSettlementLineMonetarySummationType total = new TradeSettlementLineMonetarySummationType();
        total.addLineTotalAmount(new AmountType(line.amount()));
        settlement.setSpecifiedTradeSettlementLineMonetarySummation(total);
        item.setSpecifiedLineTradeSettlement(settlement);
        return item;
    }

    private static TradePartyType party(EInvoice.Party from) {
        TradePartyType party = new TradePartyType();
        party.setName(from.name());
        if (from.email() != null) {
            UniversalCommunicationType email = new UniversalCommunicationType();
            email.setURIID(from.email());
            TradeContactType contact = new TradeContactType();
            contact.setEmailURIUniversalCommunication(email);
            party.addDefinedTradeContact(contact);
        }
        TradeAddressType address = new TradeAddressType();
        if (from.postalCode() != null) {
            address.setPostcodeCode(from.postalCode());
        }
        if (from.street() != null) {
            address.setLineOne(from.street());
        }
        if (from.city() != null) {
            address.setCityName(from.city());
        }
        address.setCountryID(from.country());
        party.setPostalTradeAddress(address);
        if (from.address() != null) {
            UniversalCommunicationType endpoint = new UniversalCommunicationType();
            endpoint.setURIID(from.address().identifier()).setSchemeID(from.address().scheme());
            party.addURIUniversalCommunication(endpoint);
        }
        if (from.vat() != null) {
            TaxRegistrationType registration = new TaxRegistrationType();
            registration.setID(from.vat().toString()).setSchemeID(VAT_REGISTRATION);
            party.addSpecifiedTaxRegistration(registration);
        }
        return party;
    }

    private static HeaderTradeSettlementType settlement(EInvoice document) {
        HeaderTradeSettlementType settlement = new HeaderTradeSettlementType();
        EInvoice.Payment payment = document.payment();
        if (payment != null) {
            settlement.addPaymentReference(new TextType(payment.remittance()));
        }
        settlement.setInvoiceCurrencyCode(EInvoice.CURRENCY);
        if (payment != null) {
            TradeSettlementPaymentMeansType means = new TradeSettlementPaymentMeansType();
            means.setTypeCode(payment.code());
            CreditorFinancialAccountType account = new CreditorFinancialAccountType();
            account.setIBANID(payment.iban());
            account.setAccountName(payment.accountName());
            means.setPayeePartyCreditorFinancialAccount(account);
            if (payment.bic() != null) {
                CreditorFinancialInstitutionType bank = new CreditorFinancialInstitutionType();
                bank.setBICID(payment.bic());
                means.setPayeeSpecifiedCreditorFinancialInstitution(bank);
            }
            settlement.addSpecifiedTradeSettlementPaymentMeans(means);
        }

        EInvoice.VatBreakdown vat = document.vat();
        TradeTaxType breakdown = new TradeTaxType();
        breakdown.addCalculatedAmount(new AmountType(vat.tax()));
        breakdown.setTypeCode(EInvoice.VAT);
        if (vat.exemptionReason() != null) {
            breakdown.setExemptionReason(vat.exemptionReason());
        }
        breakdown.addBasisAmount(new AmountType(vat.taxable()));
        breakdown.setCategoryCode(vat.category());
        if (vat.exemptionCode() != null) {
            breakdown.setExemptionReasonCode(vat.exemptionCode());
        }
        breakdown.setRateApplicablePercent(vat.rate());
        settlement.addApplicableTradeTax(breakdown);
        settlement.setBillingSpecifiedPeriod(period(document.period().atDay(1), document.period().atEndOfMonth()));

        TradePaymentTermsType terms = new TradePaymentTermsType();
        terms.addDescription(new TextType(document.paymentTerms()));
        if (document.dueDate() != null) {
            terms.setDueDateDateTime(dateTime(document.dueDate()));
        }
        settlement.addSpecifiedTradePaymentTerms(terms);

        EInvoice.Totals totals = document.totals();
        TradeSettlementHeaderMonetarySummationType summation = new TradeSettlementHeaderMonetarySummationType();
        summation.addLineTotalAmount(new AmountType(totals.lines()));
        summation.addTaxBasisTotalAmount(new AmountType(totals.exclVat()));
        summation.addTaxTotalAmount(currency(totals.vat()));
        summation.addGrandTotalAmount(new AmountType(totals.inclVat()));
        summation.addDuePayableAmount(new AmountType(totals.payable()));
        settlement.setSpecifiedTradeSettlementHeaderMonetarySummation(summation);

        if (document.cancels() != null) {
            ReferencedDocumentType cancelled = new ReferencedDocumentType();
            cancelled.setIssuerAssignedID(document.cancels().number());
            FormattedDateTimeType.DateTimeString issued =
                    new FormattedDateTimeType.DateTimeString(ccyymmdd(document.cancels().issueDate()));
            issued.setFormat(DATE_FORMAT);
            FormattedDateTimeType date = new FormattedDateTimeType();
            date.setDateTimeString(issued);
            cancelled.setFormattedIssueDateTime(date);
            settlement.setInvoiceReferencedDocument(cancelled);
        }
        return settlement;
    }

    /** The VAT total in the invoice currency (BT-110): the one amount of a CII invoice that names its currency. */
    private static AmountType currency(BigDecimal amount) {
        AmountType total = new AmountType(amount);
        total.setCurrencyID(EInvoice.CURRENCY);
        return total;
    }

    private static SpecifiedPeriodType period(LocalDate from, LocalDate to) {
        SpecifiedPeriodType period = new SpecifiedPeriodType();
        period.setStartDateTime(dateTime(from));
        period.setEndDateTime(dateTime(to));
        return period;
    }

    private static DateTimeType dateTime(LocalDate date) {
        DateTimeType.DateTimeString text = new DateTimeType.DateTimeString(ccyymmdd(date));
        text.setFormat(DATE_FORMAT);
        DateTimeType dateTime = new DateTimeType();
        dateTime.setDateTimeString(text);
        return dateTime;
    }

    /**
     * CCYYMMDD, as {@link java.time.format.DateTimeFormatter#BASIC_ISO_DATE} prints a date of the years 1000 to 9999,
     * without the formatter's general machinery: a CII has two dates a line.
     */
    static String ccyymmdd(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("a CII date has four digits of year: " + date);
        }
        return Integer.toString(year * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth());
    }
}
