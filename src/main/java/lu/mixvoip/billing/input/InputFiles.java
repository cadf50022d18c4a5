package lu.mixvoip.billing.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The input files of a folder, opened the one way: checked header, parsed a few batches ahead on a thread. */
public final class InputFiles {
    private InputFiles() {
    }

    /** The file's rows; empty when an optional file (tickets.csv) is absent. */
    public static Optional<RecordSource> open(Path folder, InputFile file) {
        Path path = folder.resolve(file.fileName());
        if (file.isOptional() && !Files.exists(path)) {
            return Optional.empty();
        }
        return Optional.of(new ReadAhead(CsvTable.open(path, file.columns()), file.fileName()));
    }

    /** Checks that every file is there with its columns (a missing one stops a run before anything is billed). */
    public static void check(Path folder) {
        for (InputFile file : InputFile.values()) {
            Path path = folder.resolve(file.fileName());
            if (!file.isOptional() || Files.exists(path)) {
                CsvTable.open(path, file.columns()).close();
            }
        }
    }
}
