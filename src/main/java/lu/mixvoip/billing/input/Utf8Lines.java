package lu.mixvoip.billing.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The physical lines of a UTF-8 file, for opencsv (which only calls {@link #readLine()}): each line is decoded on its
 * own and strictly, so that a byte that is not UTF-8 is reported on the line that holds it, not wherever a read-ahead
 * buffer happened to end; a BOM is dropped; no record may grow beyond {@link #MAX_RECORD_CHARS}, so that a hostile or
 * broken file (a field of megabytes, a quote never closed) ends the read with an error instead of exhausting memory.
 */
final class Utf8Lines extends BufferedReader {
    /** What a record (a row, over one or more physical lines) may hold at most. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    /** Why a record could not be read; {@link #line()} is where it starts. */
    static final class BrokenRecord extends IOException {
        private final long line;

        BrokenRecord(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int end;
    private byte[] line = new byte[1024];
    private CharBuffer chars = CharBuffer.allocate(1024);
    private long linesRead;
    private long recordStart = 1;
    private long recordChars;
    private String pushedBack;

    Utf8Lines(InputStream in) {
        super(Reader.nullReader(), 1);
        this.in = in;
    }

    /** The next record starts on the next line: its size is counted from there. */
    void beginRecord() {
        recordStart = linesRead + (pushedBack == null ? 1 : 0);
        recordChars = 0;
    }

    /** The physical line on which the current record starts (header = 1). */
    long recordStart() {
        return recordStart;
    }

    /** The first line, which the next {@link #readLine()} returns again. */
    String peekFirstLine() throws IOException {
        pushedBack = readLine();
        return pushedBack;
    }

    @Override
    public String readLine() throws IOException {
        if (pushedBack != null) {
            String first = pushedBack;
            pushedBack = null;
            return first;
        }
        int length = 0;
        boolean ascii = true;
        while (true) {
            if (position == end && !fill()) {
                if (length == 0) {
                    return null;
                }
                break;
            }
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (length == line.length) {
                if (recordChars + length >= MAX_RECORD_CHARS) {
                    throw tooLong();
                }
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = b;
            ascii &= b >= 0;
        }
        linesRead++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int start = linesRead == 1 && startsWithBom(length) ? 3 : 0;
        String text = ascii ? new String(line, start, length - start, StandardCharsets.ISO_8859_1)
                : decode(start, length);
        recordChars += text.length();
        if (recordChars > MAX_RECORD_CHARS) {
            throw tooLong();
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        end = in.read(buffer);
        position = 0;
        if (end < 0) {
            end = 0;
            return false;
        }
        return true;
    }

    private boolean startsWithBom(int length) {
        return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private String decode(int start, int length) throws BrokenRecord {
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(length);
        }
        chars.clear();
        decoder.reset();
        CoderResult result = decoder.decode(ByteBuffer.wrap(line, start, length - start), chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            throw new BrokenRecord(recordStart, (linesRead == recordStart ? "" : "its line " + linesRead + " is ")
                    + "not UTF-8 text (save the file as UTF-8)");
        }
        chars.flip();
        return chars.toString();
    }

    private BrokenRecord tooLong() {
        return new BrokenRecord(recordStart, String.format(java.util.Locale.ROOT, "the record starting on this line"
                + " is longer than %,d characters: a quote that is never closed, or something that is not a row of"
                + " this file", MAX_RECORD_CHARS));
    }
}
