package lu.mixvoip.billing.staging;

import java.util.Arrays;
import java.util.Collection;

/**
 * A month's staged customers cut into ranges of consecutive ids, in ascending (byte) order: the unit in which the
 * month's interventions are staged and read back, so that a page of customers reads a few packed blocks instead of
 * thousands of rows.
 */
final class CustomerRanges {
    private final String[] ids;
    private final int perRange;

    private CustomerRanges(String[] ids, int perRange) {
        this.ids = ids;
        this.perRange = perRange;
    }

    /** Ids must be ASCII (the id rule), so Java's order is the store's byte order. */
    static CustomerRanges of(Collection<String> customerIds, int perRange) {
        String[] ids = customerIds.toArray(String[]::new);
        Arrays.sort(ids);
        return new CustomerRanges(ids, perRange);
    }

    int count() {
        return (ids.length + perRange - 1) / perRange;
    }

    /** A staged customer's position in ascending order, or -1 when it is not staged. */
    int indexOf(String customerId) {
        int index = Arrays.binarySearch(ids, customerId);
        return index < 0 ? -1 : index;
    }

    /** The range holding the customer at {@code index}. */
    int rangeAt(int index) {
        return index / perRange;
    }

    int customerCount() {
        return ids.length;
    }

    String idAt(int index) {
        return ids[index];
    }

    /** The position of a range's first customer. */
    int start(int range) {
        return range * perRange;
    }

    /** The position after a range's last customer. */
    int end(int range) {
        return Math.min(ids.length, (range + 1) * perRange);
    }

    String first(int range) {
        return ids[start(range)];
    }

    String last(int range) {
        return ids[end(range) - 1];
    }
}
