package lu.mixvoip.billing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Output files appear whole or not at all: written beside the target under a temporary name, then renamed over it.
 * A temporary file that could not be renamed (a full disk, say) is deleted at once.
 */
public final class AtomicFiles {
    private static final String PARTIAL = ".partial";

    private AtomicFiles() {
    }

    /** Deletes the temporary files a killed run may have left in {@code folder}. */
    public static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(PARTIAL)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a folder and everything in it (the previous preview), if it exists. */
    public static void removeAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Writes a report, replacing what was there. */
    public static void write(Path target, byte[] content) {
        try {
            if (!Files.isDirectory(target.getParent())) { // createDirectories throws and catches when it exists
                Files.createDirectories(target.getParent());
            }
            Path temp = target.resolveSibling("." + target.getFileName() + PARTIAL);
            try {
                Files.write(temp, content);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes an issued document's file, which must never change once written: a file already there with the same
     * bytes is left as it is (a chunk redone after a crash renders it again alike); one with other content is
     * refused.
     *
     * @throws OutputConflict when the file exists with other content
     */
    public static void writeOnce(Path target, byte[] content) {
        if (Files.exists(target)) {
            if (sameContent(target, content)) {
                return;
            }
            throw new OutputConflict(target);
        }
        write(target, content);
    }

    /** Writes a report only when its content changed: an unchanged report keeps its file and its time. */
    public static boolean writeIfChanged(Path target, byte[] content) {
        if (Files.isRegularFile(target) && sameContent(target, content)) {
            return false;
        }
        write(target, content);
        return true;
    }

    private static boolean sameContent(Path file, byte[] content) {
        try {
            return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
