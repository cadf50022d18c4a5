package lu.mixvoip.billing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Output files appear whole or not at all: written beside the target, then renamed over it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Deletes the temporary files a killed run may have left in {@code folder}. */
    public static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList()) {
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
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path target, byte[] content) {
        try {
            if (!Files.isDirectory(target.getParent())) { // createDirectories throws and catches when it exists
                Files.createDirectories(target.getParent());
            }
            Path temp = target.resolveSibling("." + target.getFileName() + ".partial");
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
