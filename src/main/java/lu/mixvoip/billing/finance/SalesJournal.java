package lu.mixvoip.billing.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.Money;

/**
 * journal.csv, the sales journal for the accounting software (billing-rules §16): per document a receivable row,
 * a revenue row per revenue account its lines go to, and a VAT row when it has VAT. An invoice debits the
 * receivable and credits revenue and VAT; a credit note the reverse. Each document's rows balance, or the journal is
 * not written.
 */
final class SalesJournal {
    static final List<String> HEADER = List.of("date", "document_number", "customer_id", "account", "label", "debit",
            "credit");

    /** One row: {@code debit} and {@code credit} are non-negative, one of them 0.00. */
    record Row(LocalDate date, String documentNumber, String customerId, String account, String label,
               BigDecimal debit, BigDecimal credit) {
    }

    private static final Comparator<PeriodDocument.Line> ACCOUNT_ORDER = Comparator
            .comparing(PeriodDocument.Line::kind);

    private final AccountingProperties accounts;
    private final Language language;

    SalesJournal(AccountingProperties accounts) {
        this.accounts = accounts;
        this.language = accounts.overviewLanguage();
    }

    /**
     * The document's rows: receivable, revenue (fees, labour, travel; accounts whose lines add up to 0.00, such as
     * included work alone, are left out), VAT.
     *
     * @throws IllegalStateException when its lines do not add up to its total excl. VAT (a damaged store)
     */
    List<Row> rowsOf(PeriodDocument d) {
        String title = (d.creditNote() ? language.pick("Note de crédit", "Credit note", "Gutschrift")
                : language.pick("Facture", "Invoice", "Rechnung")) + " " + d.number();
        List<Row> rows = new ArrayList<>();
        rows.add(row(d, accounts.receivable(), title + " — " + d.customerName(), d.totalInclVat().negate()));
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        Map<String, LineKind> kinds = new LinkedHashMap<>();
        d.lines().stream().sorted(ACCOUNT_ORDER).forEach(line -> {
            String account = accounts.revenueAccount(line.kind(), d.tierOf(line));
            revenue.merge(account, line.amount(), BigDecimal::add);
            kinds.putIfAbsent(account, line.kind());
        });
        BigDecimal lines = Money.ZERO;
        for (Map.Entry<String, BigDecimal> account : revenue.entrySet()) {
            lines = lines.add(account.getValue());
            if (account.getValue().signum() != 0) {
                rows.add(row(d, account.getKey(), title + " — " + kindName(kinds.get(account.getKey())),
                        account.getValue()));
            }
        }
        if (lines.compareTo(d.totalExclVat()) != 0) {
            throw new IllegalStateException(d.number() + ": its lines add up to " + lines.toPlainString()
                    + " but its total excl. VAT is " + d.totalExclVat().toPlainString()
                    + "; the store is damaged, restore it from its backup");
        }
        if (d.vat().signum() != 0) {
            rows.add(row(d, accounts.vat(), title + " — " + language.pick("TVA", "VAT", "USt.") + " "
                    + d.vatRate().setScale(2).toPlainString() + " %", d.vat())); // a '.': no comma to quote
        }
        return rows;
    }

    /** A row crediting {@code amount} (a negative amount is a debit). */
    private static Row row(PeriodDocument d, String account, String label, BigDecimal amount) {
        BigDecimal value = amount.setScale(2);
        return new Row(d.issueDate(), d.number(), d.customerId(), account, label,
                value.signum() < 0 ? value.negate() : Money.ZERO, value.signum() > 0 ? value : Money.ZERO);
    }

    private String kindName(LineKind kind) {
        return switch (kind) {
            case FEE -> language.pick("redevances", "fees", "Gebühren");
            case LABOUR -> language.pick("main-d'œuvre", "labour", "Arbeitszeit");
            case TRAVEL -> language.pick("déplacements", "travel", "Anfahrt");
        };
    }
}
