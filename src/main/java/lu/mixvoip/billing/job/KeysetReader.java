package lu.mixvoip.billing.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads items in ascending key order, a page at a time, and remembers the key of the last item handed out so that a
 * restarted step goes on after the last committed chunk. Memory holds one page.
 */
abstract class KeysetReader<T> implements ItemStreamReader<T> {
    private final String contextKey;
    private final int pageSize;
    private final Deque<T> page = new ArrayDeque<>();
    private String lastKey = "";
    private String lastFetchedKey = "";
    private boolean exhausted;

    KeysetReader(String contextKey, int pageSize) {
        this.contextKey = contextKey;
        this.pageSize = pageSize;
    }

    /** The next items after {@code afterKey}, at most {@code limit}, in ascending key order. */
    protected abstract List<T> fetch(String afterKey, int limit);

    protected abstract String keyOf(T item);

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
            List<T> next = fetch(lastFetchedKey, pageSize);
            exhausted = next.size() < pageSize;
            page.addAll(next);
            if (!next.isEmpty()) {
                lastFetchedKey = keyOf(next.get(next.size() - 1));
            }
        }
        T item = page.poll();
        if (item != null) {
            lastKey = keyOf(item);
        }
        return item;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(contextKey, lastKey);
    }
}
