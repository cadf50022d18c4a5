package lu.mixvoip.billing.delivery;

import static lu.mixvoip.billing.delivery.DeliveryDrill.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Store;

/**
 * Delivery against a real SMTP server (GreenMail in this JVM), on both stores: every document with an address
 * arrives once per address with its own files byte for byte, a second run sends nothing, a refused mailbox is
 * recorded and not retried, a server that is down or answers "later" is retried by the next run; without a server
 * the messages are .eml files a mail client opens.
 */
class DeliveryIT {
    /** C002's document: the fixture gives it two addresses. */
    private static final String C002 = "C002";

    @ParameterizedTest
    @EnumSource(Store.class)
    void everyDocumentArrivesOnceWithItsFilesAndASecondDeliverSendsNothing(Store kind, @TempDir Path work)
            throws Exception {
        List<String> store = kind.options(work);
        DeliveryDrill.bill(store, DeliveryDrill.input(work.resolve("in")), work);
        List<String> expected = DeliveryDrill.expectedMessages(store);
        assertThat(expected).hasSize(8); // 8 invoices: C002's to two addresses, C006's to none (paper)

        try (MailServer server = MailServer.start()) {
            Result first = DeliveryDrill.deliver(store, work, server.options());

            assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
            List<MimeMessage> received = server.received();
            assertThat(DeliveryDrill.receivedMessages(received)).containsExactlyElementsOf(expected);
            for (MimeMessage message : received) {
                DeliveryDrill.assertAttachmentsAreTheFiles(message, DeliveryDrill.monthFolder(work));
                assertThat(message.getFrom()[0].toString()).isEqualTo("Mixvoip SA <billing@mixvoip.com>");
            }
            assertThat(received.stream().filter(m -> DeliveryDrill.attachments(m).size() == 2)).isNotEmpty();
            assertThat(received.stream().map(this::messageId).distinct()).hasSize(expected.size());
            assertThat(first.out()).contains("sent            8 (8 in this run)", "failed          0",
                    "still to send   0", "paper           1", "C006 INV-2026-000006");

            List<String> rows = DeliveryDrill.csvRows(work);
            assertThat(rows).hasSize(9); // 8 messages and the paper one
            assertThat(rows.stream().filter(r -> r.contains("," + C002 + ","))).hasSize(2)
                    .allMatch(r -> r.toLowerCase(Locale.ROOT).contains("@dupont.example,sent,<inv-2026-000002."));
            assertThat(rows).contains("INV-2026-000006,C006,,paper,,,no e-mail address: send it by post");
            for (MimeMessage message : received) {
                String[] key = DeliveryDrill.key(message).split(" ");
                assertThat(rows).anyMatch(r -> r.startsWith(key[0] + ",") && r.contains("," + key[1] + ",sent,"
                        + messageId(message) + ",2"));
            }

            Result second = DeliveryDrill.deliver(store, work, server.options());

            assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
            assertThat(second.out()).contains("sent            8 (0 in this run)");
            assertThat(server.received()).hasSize(expected.size());
            assertThat(DeliveryDrill.csvRows(work)).isEqualTo(rows);
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aMailboxRefusedWith5xxIsRecordedFailedAndNeverTriedAgain(Store kind, @TempDir Path work) {
        List<String> store = kind.options(work);
        DeliveryDrill.bill(store, DeliveryDrill.input(work.resolve("in")), work);
        try (MailServer server = MailServer.start()) {
            server.refuse("zinc@atelier.example", "550 5.1.1 <zinc@atelier.example>: mailbox unknown");

            Result first = DeliveryDrill.deliver(store, work, server.options());

            assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(3);
            assertThat(first.out()).contains("failed          1", "zinc@atelier.example (550 5.1.1");
            assertThat(DeliveryDrill.receivedMessages(server.received()))
                    .hasSize(7).noneMatch(m -> m.endsWith("zinc@atelier.example"));
            assertThat(DeliveryDrill.csvRows(work)).anyMatch(r -> r.matches("INV-2026-\\d{6},C005,"
                    + "zinc@atelier\\.example,failed,<INV-2026-\\d{6}\\.[0-9a-f]{16}@mixvoip\\.com>,,"
                    + "550 5\\.1\\.1 <zinc@atelier\\.example>: mailbox unknown"));

            server.accept("zinc@atelier.example"); // even a server that would take it now: refused is final
            Result second = DeliveryDrill.deliver(store, work, server.options());

            assertThat(second.exitCode()).isEqualTo(3);
            assertThat(server.received()).hasSize(7);
            assertThat(attempts(store, "zinc@atelier.example")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aServerThatIsDownOrSaysLaterIsTriedAgainByTheNextRun(Store kind, @TempDir Path work) {
        List<String> store = kind.options(work);
        DeliveryDrill.bill(store, DeliveryDrill.input(work.resolve("in")), work);
        List<String> expected = DeliveryDrill.expectedMessages(store);
        int port = MailServer.freePort();

        Result down = DeliveryDrill.deliver(store, work, MailServer.options(port));

        assertThat(down.exitCode()).as(down.out() + down.err()).isEqualTo(1);
        assertThat(down.out()).contains("still to send   8", "cannot connect to the SMTP server 127.0.0.1:" + port + ": Connection refused");
        assertThat(down.err()).contains("run the same command again");
        assertThat(DeliveryDrill.csvRows(work)).filteredOn(r -> r.contains(",pending,")).hasSize(8);

        try (MailServer server = MailServer.startOn(port)) {
            server.refuse("buero@mueller.example", "451 4.3.0 try again later");
            Result later = DeliveryDrill.deliver(store, work, server.options());

            assertThat(later.exitCode()).as(later.out() + later.err()).isEqualTo(1);
            assertThat(later.out()).contains("sent            7 (7 in this run)", "still to send   1");
            assertThat(DeliveryDrill.csvRows(work)).anyMatch(r -> r.contains(",buero@mueller.example,pending,")
                    && r.endsWith(",451 4.3.0 try again later"));

            server.accept("buero@mueller.example");
            Result last = DeliveryDrill.deliver(store, work, server.options());

            assertThat(last.exitCode()).as(last.out() + last.err()).isZero();
            assertThat(DeliveryDrill.receivedMessages(server.received())).containsExactlyElementsOf(expected);
        }
    }

    /** Without spring.mail.host: one .eml per message, which a mail client reads as the server would have. */
    @ParameterizedTest
    @EnumSource(Store.class)
    void withoutAServerTheMessagesAreEmlFilesInTheOutbox(Store kind, @TempDir Path work) throws Exception {
        List<String> store = kind.options(work);
        DeliveryDrill.bill(store, DeliveryDrill.input(work.resolve("in")), work);

        Result delivered = DeliveryDrill.deliver(store, work, List.of());

        assertThat(delivered.exitCode()).as(delivered.out() + delivered.err()).isZero();
        assertThat(delivered.out()).contains("through outbox", "sent            8");
        Path outbox = DeliveryDrill.monthFolder(work).resolve("outbox");
        List<MimeMessage> messages;
        try (Stream<Path> files = Files.list(outbox)) {
            messages = files.sorted().map(DeliveryIT::read).toList();
        }
        assertThat(DeliveryDrill.receivedMessages(messages))
                .containsExactlyElementsOf(DeliveryDrill.expectedMessages(store));
        for (MimeMessage message : messages) {
            DeliveryDrill.assertAttachmentsAreTheFiles(message, DeliveryDrill.monthFolder(work));
        }
        MimeMessage german = messages.stream().filter(m -> DeliveryDrill.key(m).endsWith("buero@mueller.example"))
                .findFirst().orElseThrow();
        assertThat(german.getSubject()).matches("Rechnung INV-2026-00000\\d – Mixvoip SA – [0-9.]+,\\d\\d €,"
                + " fällig am 01\\.12\\.2026");
        assertThat(german.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(german.getContentLanguage()).containsExactly("de");
        String body = (String) ((jakarta.mail.Multipart) german.getContent()).getBodyPart(0).getContent();
        assertThat(body).startsWith("Guten Tag,").contains("Verwendungszweck:", "IBAN LU28 0019 4006 4475 0000");

        Result again = DeliveryDrill.deliver(store, work, List.of());
        assertThat(again.out()).contains("(0 in this run)");
    }

    @ParameterizedTest
    @EnumSource(value = Store.class, names = "H2")
    void deliverOnABillingRunSendsRightAfterIssuing(Store kind, @TempDir Path work) {
        List<String> store = kind.options(work);
        try (MailServer server = MailServer.start()) {
            Result run = DeliveryDrill.bill(store, DeliveryDrill.input(work.resolve("in")), work,
                    Stream.concat(Stream.of("--deliver"), server.options().stream()).toArray(String[]::new));

            assertThat(run.exitCode()).as("rows rejected by the billing").isEqualTo(3);
            assertThat(run.out()).contains("Billed 2026-10.", "sent            8 (8 in this run)");
            assertThat(DeliveryDrill.receivedMessages(server.received()))
                    .containsExactlyElementsOf(DeliveryDrill.expectedMessages(store));
        }
        Result unbilled = BillingRunner.run(Stream.concat(Stream.of("deliver", "--month=2026-09",
                "--output=" + work.resolve("out")), store.stream()).toArray(String[]::new));
        assertThat(unbilled.exitCode()).isEqualTo(2);
        assertThat(unbilled.err()).contains("2026-09 has no issued document to deliver: bill it first");

        Result preview = BillingRunner.run("--month=" + MONTH, "--deliver", "--dry-run");
        assertThat(preview.exitCode()).isEqualTo(2);
        assertThat(preview.err()).contains("--deliver cannot go with --dry-run");
    }

    private String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int attempts(List<String> store, String recipient) {
        Integer attempts = new JdbcTemplate(Store.dataSourceOf(store)).queryForObject(
                "SELECT attempts FROM delivery WHERE recipient = ?", Integer.class, recipient);
        return attempts == null ? 0 : attempts;
    }

    private static MimeMessage read(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + eml, e);
        }
    }
}
