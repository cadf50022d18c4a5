package lu.mixvoip.billing.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The six letters before an embedded subset's name ({@code ABCDEF+InvoiceSans-Regular}), derived from the document
 * and the face instead of drawn at random, so that the same document always gives the same bytes.
 *
 * <p>OpenPDF 2.0.5 draws the prefix when the document closes, as six {@code nextDouble()} calls on the font's
 * {@code SecureRandom} ({@code BaseFont.createSubsetPrefix()}), and a font is shared by every thread. So each face
 * has one instance of this class as its "random" source, and {@link #during} tells it, for the calling thread only,
 * which document is being rendered: the i-th draw then answers the i-th letter of SHA-256(document | face). Another
 * thread, an earlier document or the order the faces are written in cannot change a prefix. A draw outside
 * {@link #during} throws rather than give a random prefix.
 */
final class SubsetPrefix extends SecureRandom {
    private static final long serialVersionUID = 1;
    private static final int LETTERS = 6;
    private static final ThreadLocal<Rendering> RENDERING = new ThreadLocal<>();

    private final String face;

    SubsetPrefix(String face) {
        this.face = face;
    }

    /** Runs {@code rendering} with the subset prefixes of the document named by {@code document}. */
    static <T> T during(String document, Supplier<T> rendering) {
        Rendering previous = RENDERING.get();
        RENDERING.set(new Rendering(document));
        try {
            return rendering.get();
        } finally {
            if (previous == null) {
                RENDERING.remove();
            } else {
                RENDERING.set(previous);
            }
        }
    }

    /** The prefix {@code face}'s subset gets in {@code document}, without the {@code +}. */
    static String of(String document, String face) {
        byte[] digest = digest(document, face);
        char[] letters = new char[LETTERS];
        for (int i = 0; i < LETTERS; i++) {
            letters[i] = (char) ('A' + letter(digest, i));
        }
        return new String(letters);
    }

    /** The middle of the i-th letter's slot in [0, 1): OpenPDF maps it back with {@code (char) (d * 26 + 'A')}. */
    @Override
    public double nextDouble() {
        Rendering rendering = RENDERING.get();
        if (rendering == null) {
            throw new IllegalStateException("a subset prefix for " + face + " drawn outside a rendering");
        }
        return (rendering.nextLetter(face) + 0.5) / 26;
    }

    private static int letter(byte[] digest, int index) {
        return Byte.toUnsignedInt(digest[index]) % 26;
    }

    private static byte[] digest(String document, String face) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((document + "|" + face).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** One document being rendered on a thread: each face's digest and how many of its letters were drawn. */
    private static final class Rendering {
        private final String document;
        private final Map<String, Draws> faces = new HashMap<>(4);

        Rendering(String document) {
            this.document = document;
        }

        int nextLetter(String face) {
            return faces.computeIfAbsent(face, f -> new Draws(digest(document, f))).next();
        }
    }

    private static final class Draws {
        private final byte[] digest;
        private int drawn;

        Draws(byte[] digest) {
            this.digest = digest;
        }

        int next() {
            return letter(digest, drawn++ % LETTERS);
        }
    }
}
