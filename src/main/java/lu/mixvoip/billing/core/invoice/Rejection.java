package lu.mixvoip.billing.core.invoice;

/** A contract, intervention or ticket the rules refuse, with the reason shown in rejects.csv. */
public record Rejection(RecordType type, String id, String reason) {

    public enum RecordType { CONTRACT, INTERVENTION, TICKET }

    public static Rejection contract(String id, String reason) {
        return new Rejection(RecordType.CONTRACT, id, reason);
    }

    public static Rejection intervention(String id, String reason) {
        return new Rejection(RecordType.INTERVENTION, id, reason);
    }

    /** {@code id} is the ticket column of tickets.csv. */
    public static Rejection ticket(String id, String reason) {
        return new Rejection(RecordType.TICKET, id, reason);
    }
}
