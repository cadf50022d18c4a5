package lu.mixvoip.billing.delivery;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.BinaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.core.invoice.Language;

/**
 * The {@code delivery} rows, the record of every message: one per document and recipient, created PENDING (or FAILED
 * for an address that cannot be one), then moved one step at a time, each step committed on its own.
 */
final class DeliveryRecords {
    private static final int PAGE = 1_000;
    private static final String DOCUMENT = "d.document_number, d.document_type, d.customer_id, d.customer_name,"
            + " d.language, d.billing_month, d.issue_date, d.due_date, d.total_incl_vat, d.cancels";
    private static final String ROW = DOCUMENT + ", x.recipient, x.status, x.message_id, x.attempts, x.sent_at,"
            + " x.detail FROM delivery x JOIN document d ON d.document_number = x.document_number";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DeliveryRecords(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** A row to create: a recipient of a document, and why it cannot be sent to (null when it can). */
    private record NewRow(String number, String recipient, String customerId, String messageId, String problem) {
    }

    /**
     * Creates the rows of the month's documents that have none yet, a page of documents per transaction (so a
     * document has all its recipients' rows or none); returns how many rows it created.
     */
    int addMissing(YearMonth month, BinaryOperator<String> messageId) {
        int added = 0;
        String after = "";
        while (true) {
            List<NewRow> rows = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            String from = after;
            jdbc.query("SELECT d.document_number, d.customer_id, d.email FROM document d WHERE d.billing_month = ?"
                    + " AND d.email IS NOT NULL AND d.document_number > ? AND NOT EXISTS (SELECT 1 FROM delivery x"
                    + " WHERE x.document_number = d.document_number) ORDER BY d.document_number LIMIT ?", rs -> {
                        String number = rs.getString(1);
                        numbers.add(number);
                        for (String recipient : Recipients.of(rs.getString(3))) {
                            rows.add(new NewRow(number, recipient, rs.getString(2), messageId.apply(number, recipient),
                                    Recipients.problem(recipient)));
                        }
                    }, month.toString(), from, PAGE);
            if (numbers.isEmpty()) {
                return added;
            }
            transaction.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO delivery (document_number,"
                    + " recipient, billing_month, customer_id, status, message_id, attempts, detail)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 0, ?)", rows.stream().map(r -> new Object[] {r.number(),
                            r.recipient(), month.toString(), r.customerId(), (r.problem() == null
                            ? DeliveryStatus.PENDING : DeliveryStatus.FAILED).name(), r.messageId(), r.problem()})
                    .toList()));
            added += rows.size();
            after = numbers.get(numbers.size() - 1);
        }
    }

    /** Marks the month's rows left SENDING (by a run that was cut off) UNKNOWN, and returns them. */
    List<Delivery> markUnknown(YearMonth month, String detail) {
        List<Delivery> cut = jdbc.query("SELECT " + ROW + " WHERE x.billing_month = ? AND x.status = ?"
                + " ORDER BY x.document_number, x.recipient", (rs, n) -> delivery(rs), month.toString(),
                DeliveryStatus.SENDING.name());
        for (Delivery delivery : cut) {
            move(delivery, DeliveryStatus.SENDING, DeliveryStatus.UNKNOWN, 0, null, detail);
        }
        return cut;
    }

    /** The month's rows in one of {@code statuses} after {@code after} (null: from the first), in key order. */
    List<Delivery> page(YearMonth month, List<DeliveryStatus> statuses, Delivery after) {
        String number = after == null ? "" : after.document().number();
        String recipient = after == null ? "" : after.recipient();
        List<Object> arguments = new ArrayList<>(List.of(month.toString()));
        statuses.forEach(s -> arguments.add(s.name()));
        arguments.addAll(List.of(number, number, recipient, PAGE));
        return jdbc.query("SELECT " + ROW + " WHERE x.billing_month = ? AND x.status IN ("
                + String.join(", ", statuses.stream().map(s -> "?").toList()) + ") AND (x.document_number > ?"
                + " OR x.document_number = ? AND x.recipient > ?) ORDER BY x.document_number, x.recipient LIMIT ?",
                (rs, n) -> delivery(rs), arguments.toArray());
    }

    /** Every row of the month in key order, one at a time: the rows of deliveries.csv. */
    void forEach(YearMonth month, Consumer<Delivery> each) {
        jdbc.query("SELECT " + ROW + " WHERE x.billing_month = ? ORDER BY x.document_number, x.recipient",
                rs -> {
                    each.accept(delivery(rs));
                }, month.toString());
    }

    /** The month's documents without any recipient (no e-mail address): they go by post. */
    List<MailedDocument> withoutRecipient(YearMonth month) {
        return jdbc.query("SELECT " + DOCUMENT + " FROM document d WHERE d.billing_month = ? AND NOT EXISTS"
                + " (SELECT 1 FROM delivery x WHERE x.document_number = d.document_number) ORDER BY d.document_number",
                (rs, n) -> document(rs), month.toString());
    }

    Map<DeliveryStatus, Long> counts(YearMonth month) {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("SELECT status, COUNT(*) FROM delivery WHERE billing_month = ? GROUP BY status", rs -> {
            counts.put(DeliveryStatus.valueOf(rs.getString(1)), rs.getLong(2));
        }, month.toString());
        return counts;
    }

    /**
     * Moves a row from {@code from} to {@code to}, committed when this returns; {@code handedOver} counts a message
     * handed to the server. Fails when the row is not in {@code from}: nothing else may move it meanwhile.
     */
    void move(Delivery delivery, DeliveryStatus from, DeliveryStatus to, int handedOver, OffsetDateTime sentAt,
              String detail) {
        int moved = jdbc.update("UPDATE delivery SET status = ?, attempts = attempts + ?, sent_at = ?, detail = ?"
                + " WHERE document_number = ? AND recipient = ? AND status = ?", to.name(), handedOver, sentAt,
                detail, delivery.document().number(), delivery.recipient(), from.name());
        if (moved != 1) {
            throw new IllegalStateException("the delivery of " + delivery.document().number() + " to "
                    + delivery.recipient() + " is no longer " + from.shown() + ": another run is delivering");
        }
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(document(rs), rs.getString("recipient"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getString("message_id"), rs.getInt("attempts"), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("detail"));
    }

    private static MailedDocument document(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_date");
        return new MailedDocument(rs.getString("document_number"), rs.getString("document_type"),
                rs.getString("customer_id"), rs.getString("customer_name"),
                Language.valueOf(rs.getString("language").trim()), YearMonth.parse(rs.getString("billing_month")),
                rs.getDate("issue_date").toLocalDate(), due == null ? null : due.toLocalDate(),
                rs.getBigDecimal("total_incl_vat"), rs.getString("cancels"));
    }
}
