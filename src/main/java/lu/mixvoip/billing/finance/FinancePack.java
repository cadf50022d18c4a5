package lu.mixvoip.billing.finance;

import java.math.BigDecimal;
import java.util.List;

import lu.mixvoip.billing.core.invoice.Money;
import lu.mixvoip.billing.report.CsvText;

/**
 * The CSV files of a period's finance pack (billing-rules §16), computed from its documents handed over one at a
 * time in issue-date, then number order: no IO, no store. The journal is written as the documents come; the VAT
 * summary, the EC Sales List and the overview's figures are sums kept until the end.
 */
public final class FinancePack {
    private final SalesJournal journal;
    private final CsvText journalCsv = new CsvText().row(SalesJournal.HEADER);
    private final VatSummary vatSummary = new VatSummary();
    private final EcSalesList ecSalesList = new EcSalesList();
    private final PeriodFigures figures = new PeriodFigures();
    private BigDecimal debits = Money.ZERO;
    private BigDecimal credits = Money.ZERO;

    public FinancePack(AccountingProperties accounts) {
        this.journal = new SalesJournal(accounts);
    }

    public void add(PeriodDocument document) {
        for (SalesJournal.Row row : journal.rowsOf(document)) {
            journalCsv.row(List.of(row.date().toString(), CsvText.text(row.documentNumber()),
                    CsvText.text(row.customerId()), CsvText.text(row.account()), CsvText.text(row.label()),
                    plain(row.debit()), plain(row.credit())));
            debits = debits.add(row.debit());
            credits = credits.add(row.credit());
        }
        vatSummary.add(document);
        ecSalesList.add(document);
        figures.add(document);
    }

    public byte[] vatSummaryCsv() {
        CsvText csv = new CsvText().row(VatSummary.HEADER);
        for (VatSummary.Row row : vatSummary.rows()) {
            csv.row(List.of(row.treatment(), row.rate() == null ? "" : plain(row.rate()),
                    Long.toString(row.documents()), plain(row.taxable()), plain(row.vat())));
        }
        return csv.bytes();
    }

    public byte[] ecSalesListCsv() {
        CsvText csv = new CsvText().row(EcSalesList.HEADER);
        for (EcSalesList.Row row : ecSalesList.rows()) {
            csv.row(List.of(CsvText.text(row.country()), CsvText.text(row.vatNumber()), plain(row.amount())));
        }
        return csv.bytes();
    }

    /** @throws IllegalStateException if debits and credits differ (each document balances, so they cannot) */
    public byte[] journalCsv() {
        if (debits.compareTo(credits) != 0) {
            throw new IllegalStateException("the sales journal does not balance: debits " + debits.toPlainString()
                    + ", credits " + credits.toPlainString());
        }
        return journalCsv.bytes();
    }

    PeriodFigures figures() {
        return figures;
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
