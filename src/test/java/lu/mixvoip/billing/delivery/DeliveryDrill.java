package lu.mixvoip.billing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;

/** The small month the delivery tests bill and deliver, and what they check in the messages a server received. */
final class DeliveryDrill {
    static final String MONTH = "2026-10";
    /** A seller with an electronic address, so that the documents have e-invoices to attach. */
    static final List<String> SELLER = List.of("--billing.seller.vat-number=LU12345613",
            "--billing.seller.iban=LU28 0019 4006 4475 0000");
    static final String TWO_ADDRESSES = "admin@dupont.example; Compta@Dupont.example ;";

    private DeliveryDrill() {
    }

    /** The basic acceptance month (8 invoices) with C002 at two addresses and C006 at none (paper). */
    static Path input(Path folder) {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), folder);
        Fixtures.edit(input.resolve("customers.csv"), text -> text
                .replace("admin@dupont.example", "\"" + TWO_ADDRESSES + "\"")
                .replace("weber@garage.example", ""));
        return input;
    }

    static Result bill(List<String> store, Path input, Path work, String... extra) {
        List<String> options = new ArrayList<>(store);
        options.addAll(SELLER);
        Result billed = BillingRunner.bill(options, input, work, MONTH, extra);
        assertThat(billed.exitCode()).as(billed.out() + billed.err()).isIn(0, 3);
        return billed;
    }

    /** The deliver command's arguments for the month billed into {@code work/out}. */
    static List<String> deliverArguments(List<String> store, Path work, List<String> mail, String... extra) {
        List<String> args = new ArrayList<>(List.of("deliver", "--month=" + MONTH, "--output=" + work.resolve("out")));
        args.addAll(store);
        args.addAll(SELLER);
        args.addAll(mail);
        args.addAll(List.of(extra));
        return args;
    }

    static Result deliver(List<String> store, Path work, List<String> mail, String... extra) {
        return BillingRunner.run(deliverArguments(store, work, mail, extra).toArray(String[]::new));
    }

    static Path monthFolder(Path work) {
        return work.resolve("out").resolve(MONTH);
    }

    /**
     * The messages the month must give, "document recipient", sorted: one per address of each document's e-mail
     * field (split on ';' here, blanks dropped, the same address in another case once).
     */
    static List<String> expectedMessages(List<String> store) {
        TreeSet<String> expected = new TreeSet<>();
        new JdbcTemplate(Store.dataSourceOf(store)).query("SELECT document_number, email FROM document"
                + " WHERE billing_month = ?", rs -> {
                    TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                    for (String address : (rs.getString(2) == null ? "" : rs.getString(2)).split(";")) {
                        if (!address.isBlank() && seen.add(address.trim())) {
                            expected.add(rs.getString(1) + " " + address.trim());
                        }
                    }
                }, MONTH);
        return List.copyOf(expected);
    }

    /** What a server received, "document recipient" per message (from the PDF attached and the To header), sorted. */
    static List<String> receivedMessages(List<MimeMessage> received) {
        return received.stream().map(DeliveryDrill::key).sorted().toList();
    }

    static String key(MimeMessage message) {
        try {
            String pdf = attachments(message).stream().filter(p -> name(p).endsWith(".pdf")).map(DeliveryDrill::name)
                    .findFirst().orElseThrow();
            return pdf.substring(0, pdf.length() - ".pdf".length()) + " "
                    + ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message carries its document's PDF and, when there is one on disk, its XML, each byte for byte. */
    static void assertAttachmentsAreTheFiles(MimeMessage message, Path monthFolder) throws Exception {
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        String number = key(message).split(" ")[0];
        Path folder = monthFolder.resolve(number.startsWith("CN-") ? "credit-notes" : "invoices");
        List<String> expected = new ArrayList<>(List.of(number + ".pdf"));
        if (Files.exists(folder.resolve(number + ".xml"))) {
            expected.add(number + ".xml");
        }
        List<Part> attached = attachments(message);
        assertThat(attached.stream().map(DeliveryDrill::name).toList()).containsExactlyElementsOf(expected);
        for (Part part : attached) {
            try (InputStream content = part.getInputStream()) {
                assertThat(content.readAllBytes()).as(name(part))
                        .isEqualTo(Files.readAllBytes(folder.resolve(name(part))));
            }
        }
    }

    static List<Part> attachments(MimeMessage message) {
        try {
            Multipart parts = (Multipart) message.getContent();
            List<Part> attached = new ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    attached.add(part);
                }
            }
            return attached;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Part part) {
        try {
            return part.getFileName();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of deliveries.csv after its header. */
    static List<String> csvRows(Path work) {
        try {
            List<String> lines = Files.readAllLines(monthFolder(work).resolve(DeliveryRun.CSV));
            assertThat(lines.get(0)).isEqualTo("document_number,customer_id,recipient,status,message_id,sent_at,"
                    + "detail");
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
