package lu.mixvoip.billing.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads items in ascending key order, a page at a time, and remembers the key of the last item handed out so that a
 * restarted step goes on after the last committed chunk. Memory holds one page.
 */
class KeysetReader<T> implements ItemStreamReader<T> {
    private final String contextKey;
    private final int pageSize;
    private final BiFunction<String, Integer, List<T>> fetch;
    private final Function<T, String> keyOf;
    private final Deque<T> page = new ArrayDeque<>();
    private String lastKey = "";
    private String lastFetchedKey = "";
    private boolean exhausted;

    /**
     * @param fetch the next items after a key, at most the given number, in ascending key order
     * @param keyOf an item's key
     */
    KeysetReader(String contextKey, int pageSize, BiFunction<String, Integer, List<T>> fetch,
                 Function<T, String> keyOf) {
        this.contextKey = contextKey;
        this.pageSize = pageSize;
        this.fetch = fetch;
        this.keyOf = keyOf;
    }

    /**
     * Reads the documents whose file is not on disk: pages of numbers, those already on disk skipped, the rest
     * loaded whole.
     */
    static <T> KeysetReader<T> missing(String contextKey, int pageSize, BiFunction<String, Integer, List<String>> numbers,
                                       Predicate<String> onDisk, Function<List<String>, List<T>> load,
                                       Function<T, String> numberOf) {
        return new KeysetReader<>(contextKey, pageSize, (after, limit) -> {
            // Numbers are checked many pages at a time: usually none is missing, and each query has a cost.
            int numbersPerQuery = limit * 100;
            for (List<String> page = numbers.apply(after, numbersPerQuery); !page.isEmpty();
                 page = numbers.apply(after, numbersPerQuery)) {
                List<String> missing = page.stream().filter(onDisk.negate()).limit(limit).toList();
                if (!missing.isEmpty()) {
                    return load.apply(missing);
                }
                after = page.get(page.size() - 1);
            }
            return List.of();
        }, numberOf);
    }

    @Override
    public void open(ExecutionContext context) {
        lastKey = context.getString(contextKey, "");
        lastFetchedKey = lastKey;
        page.clear();
        exhausted = false;
    }

    @Override
    public T read() {
        if (page.isEmpty() && !exhausted) {
            List<T> next = fetch.apply(lastFetchedKey, pageSize);
            exhausted = next.isEmpty(); // a page may be short (see missing) without being the last
            page.addAll(next);
            if (!next.isEmpty()) {
                lastFetchedKey = keyOf.apply(next.get(next.size() - 1));
            }
        }
        T item = page.poll();
        if (item != null) {
            lastKey = keyOf.apply(item);
        }
        return item;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(contextKey, lastKey);
    }
}
