package lu.mixvoip.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;

/**
 * Every PDF of the acceptance months, the credit notes and new invoices of a re-bill included, is a valid Factur-X
 * (EN 16931 profile) invoice by an independent validator: Mustang, which German and French software builds on. It
 * checks the PDF (PDF/A-3, the XMP's Factur-X fields, the embedded factur-x.xml) and the XML (the Factur-X schema and
 * EN 16931 rules). Mustang runs from its own jar in a class loader of its own (see the pom). A preview, which carries
 * no XML, is refused: the validator does refuse.
 */
class FacturXValidatorIT {
    @TempDir
    static Path work;
    private static URLClassLoader mustang;
    private static Class<?> validatorClass;

    @BeforeAll
    static void loadTheValidator() throws Exception {
        Path jar = Path.of(System.getProperty("mustang.jar", "target/mustang/mustang-cli.jar"));
        assertThat(jar).as("Mustang's jar, copied by the build before the integration tests").isRegularFile();
        mustang = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        validatorClass = mustang.loadClass("org.mustangproject.validator.ZUGFeRDValidator");
    }

    @AfterAll
    static void closeTheValidator() throws IOException {
        mustang.close();
    }

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
        for (Path pdf : pdfs) {
            Validation validation = validate(pdf);
            if (!validation.valid()) {
                invalid.put(pdf.getFileName().toString(), validation.report());
            }
        }
        assertThat(invalid).as("invalid by Mustang, with its reports").isEmpty();
    }

    @Test
    void aPreviewWithoutItsXmlIsRefused() throws Exception {
        Path run = work.resolve("preview");
        Path input = Fixtures.acceptanceCase("basic-2026-10");
        assertThat(BillingRunner.bill(input, run, "2026-10", "--dry-run").exitCode()).isEqualTo(3);
        Path preview = pdfsUnder(run.resolve("out/2026-10/preview")).get(0);

        Validation validation = validate(preview);

        assertThat(validation.valid()).as(validation.report()).isFalse();
    }

    private record Validation(boolean valid, String report) {
    }

    /** Runs with Mustang's loader as the thread's, where its JAXB and veraPDF look for their services. */
    private static Validation validate(Path pdf) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(mustang);
        try {
            Object validator = validatorClass.getConstructor().newInstance();
            Method validate = validatorClass.getMethod("validate", String.class);
            String report = (String) validate.invoke(validator, pdf.toString());
            return new Validation((Boolean) validatorClass.getMethod("wasCompletelyValid").invoke(validator), report);
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    private static List<Path> pdfsUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
