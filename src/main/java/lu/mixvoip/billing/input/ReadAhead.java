package lu.mixvoip.billing.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source on a thread of its own, a few batches of rows ahead, so that parsing a file and checking its rows
 * use two cores. Rows come out in the source's order; a failure of the source is thrown by {@link #next()} where it
 * happened. Only for sources that need no transaction of the caller's thread (files, not database cursors).
 */
public final class ReadAhead implements RecordSource {
    private static final int BATCH = 1024;
    private static final Object END = new Object();

    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(8);
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<SourceRecord> current = Collections.emptyIterator();
    private boolean ended;

    public ReadAhead(RecordSource source, String name) {
        reader = new Thread(() -> {
            List<SourceRecord> batch = new ArrayList<>(BATCH);
            try (source) {
                for (Optional<SourceRecord> row = source.next(); row.isPresent() && !closed; row = source.next()) {
                    batch.add(row.get());
                    if (batch.size() == BATCH) {
                        hand(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                hand(batch);
                hand(END);
            } catch (RuntimeException e) {
                hand(batch); // the rows before the failure come first
                hand(e);
            }
        }, "read-ahead-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SourceRecord> next() {
        while (!current.hasNext()) {
            if (ended) {
                return Optional.empty();
            }
            Object batch = take();
            if (batch == END) {
                ended = true;
            } else if (batch instanceof RuntimeException failure) {
                ended = true;
                throw failure;
            } else {
                current = ((List<SourceRecord>) batch).iterator();
            }
        }
        return Optional.of(current.next());
    }

    @Override
    public void close() {
        closed = true;
        batches.clear(); // frees a reader waiting for room, which then sees closed and stops
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Object take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading input", e);
        }
    }

    private void hand(Object batch) {
        try {
            while (!closed && !batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy: wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
