package lu.mixvoip.billing.run;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What went wrong, found the one way: the first cause of a known kind, else the innermost cause. */
public final class Failures {
    private Failures() {
    }

    /** The first throwable in {@code failure}'s cause chain that is a {@code type}. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return find(failure, type, t -> true);
    }

    /** The first throwable in {@code failure}'s cause chain that is a {@code type} and {@code which} accepts. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type, Predicate<T> which) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t) && which.test(type.cast(t))) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** The innermost cause. */
    public static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * One line saying why: the message of the first cause of a kind the user can act on (a {@code known} type,
     * whose message is written for them), else the innermost cause's type and message.
     */
    public static String message(Throwable failure, List<Class<? extends Throwable>> known) {
        for (Class<? extends Throwable> type : known) {
            Optional<? extends Throwable> cause = find(failure, type);
            if (cause.isPresent()) {
                return cause.get().getMessage();
            }
        }
        Throwable root = root(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
