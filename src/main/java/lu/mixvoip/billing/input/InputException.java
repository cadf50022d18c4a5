package lu.mixvoip.billing.input;

/** A problem the user can fix (a file, a column, an option): reported as one line, exit code 2, nothing billed. */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
