package lu.mixvoip.billing.store;

/**
 * Rows of fields packed into one text value, so that a database stores many small rows as one: fields separated by
 * a tab, one row per line, {@code \\}, tab, newline and carriage return escaped with a backslash, {@code \N} for
 * null. Readable as is in a SQL console.
 */
final class PackedRows {
    private PackedRows() {
    }

    /** Appends rows; {@link #toString()} is the packed text. */
    static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private boolean rowStarted;

        Writer field(String value) {
            if (rowStarted) {
                text.append('\t');
            }
            rowStarted = true;
            if (value == null) {
                text.append("\\N");
                return this;
            }
            if (!needsEscapes(value)) {
                text.append(value);
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
            return this;
        }

        private static boolean needsEscapes(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                    return true;
                }
            }
            return false;
        }

        Writer field(long value) {
            if (rowStarted) {
                text.append('\t');
            }
            rowStarted = true;
            text.append(value);
            return this;
        }

        Writer field(Long value) {
            return field(value == null ? null : value.toString());
        }

        void endRow() {
            text.append('\n');
            rowStarted = false;
        }

        /** Appends whole rows already packed: {@code packed} from {@code start} to {@code end}. */
        Writer packedRows(CharSequence packed, int start, int end) {
            text.append(packed, start, end);
            return this;
        }

        int length() {
            return text.length();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Reads packed rows back, field by field, in the order they were written. */
    static final class Reader {
        private final String text;
        private int position;
        private final StringBuilder field = new StringBuilder();

        Reader(String text) {
            this.text = text;
        }

        boolean hasRow() {
            return position < text.length();
        }

        /** The next field of the current row; the last field of a row moves to the next row. */
        String field() {
            int start = position;
            int end = start;
            boolean escaped = false;
            for (char c; end < text.length() && (c = text.charAt(end)) != '\t' && c != '\n'; end++) {
                if (c == '\\') {
                    escaped = true;
                    end++; // the escaped character is never a separator
                }
            }
            position = end + 1;
            return escaped ? unescape(start, end) : text.substring(start, end);
        }

        private String unescape(int start, int end) {
            if (end - start == 2 && text.charAt(start + 1) == 'N') {
                return null;
            }
            field.setLength(0);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c != '\\') {
                    field.append(c);
                    continue;
                }
                char escaped = text.charAt(++i);
                field.append(switch (escaped) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> escaped;
                });
            }
            return field.toString();
        }

        /** Whether the field read last was the last of its row: a row packed before a field was added ends early. */
        boolean rowEnded() {
            return position > text.length() || text.charAt(position - 1) == '\n';
        }

        long longField() {
            return Long.parseLong(field());
        }

        Long nullableLongField() {
            String value = field();
            return value == null ? null : Long.valueOf(value);
        }
    }
}
