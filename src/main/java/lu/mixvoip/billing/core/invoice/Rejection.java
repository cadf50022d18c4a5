package lu.mixvoip.billing.core.invoice;

/** A contract or intervention the rules refuse to bill, with the reason shown in rejects.csv. */
public record Rejection(RecordType type, String id, String reason) {

    public enum RecordType { CONTRACT, INTERVENTION }

    public static Rejection contract(String id, String reason) {
        return new Rejection(RecordType.CONTRACT, id, reason);
    }

    public static Rejection intervention(String id, String reason) {
        return new Rejection(RecordType.INTERVENTION, id, reason);
    }
}
