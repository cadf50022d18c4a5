package lu.mixvoip.billing.issue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.store.OperationalTables;

/**
 * What the staged rows of a run were loaded from: a SHA-256 over the input files' contents (from the database: the
 * month's rows of the operational tables, those the load reads, whoever changed them) and the tariff file, so that a
 * resumed run notices input corrected since the run that failed.
 */
public final class InputFingerprint {
    private static final int BUFFER = 1 << 16;

    private InputFingerprint() {
    }

    public static String of(BillingParameters parameters, OperationalTables tables) {
        MessageDigest digest = sha256();
        if (parameters.source() == BillingParameters.Source.CSV) {
            for (InputFile file : InputFile.values()) {
                add(digest, parameters.input().resolve(file.fileName()));
            }
        } else {
            tables.digest(parameters.month(), digest);
        }
        if (parameters.tariffFile() != null && !parameters.tariffFile().isEmpty()) {
            add(digest, Path.of(parameters.tariffFile()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, Path file) {
        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        if (!Files.isRegularFile(file)) {
            digest.update((byte) 0);
            return;
        }
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            while (in.read(buffer) >= 0) {
                // the stream feeds the digest
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        digest.update((byte) 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
