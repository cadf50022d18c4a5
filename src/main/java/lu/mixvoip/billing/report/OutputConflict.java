package lu.mixvoip.billing.report;

import java.nio.file.Path;

/**
 * A file that a run was to write is already in the output folder with other content: an issued document is never
 * overwritten. The store does not match the output folder (lost, replaced, or pointed elsewhere).
 */
public class OutputConflict extends RuntimeException {
    private final transient Path file;

    public OutputConflict(Path file) {
        super(file + " already exists with other content");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
