package lu.mixvoip.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;

/**
 * Every PDF of the acceptance months, the credit notes and new invoices of a re-bill included, is a valid Factur-X
 * (EN 16931 profile) invoice by an independent validator: Mustang, which German and French software builds on. It
 * checks the PDF (PDF/A-3, the XMP's Factur-X fields, the embedded factur-x.xml) and the XML (the Factur-X schema and
 * EN 16931 rules). Mustang runs in a JVM of its own, its jar alone on the class path (it conflicts with phive's
 * libraries; see the pom). A preview, which carries no XML, is refused: the validator does refuse.
 */
class FacturXValidatorIT {
    @TempDir
    static Path work;

    @Test
    void everyInvoiceAndCreditNoteOfTheAcceptanceMonthsAndOfAReBillIsValidFacturX() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        for (Path folder : Fixtures.acceptanceCases()) {
            String month = Fixtures.monthOf(folder);
            Path run = work.resolve(folder.getFileName().toString());
            Path input = Fixtures.copyOfInputs(folder, run.resolve("in"));
            assertThat(BillingRunner.bill(input, run, month).exitCode()).isIn(0, 3);
            if (month.equals("2026-10")) {
                Fixtures.edit(input.resolve("interventions.csv"), text -> text + "I090,C001,T-1090,jdoe,"
                        + "2026-10-26T10:00,2026-10-26T10:40,REMOTE,TECHNICIAN,Added after review\n");
                Result rebill = BillingRunner.bill(input, run, month, "--rebill", "--issue-date=2026-11-20");
                assertThat(rebill.out()).as(rebill.err()).contains("1 credit note, 1 new invoice");
            }
            pdfs.addAll(pdfsUnder(run.resolve("out").resolve(month)));
        }
        assertThat(pdfs).anyMatch(p -> p.toString().contains("credit-notes")).hasSizeGreaterThan(10);

        Map<String, String> invalid = new TreeMap<>();
        validate(pdfs).forEach((pdf, validation) -> {
            if (!validation.valid()) {
                invalid.put(pdf.getFileName().toString(), validation.report());
            }
        });
        assertThat(invalid).as("invalid by Mustang, with its reports").isEmpty();
    }

    @Test
    void aPreviewWithoutItsXmlIsRefused() throws Exception {
        Path run = work.resolve("preview");
        Path input = Fixtures.acceptanceCase("basic-2026-10");
        assertThat(BillingRunner.bill(input, run, "2026-10", "--dry-run").exitCode()).isEqualTo(3);
        Path preview = pdfsUnder(run.resolve("out/2026-10/preview")).get(0);

        Validation validation = validate(List.of(preview)).get(preview);

        assertThat(validation.valid()).as(validation.report()).isFalse();
    }

    private record Validation(boolean valid, String report) {
    }

    /** Each file as Mustang judges it, in one JVM of its own (see {@link MustangValidation}). */
    private static Map<Path, Validation> validate(List<Path> pdfs) throws Exception {
        Path jar = Path.of(System.getProperty("mustang.jar", "target/mustang/mustang-cli.jar"));
        assertThat(jar).as("Mustang's jar, copied by the build before the integration tests").isRegularFile();
        Path classes = Path.of(MustangValidation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", jar + File.pathSeparator + classes, MustangValidation.class.getName()));
        pdfs.forEach(pdf -> command.add(pdf.toString()));
        Path output = work.resolve("mustang-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("Mustang ends").isTrue();
        assertThat(process.exitValue()).as(Files.readString(output)).isZero();
        Map<Path, Validation> validations = new LinkedHashMap<>();
        Path file = null;
        StringBuilder report = new StringBuilder();
        boolean valid = false;
        for (String line : Files.readAllLines(output)) {
            if (file == null && (line.startsWith("VALID ") || line.startsWith("INVALID "))) {
                valid = line.startsWith("VALID ");
                file = Path.of(line.substring(line.indexOf(' ') + 1));
            } else if (line.equals(MustangValidation.END) && file != null) {
                validations.put(file, new Validation(valid, report.toString()));
                file = null;
                report.setLength(0);
            } else {
                report.append(line).append('\n');
            }
        }
        assertThat(validations.keySet()).as("a judgement for every file").containsExactlyInAnyOrderElementsOf(pdfs);
        return validations;
    }

    private static List<Path> pdfsUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
