package lu.mixvoip.billing.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import lu.mixvoip.billing.core.invoice.Seller;

/**
 * A document's message: from the seller to one recipient, the subject and body of {@link MessageText}, the document's
 * PDF attached byte for byte as it is on disk and, when there is one beside it, its e-invoice XML; multipart/mixed,
 * UTF-8 throughout. Its Message-ID is derived from the document number and the recipient, so that a receiving system
 * recognises a message sent again (after an "unknown" one) as a repeat.
 */
final class InvoiceMessages {
    private static final String PDF = "application/pdf";
    private static final String XML = "application/xml";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Seller seller;
    private final MessageText text;

    InvoiceMessages(Seller seller) {
        this.seller = seller;
        this.text = new MessageText(seller);
    }

    /** {@code <INV-2026-000001.3f2a9c1b7d4e5f60@mixvoip.com>}: the number, a hash of number and recipient, the seller's domain. */
    String messageId(String number, String recipient) {
        String email = seller.email() == null ? "" : seller.email().trim();
        int at = email.lastIndexOf('@');
        String domain = at > 0 && at < email.length() - 1 ? email.substring(at + 1) : "support-billing.invalid";
        return "<" + number + "." + sha256(number + "\n" + recipient.toLowerCase(Locale.ROOT)).substring(0, 16)
                + "@" + domain + ">";
    }

    /** The document's PDF under the month's folder; fails with {@link NoSuchFileException} when it is missing. */
    static Path pdf(Path monthFolder, MailedDocument document) {
        return monthFolder.resolve(document.folder()).resolve(document.number() + ".pdf");
    }

    static Path xml(Path monthFolder, MailedDocument document) {
        return monthFolder.resolve(document.folder()).resolve(document.number() + ".xml");
    }

    /** The message of one row, dated {@code now}; reads the document's files. */
    MimeMessage message(Session session, Path monthFolder, Delivery delivery, Instant now) throws IOException {
        MailedDocument document = delivery.document();
        byte[] pdf = Files.readAllBytes(pdf(monthFolder, document));
        Path xmlFile = xml(monthFolder, document);
        byte[] xml = Files.isRegularFile(xmlFile) ? Files.readAllBytes(xmlFile) : null;
        MimeMessage message = new FixedIdMessage(session, delivery.messageId());
        try {
            message.setFrom(new InternetAddress(seller.email(), seller.name(), UTF_8));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(delivery.recipient()));
            message.setSubject(text.subject(document), UTF_8);
            message.setSentDate(Date.from(now));
            message.setHeader("Content-Language", document.language().code());
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text.body(document, xml != null), UTF_8);
            parts.addBodyPart(body);
            parts.addBodyPart(attachment(document.number() + ".pdf", pdf, PDF));
            if (xml != null) {
                parts.addBodyPart(attachment(document.number() + ".xml", xml, XML));
            }
            message.setContent(parts);
            message.saveChanges();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot compose the message of " + document.number() + " to "
                    + delivery.recipient() + ": " + e.getMessage(), e);
        }
        return message;
    }

    /** Base64 whatever the content: a text type sent as 7bit or quoted-printable may have its line ends rewritten. */
    private static MimeBodyPart attachment(String name, byte[] content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(Part.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** Writes a message as an .eml file's bytes (RFC 5322, CRLF line ends). */
    static byte[] bytes(MimeMessage message) {
        try (var out = new java.io.ByteArrayOutputStream()) {
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot write the message: " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the Message-ID it is given: a plain MimeMessage draws a new random one whenever it is saved. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
