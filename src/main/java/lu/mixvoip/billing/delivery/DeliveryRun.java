package lu.mixvoip.billing.delivery;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;

import lu.mixvoip.billing.run.DatabaseRunLock;
import lu.mixvoip.billing.run.ExitCode;
import lu.mixvoip.billing.run.Failures;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.run.Progress;
import lu.mixvoip.billing.run.RunOutcome;

/**
 * {@code deliver --month=M}: e-mails every document of the month that is not delivered yet, one message per
 * document and recipient, each exactly once. A row is marked SENDING and committed before its message is handed over,
 * and SENT after the server accepted it, so a run cut off at any moment leaves each message either sent and recorded,
 * still to send, or — cut off between the two — UNKNOWN: reported, and sent again only when asked
 * ({@code --resend-unknown}), never silently twice.
 */
public class DeliveryRun {
    private static final int LISTED = 10;
    static final String CSV = "deliveries.csv";
    static final String UNKNOWN_DETAIL = "a run stopped after handing this message to the mail server and before"
            + " recording its answer: the server may have it";
    private static final String PDF_MISSING = "its PDF is missing from the output folder: run the billing command"
            + " of the month to restore it";

    private final DeliveryRecords records;
    private final InvoiceMessages messages;
    private final Supplier<MessageTransport> smtp;
    private final Progress progress;
    private final FaultInjection faults;
    private final DataSource dataSource;
    private final Clock clock;
    private final Path logFile;

    /** @param smtp the SMTP transport, or null when no server is configured (the outbox is used) */
    DeliveryRun(DeliveryRecords records, InvoiceMessages messages, Supplier<MessageTransport> smtp,
                Progress progress, FaultInjection faults, DataSource dataSource, Clock clock, Path logFile) {
        this.records = records;
        this.messages = messages;
        this.smtp = smtp;
        this.progress = progress;
        this.faults = faults;
        this.dataSource = dataSource;
        this.clock = clock;
        this.logFile = logFile;
    }

    /** What this run did with the messages it tried. */
    private static final class Tally {
        long sent;
        long refused;
        long deferred;
        long filesMissing;
        String stoppedBecause;
    }

    /** {@code out}: the command's standard output (progress goes to the console, the report here). */
    public RunOutcome run(YearMonth month, Path monthFolder, boolean resendUnknown, PrintStream out) {
        try (DatabaseRunLock lock = DatabaseRunLock.tryAcquire(dataSource)) {
            if (lock == null) {
                return RunOutcome.of(ExitCode.REFUSED, "another run is using this database; nothing was sent.");
            }
            return deliver(month, monthFolder, resendUnknown, out);
        } catch (SQLException e) {
            return RunOutcome.of(ExitCode.FAILED, "cannot reach the database: " + e.getMessage());
        }
    }

    private RunOutcome deliver(YearMonth month, Path monthFolder, boolean resendUnknown, PrintStream out) {
        Instant started = clock.instant();
        records.addMissing(month, messages::messageId);
        List<MailedDocument> paper = records.withoutRecipient(month);
        Map<DeliveryStatus, Long> before = records.counts(month);
        if (paper.isEmpty() && before.values().stream().mapToLong(Long::longValue).sum() == 0) {
            return RunOutcome.of(ExitCode.BAD_INPUT, month + " has no issued document to deliver: bill it first"
                    + " (scripts/bill --month=" + month + "). Nothing was sent.");
        }
        List<Delivery> cutOff = records.markUnknown(month, UNKNOWN_DETAIL);
        if (!cutOff.isEmpty()) {
            out.println(counted(cutOff.size(), "message") + " of " + month + (cutOff.size() == 1 ? " was" : " were")
                    + " being handed to the mail server"
                    + " when a run stopped: unknown whether the server accepted "
                    + (cutOff.size() == 1 ? "it" : "them") + (resendUnknown ? "; sending again as asked"
                    : "; not sent again (--resend-unknown sends them again)") + ".");
        }
        Tally tally = new Tally();
        List<DeliveryStatus> sendable = resendUnknown ? List.of(DeliveryStatus.PENDING, DeliveryStatus.UNKNOWN)
                : List.of(DeliveryStatus.PENDING);
        long toSend = before.get(DeliveryStatus.PENDING) + (resendUnknown ? before.get(DeliveryStatus.UNKNOWN)
                + cutOff.size() : 0);
        String transportName;
        try (MessageTransport transport = smtp == null ? new OutboxTransport(monthFolder) : smtp.get()) {
            transportName = transport.describe();
            out.println("Delivering " + counted(toSend, "message") + " of " + month + " through " + transportName);
            Progress.Tracker tracker = progress.start("deliver", "messages", toSend);
            Delivery after = null;
            sending:
            for (List<Delivery> page = records.page(month, sendable, null); !page.isEmpty();
                 page = records.page(month, sendable, after)) {
                for (Delivery delivery : page) {
                    after = delivery;
                    faults.reach("deliver");
                    deliverOne(transport, monthFolder, delivery, tally);
                    tracker.advance();
                    if (tally.stoppedBecause != null) {
                        break sending;
                    }
                }
            }
            tracker.finish();
        } catch (RuntimeException e) {
            writeCsv(month, monthFolder, paper);
            return RunOutcome.of(ExitCode.FAILED, "the delivery failed: " + Failures.message(e, List.of())
                    + " — run the same command again: messages already sent are not sent again. Details: "
                    + logFile);
        }
        Path csv = writeCsv(month, monthFolder, paper);
        return report(month, transportName, tally, paper, csv, Duration.between(started, clock.instant()), out);
    }

