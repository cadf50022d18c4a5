package lu.mixvoip.billing.delivery;

import java.time.OffsetDateTime;

/** One message: a document to one recipient, as its row in the store says. */
record Delivery(MailedDocument document, String recipient, DeliveryStatus status, String messageId, int attempts,
                OffsetDateTime sentAt, String detail) {
}
