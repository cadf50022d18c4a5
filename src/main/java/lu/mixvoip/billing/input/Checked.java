package lu.mixvoip.billing.input;

/** A row turned into a value, or the reason it was refused. */
public record Checked<T>(T value, String reason) {

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null);
    }

    public static <T> Checked<T> refused(String reason) {
        return new Checked<>(null, reason);
    }

    public boolean isOk() {
        return reason == null;
    }
}
