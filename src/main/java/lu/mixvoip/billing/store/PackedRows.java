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

        Writer field(long value) {
            return field(Long.toString(value));
        }

        Writer field(Long value) {
            return field(value == null ? null : value.toString());
        }

        void endRow() {
            text.append('\n');
            rowStarted = false;
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
            field.setLength(0);
            boolean isNull = false;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '\t' || c == '\n') {
                    break;
                }
                if (c == '\\') {
                    char escaped = text.charAt(position++);
                    switch (escaped) {
                        case 't' -> field.append('\t');
                        case 'n' -> field.append('\n');
                        case 'r' -> field.append('\r');
                        case 'N' -> isNull = true;
                        default -> field.append(escaped);
                    }
                } else {
                    field.append(c);
                }
            }
            return isNull ? null : field.toString();
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
