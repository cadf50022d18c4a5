package lu.mixvoip.billing.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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

    /** The range holding a staged customer. */
    int rangeOf(String customerId) {
        int index = Arrays.binarySearch(ids, customerId);
        if (index < 0) {
            throw new IllegalArgumentException("customer " + customerId + " is not staged");
        }
        return index / perRange;
    }

    /** The customers of a range, ascending. */
    List<String> ids(int range) {
        return Arrays.asList(ids).subList(range * perRange, Math.min(ids.length, (range + 1) * perRange));
    }

    String first(int range) {
        return ids[range * perRange];
    }

    String last(int range) {
        return ids[Math.min(ids.length, (range + 1) * perRange) - 1];
    }
}
