package lu.mixvoip.billing.delivery;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where messages go: an SMTP server ({@code spring.mail.*}), or the month's outbox folder as .eml files. */
interface MessageTransport extends AutoCloseable {

    /** The mail session messages are composed in. */
    Session session();

    /** Hands the message of one row over; returns once the server (or the disk) has it. */
    void send(Delivery delivery, MimeMessage message) throws DeliveryFailure;

    /** "SMTP server mail.example.com:587", "outbox out/2026-10/outbox": for the report. */
    String describe();

    @Override
    void close();
}
