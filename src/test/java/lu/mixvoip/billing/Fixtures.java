package lu.mixvoip.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** What many tests need: the acceptance cases, their input files, rejects as (file, line) pairs, hashes, PDF text. */
public final class Fixtures {
    /** The input files of a month, in the order a run reads them. */
    public static final List<String> INPUT_FILES = List.of("customers.csv", "contracts.csv", "interventions.csv",
            "tickets.csv");

    private Fixtures() {
    }

    /** A folder of src/test/resources (a copy of the product's acceptance cases lives under /acceptance). */
    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }

    public static Path acceptanceCase(String name) {
        return resource("/acceptance/" + name);
    }

    /** Every case folder under /acceptance, sorted. */
    public static List<Path> acceptanceCases() {
        try (Stream<Path> folders = Files.list(resource("/acceptance"))) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The month a case folder bills: its name ends with {@code YYYY-MM}. */
    public static String monthOf(Path caseFolder) {
        return caseFolder.getFileName().toString().replaceAll(".*-(\\d{4}-\\d{2})$", "$1");
    }

    /** The input files of a case (not its expected outputs), copied into {@code folder} to be edited. */
    public static Path copyOfInputs(Path caseFolder, Path folder) {
        try {
            Files.createDirectories(folder);
            for (String file : INPUT_FILES) {
                if (Files.exists(caseFolder.resolve(file))) {
                    Files.copy(caseFolder.resolve(file), folder.resolve(file));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The default tariff card written to {@code file}: naming it with {@code --tariff} gives the same invoices from
     * another billing basis, so that a re-run compares the month instead of answering from the store.
     */
    public static Path defaultTariffAt(Path file) {
        try (var card = Fixtures.class.getResourceAsStream("/tariff.yml")) {
            Files.copy(card, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a file with {@code change}, which must change it (an edit that misses its target fails the test). */
    public static void edit(Path file, UnaryOperator<String> change) {
        try {
            String before = Files.readString(file);
            String after = change.apply(before);
            if (after.equals(before)) {
                throw new AssertionError("the edit of " + file + " changed nothing");
            }
            Files.writeString(file, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code file,line} pairs of a rejects file (reasons are free text), in the file's order, each as often as it
     * is there.
     */
    public static List<String> rejectPairs(Path rejects) {
        try {
            List<String> lines = Files.readAllLines(rejects);
            List<String> pairs = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    pairs.add(String.join(",", List.of(line.split(",", -1)).subList(0, 2)));
                }
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    /** Every file under a folder (names relative to it) with its SHA-256. */
    public static Map<String, String> hashes(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text a reader of a PDF file sees, pages joined by newlines, as OpenPDF's own parser extracts it. */
    public static String pdfText(Path pdf) {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
