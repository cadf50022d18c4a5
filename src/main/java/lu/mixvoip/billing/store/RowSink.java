package lu.mixvoip.billing.store;

/** Where a writer sends rows for one table, a batch at a time; {@link #flush()} sends what is left. */
interface RowSink {
    void add(Object... row);

    void flush();
}
