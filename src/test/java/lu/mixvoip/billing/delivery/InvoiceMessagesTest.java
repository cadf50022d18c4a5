package lu.mixvoip.billing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.Seller;

/** A message as a mail client reads it back from its .eml bytes. */
class InvoiceMessagesTest {
    private static final Seller SELLER = new Seller("Mixvoip SA", "70 rue des Prés", "L-7333", "Steinsel", "LU",
            "LU12345613", "LU280019400644750000", "BCEELULL", "billing@mixvoip.com", 30, "", "");
    private static final InvoiceMessages MESSAGES = new InvoiceMessages(SELLER);
    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void theMessageIdComesFromTheNumberAndTheRecipientAlone() {
        String id = MESSAGES.messageId("INV-2026-000001", "compta@schmit.example");

        assertThat(id).matches("<INV-2026-000001\\.[0-9a-f]{16}@mixvoip\\.com>")
                .isEqualTo(MESSAGES.messageId("INV-2026-000001", "Compta@Schmit.example"))
                .isNotEqualTo(MESSAGES.messageId("INV-2026-000001", "admin@schmit.example"))
                .isNotEqualTo(MESSAGES.messageId("INV-2026-000002", "compta@schmit.example"));
    }

    @Test
    void theEmlIsMultipartWithTheFilesByteForByteAndAUtf8Subject(@TempDir Path month) throws Exception {
        Files.createDirectories(month.resolve("invoices"));
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff, '\r', '\n', 1, 2, 3};
        byte[] xml = "<Invoice>\nbare LF line ends\n</Invoice>".getBytes(StandardCharsets.UTF_8);
        Files.write(month.resolve("invoices/INV-2026-000007.pdf"), pdf);
        Files.write(month.resolve("invoices/INV-2026-000007.xml"), xml);
        MailedDocument document = new MailedDocument("INV-2026-000007", "INVOICE", "C007", "Weiß", Language.DE,
                YearMonth.of(2026, 10), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), new BigDecimal("99.90"),
                null);
        Delivery delivery = new Delivery(document, "büro@weiss.example", DeliveryStatus.PENDING,
                "<INV-2026-000007.0123456789abcdef@mixvoip.com>", 0, null, null);

        byte[] eml = InvoiceMessages.bytes(MESSAGES.message(SESSION, month, delivery,
                Instant.parse("2026-11-01T08:00:00Z")));
        MimeMessage read = new MimeMessage(SESSION, new ByteArrayInputStream(eml));

        assertThat(read.getMessageID()).isEqualTo("<INV-2026-000007.0123456789abcdef@mixvoip.com>");
        assertThat(read.getSubject()).isEqualTo("Rechnung INV-2026-000007 – Mixvoip SA – 99,90 €, fällig am 01.12.2026");
        assertThat(read.getFrom()[0].toString()).isEqualTo("Mixvoip SA <billing@mixvoip.com>");
        assertThat(read.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(read.getContentType()).startsWith("multipart/mixed");
        Multipart parts = (Multipart) read.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat((String) parts.getBodyPart(0).getContent()).startsWith("Guten Tag,");
        for (int i = 1; i < 3; i++) {
            assertThat(parts.getBodyPart(i).getDisposition()).isEqualTo(Part.ATTACHMENT);
        }
        assertThat(List.of(parts.getBodyPart(1).getFileName(), parts.getBodyPart(2).getFileName()))
                .containsExactly("INV-2026-000007.pdf", "INV-2026-000007.xml");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);
        assertThat(parts.getBodyPart(2).getInputStream().readAllBytes()).isEqualTo(xml);
        assertThat(new String(eml, StandardCharsets.US_ASCII)).doesNotContain("€", "ß")
                .contains("Subject: =?UTF-8?");
    }

    @Test
    void recipientsAreSplitOnSemicolonsEachOnce() {
        assertThat(Recipients.of(" a@x.example ;; B@x.example; b@X.example ;")).containsExactly("a@x.example",
                "B@x.example");
        assertThat(Recipients.of("")).isEmpty();
        assertThat(Recipients.problem("a@x.example")).isNull();
        assertThat(Recipients.problem("not an address")).startsWith("not an e-mail address");
        assertThat(Recipients.problem("Name <a@x.example>")).isEqualTo("not a plain e-mail address local@domain");
    }
}
