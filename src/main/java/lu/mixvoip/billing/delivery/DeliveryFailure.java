package lu.mixvoip.billing.delivery;

/** Why a message was not accepted, and what follows for it and for the run. */
final class DeliveryFailure extends Exception {
    private static final long serialVersionUID = 1L;

    enum Kind {
        /** The server refused this message for good (5xx): recorded failed, not tried again. */
        REFUSED,
        /** This message only, for now (4xx, or the connection broke while sending it): the next run tries again. */
        TEMPORARY,
        /** No message can be sent now (cannot connect, login refused, sender refused): the run stops, all stay to send. */
        UNREACHABLE
    }

    private final Kind kind;

    DeliveryFailure(Kind kind, String answer, Throwable cause) {
        super(answer, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