    /** Sends one row's message; a failure is recorded on the row, and one that stops the run in the tally. */
    private void deliverOne(MessageTransport transport, Path monthFolder, Delivery delivery, Tally tally) {
        if (!Files.isRegularFile(InvoiceMessages.pdf(monthFolder, delivery.document()))) {
            records.move(delivery, delivery.status(), delivery.status(), 0, null, PDF_MISSING);
            tally.filesMissing++;
            return;
        }
        MimeMessage message;
        try {
            message = messages.message(transport.session(), monthFolder, delivery, clock.instant());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the files of " + delivery.document().number() + ": "
                    + e.getMessage(), e);
        }
        records.move(delivery, delivery.status(), DeliveryStatus.SENDING, 1, null, null);
        try {
            transport.send(delivery, message);
        } catch (DeliveryFailure failure) {
            boolean refused = failure.kind() == DeliveryFailure.Kind.REFUSED;
            records.move(delivery, DeliveryStatus.SENDING, refused ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
                    0, null, failure.getMessage());
            if (refused) {
                tally.refused++;
            } else {
                tally.deferred++;
            }
            if (failure.kind() == DeliveryFailure.Kind.UNREACHABLE) {
                tally.stoppedBecause = failure.getMessage();
            }
            return;
        }
        faults.reach("delivered");
        records.move(delivery, DeliveryStatus.SENDING, DeliveryStatus.SENT, 0,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), null);
        tally.sent++;
    }

    private RunOutcome report(YearMonth month, String transport, Tally tally, List<MailedDocument> paper, Path csv,
                              Duration took, PrintStream out) {
        Map<DeliveryStatus, Long> counts = records.counts(month);
        List<Delivery> failed = listed(month, DeliveryStatus.FAILED);
        List<Delivery> unknown = listed(month, DeliveryStatus.UNKNOWN);
        long pending = counts.get(DeliveryStatus.PENDING);
        out.println("Delivered " + month + " through " + transport + ".");
        out.printf(Locale.ROOT, "  sent            %,d (%,d in this run)%n", counts.get(DeliveryStatus.SENT),
                tally.sent);
        out.printf(Locale.ROOT, "  failed          %,d%s%n", counts.get(DeliveryStatus.FAILED), failed.isEmpty() ? ""
                : " (refused by the server, not tried again; see " + CSV + "): " + list(failed,
                counts.get(DeliveryStatus.FAILED)));
        out.printf(Locale.ROOT, "  still to send   %,d%s%n", pending, pending == 0 ? ""
                : " (sent by the next run" + (tally.stoppedBecause == null ? "" : "; this one stopped: "
                + tally.stoppedBecause) + ")");
        out.printf(Locale.ROOT, "  unknown         %,d%s%n", counts.get(DeliveryStatus.UNKNOWN), unknown.isEmpty() ? ""
                : " (the server may have them; --resend-unknown sends them again): " + list(unknown,
                counts.get(DeliveryStatus.UNKNOWN)));
        out.printf(Locale.ROOT, "  paper           %,d%s%n", paper.size(), paper.isEmpty() ? ""
                : " (customers without an e-mail address: send by post): " + paper.stream().limit(LISTED * 2)
                .map(d -> d.customerId() + " " + d.number()).collect(Collectors.joining(", "))
                + (paper.size() > LISTED * 2 ? " and " + (paper.size() - LISTED * 2) + " more" : ""));
        out.println("  output          " + csv);
        out.printf(Locale.ROOT, "  took            %s%n", Progress.clock(took.toMillis() / 1000.0));
        if (pending > 0) {
            return RunOutcome.of(ExitCode.FAILED, counted(pending, "message") + " of " + month + " could not be"
                    + " sent now" + (tally.filesMissing > 0 ? " (" + tally.filesMissing + " without their PDF: run"
                    + " the billing command of the month to restore the files)" : "") + ": run the same command"
                    + " again to send " + (pending == 1 ? "it" : "them") + "; messages already sent are not sent"
                    + " again.");
        }
        if (counts.get(DeliveryStatus.FAILED) > 0 || counts.get(DeliveryStatus.UNKNOWN) > 0) {
            return RunOutcome.of(ExitCode.COMPLETED_WITH_REJECTS, "Some messages were not delivered: see "
                    + csv + ".");
        }
        return RunOutcome.of(ExitCode.COMPLETED, null);
    }

    private List<Delivery> listed(YearMonth month, DeliveryStatus status) {
        List<Delivery> page = records.page(month, List.of(status), null);
        return page.subList(0, Math.min(LISTED, page.size()));
    }

    private static String list(List<Delivery> deliveries, long total) {
        return deliveries.stream().map(d -> d.document().number() + " to " + d.recipient()
                        + (d.status() == DeliveryStatus.FAILED ? " (" + d.detail() + ")" : ""))
                .collect(Collectors.joining(", ")) + (total > deliveries.size() ? " and "
                + (total - deliveries.size()) + " more" : "");
    }

    private Path writeCsv(YearMonth month, Path monthFolder, List<MailedDocument> paper) {
        List<Delivery> rows = new ArrayList<>();
        records.forEach(month, rows::add);
        Path csv = monthFolder.resolve(CSV);
        DeliveryCsv.write(csv, rows, paper);
        return csv;
    }

    private static String counted(long count, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
