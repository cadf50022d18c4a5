package lu.mixvoip.billing.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads items in ascending key order, a page at a time, and remembers the key of the last item handed out so that a
 * restarted step goes on after the last committed chunk. Memory holds one page.
 */
public class KeysetReader<T> implements ItemStreamReader<T> {
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
