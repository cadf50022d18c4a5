package lu.mixvoip.billing.delivery;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.report.CsvText;

/**
 * {@code M/deliveries.csv}: one row per message (document and recipient) as the store records it, and one per
 * document without an e-mail address (status {@code paper}), in document number order; rewritten by every delivery
 * run. {@code sent_at} is Luxembourg time with its offset.
 */
final class DeliveryCsv {
    static final List<String> HEADER = List.of("document_number", "customer_id", "recipient", "status",
            "message_id", "sent_at", "detail");
    static final String PAPER = "paper";
    private static final String PAPER_DETAIL = "no e-mail address: send it by post";

    private DeliveryCsv() {
    }

    static void write(Path file, List<Delivery> deliveries, List<MailedDocument> paper) {
        List<List<String>> rows = new ArrayList<>();
        for (Delivery d : deliveries) {
            rows.add(List.of(d.document().number(), CsvText.text(d.document().customerId()),
                    CsvText.text(d.recipient()), d.status().shown(), CsvText.text(d.messageId()),
                    d.sentAt() == null ? "" : d.sentAt().atZoneSameInstant(LuxembourgCalendar.ZONE)
                            .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    CsvText.text(d.detail())));
        }
        for (MailedDocument d : paper) {
            rows.add(List.of(d.number(), CsvText.text(d.customerId()), "", PAPER, "", "", PAPER_DETAIL));
        }
        rows.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(2)));
        CsvText csv = new CsvText().row(HEADER);
        rows.forEach(csv::row);
        AtomicFiles.write(file, csv.bytes());
    }
}
