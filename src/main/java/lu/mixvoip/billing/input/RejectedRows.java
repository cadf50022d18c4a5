package lu.mixvoip.billing.input;

/** Where refused rows go, with the input they came from and why. */
@FunctionalInterface
public interface RejectedRows {
    void reject(InputFile file, SourceRecord row, String reason);
}
