package lu.mixvoip.billing.delivery;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.pdf.InvoiceFormat;
import lu.mixvoip.billing.pdf.InvoiceLabels;

/**
 * The subject and the short plain-text body of a document's message, in the customer's language, with the words and
 * formats the PDF prints (its number, total, due date, and the payment reference, which is the invoice number).
 */
final class MessageText {
    private final Seller seller;

    MessageText(Seller seller) {
        this.seller = seller;
    }

    /** "Facture INV-2026-000001 – Mixvoip SA – 1 234,56 €, échéance 01/12/2026". */
    String subject(MailedDocument document) {
        Language language = document.language();
        InvoiceLabels labels = InvoiceLabels.of(language);
        InvoiceFormat format = InvoiceFormat.of(language);
        String subject = title(labels, document) + " " + document.number() + " – " + seller.name() + " – "
                + format.money(document.totalInclVat());
        if (document.dueDate() != null) {
            subject += ", " + language.pick("échéance", "due", "fällig am") + " " + format.date(document.dueDate());
        }
        return subject;
    }

    String body(MailedDocument document, boolean withEInvoice) {
        Language language = document.language();
        InvoiceLabels labels = InvoiceLabels.of(language);
        InvoiceFormat format = InvoiceFormat.of(language);
        StringBuilder text = new StringBuilder(language.pick("Bonjour,", "Hello,", "Guten Tag,")).append("\n\n");
        String what = title(labels, document).toLowerCase(Locale.ROOT) + " " + document.number();
        text.append(String.format(Locale.ROOT, language.pick(
                "Veuillez trouver ci-joint notre %s pour la période %s.",
                "Please find attached our %s for the period %s.",
                "Anbei erhalten Sie unsere %s für den Zeitraum %s."),
                language == Language.DE ? title(labels, document) + " " + document.number() : what,
                format.period(document.month()))).append("\n\n");
        line(text, title(labels, document), document.number());
        line(text, labels.issueDate(), format.date(document.issueDate()));
        line(text, labels.totalInclVat(), format.money(document.totalInclVat()));
        if (document.creditNote()) {
            line(text, labels.cancelsInvoice(), document.cancels());
            text.append('\n').append(labels.creditNoteSettlement()).append('\n');
        } else {
            line(text, labels.dueDate(), format.date(document.dueDate()));
            line(text, language.pick("Référence de paiement", "Payment reference", "Verwendungszweck"),
                    document.number());
            text.append('\n').append(labels.paymentTerms(ChronoUnit.DAYS.between(document.issueDate(),
                    document.dueDate()), format.date(document.dueDate()), InvoiceFormat.iban(seller.iban()),
                    seller.bic(), document.number())).append('\n');
        }
        text.append('\n').append(withEInvoice
                ? language.pick("Le document PDF et sa facture électronique (XML, Peppol BIS Billing 3.0) sont joints.",
                        "The PDF document and its e-invoice (XML, Peppol BIS Billing 3.0) are attached.",
                        "Das PDF-Dokument und seine E-Rechnung (XML, Peppol BIS Billing 3.0) sind beigefügt.")
                : language.pick("Le document PDF est joint.", "The PDF document is attached.",
                        "Das PDF-Dokument ist beigefügt.")).append("\n\n");
        text.append(labels.thanks()).append('\n').append(seller.name()).append('\n').append(seller.email())
                .append('\n');
        return text.toString();
    }

    private static String title(InvoiceLabels labels, MailedDocument document) {
        return document.creditNote() ? labels.creditNoteTitle() : labels.title();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-24s%s", label + ":", value)).append('\n');
    }
}
