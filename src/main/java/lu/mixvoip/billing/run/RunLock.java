package lu.mixvoip.billing.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per store: an operating-system lock on {@code <data-dir>/run.lock}, which also says which run
 * holds it. The system releases the lock when the process ends, even by {@code kill -9}, so a lock that can be
 * taken proves that no live process is running: an execution still marked as running is then stale.
 */
public final class RunLock implements AutoCloseable {
    private static final String FILE = "run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another live process holds it. */
    public static Optional<RunLock> tryAcquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new RunLock(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dataDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** What the holder last said of itself ("execution 12 of 2026-10, pid 4242, ..."). */
    public static String holder(Path dataDir) {
        try {
            String text = Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "a run that has not said which" : text;
        } catch (IOException e) {
            return "a run whose description cannot be read";
        }
    }

    /** Tells later runs who holds the lock. */
    public void describe(String text) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
