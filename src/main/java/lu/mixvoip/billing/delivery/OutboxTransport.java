package lu.mixvoip.billing.delivery;

import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import lu.mixvoip.billing.report.AtomicFiles;

/**
 * Without {@code spring.mail.host}: each message becomes an .eml file in {@code M/outbox/}, named after the document
 * and the recipient, written whole or not at all. Any mail client opens it; a real server is configured later.
 */
final class OutboxTransport implements MessageTransport {
    static final String FOLDER = "outbox";

    private final Path outbox;
    private final Session session = Session.getInstance(new Properties());

    OutboxTransport(Path monthFolder) {
        this.outbox = monthFolder.resolve(FOLDER);
    }

    /** {@code INV-2026-000001_compta@hoffmann.example.eml}: characters a file name cannot hold become '_'. */
    static String fileName(String documentNumber, String recipient) {
        return documentNumber + "_" + recipient.replaceAll("[^A-Za-z0-9@.+-]", "_") + ".eml";
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void send(Delivery delivery, MimeMessage message) throws DeliveryFailure {
        try {
            AtomicFiles.write(outbox.resolve(fileName(delivery.document().number(), delivery.recipient())),
                    InvoiceMessages.bytes(message));
        } catch (RuntimeException e) {
            throw new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "cannot write to the outbox " + outbox
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "outbox " + outbox + " (no spring.mail.host: .eml files, nothing was e-mailed)";
    }

    @Override
    public void close() {
        // nothing held open
    }
}
