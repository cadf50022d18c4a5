package lu.mixvoip.billing.einvoice;

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

/** The e-invoice's lines ({@link EInvoiceLines}) as UBL invoice or credit note lines. */
final class UblLines {
    private UblLines() {
    }

    static List<InvoiceLineType> invoiceLines(EInvoice document) {
        List<InvoiceLineType> out = new ArrayList<>(document.lines().size());
        for (EInvoice.Line line : document.lines()) {
            InvoiceLineType ubl = new InvoiceLineType();
            ubl.setID(line.id());
            ubl.setInvoicedQuantity(line.quantity()).setUnitCode(line.unitCode());
            ubl.setLineExtensionAmount(line.amount()).setCurrencyID(EInvoice.CURRENCY);
            if (line.from() != null) {
                ubl.addInvoicePeriod(period(line));
            }
            ubl.setItem(item(line, document.vat()));
            ubl.setPrice(price(line));
            out.add(ubl);
        }
        return out;
    }

    /** The cancelled invoice's lines as they were: the credit note's type, not a sign, says they are credited. */
    static List<CreditNoteLineType> creditNoteLines(EInvoice document) {
        List<CreditNoteLineType> out = new ArrayList<>(document.lines().size());
        for (EInvoice.Line line : document.lines()) {
            CreditNoteLineType ubl = new CreditNoteLineType();
            ubl.setID(line.id());
            ubl.setCreditedQuantity(line.quantity()).setUnitCode(line.unitCode());
            ubl.setLineExtensionAmount(line.amount()).setCurrencyID(EInvoice.CURRENCY);
            if (line.from() != null) {
                ubl.addInvoicePeriod(period(line));
            }
            ubl.setItem(item(line, document.vat()));
            ubl.setPrice(price(line));
            out.add(ubl);
        }
        return out;
    }

    private static ItemType item(EInvoice.Line line, EInvoice.VatBreakdown vat) {
        ItemType item = new ItemType();
        if (line.description() != null) {
            item.addDescription(new DescriptionType(line.description()));
        }
        item.setName(line.name());
        ItemIdentificationType id = new ItemIdentificationType();
        id.setID(line.sellersId());
        item.setSellersItemIdentification(id);
        item.addClassifiedTaxCategory(UblTotals.lineCategory(vat));
        for (EInvoice.Property detail : line.properties()) {
            ItemPropertyType property = new ItemPropertyType();
            property.setName(detail.name());
            property.setValue(detail.value());
            item.addAdditionalItemProperty(property);
        }
        return item;
    }

    private static PriceType price(EInvoice.Line line) {
        PriceType price = new PriceType();
        price.setPriceAmount(line.price()).setCurrencyID(EInvoice.CURRENCY);
        if (line.baseQuantity() != null) {
            price.setBaseQuantity(line.baseQuantity()).setUnitCode(line.unitCode());
        }
        return price;
    }

    private static PeriodType period(EInvoice.Line line) {
        PeriodType period = new PeriodType();
        period.setStartDate(line.from());
        period.setEndDate(line.to());
        return period;
    }
}
