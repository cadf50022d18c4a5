package lu.mixvoip.billing.issue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import lu.mixvoip.billing.core.invoice.VatPolicy;

/**
 * Everything a month's invoices follow from: the input ({@link InputFingerprint}: the files or the month's rows of
 * the operational tables, and the tariff file), the VAT settings, and the code of the rules that read and rate the
 * rows (the classes of {@code core} and {@code input}, as this build has them). A month billed from one basis gives
 * the same invoices, rejects and service levels from that basis again: a re-run whose basis is the billed run's
 * needs neither to read the month nor to rate it. Another basis proves nothing: the month is then compared.
 */
public final class BillingBasis {
    private static final String[] RULES = {"classpath*:lu/mixvoip/billing/core/**/*.class",
        "classpath*:lu/mixvoip/billing/input/**/*.class"};
    /** The rules' code does not change while the process runs. */
    private static volatile String rulesCode;

    private BillingBasis() {
    }

    public static String of(String inputFingerprint, VatPolicy vat) {
        MessageDigest digest = sha256();
        for (String part : new String[] {inputFingerprint, vat.sellerCountry(), vat.standardRate().toPlainString(),
            String.join(",", new TreeSet<>(vat.euCountries())), rulesCode()}) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String rulesCode() {
        if (rulesCode == null) {
            MessageDigest digest = sha256();
            int read = 0;
            try {
                PathMatchingResourcePatternResolver classpath = new PathMatchingResourcePatternResolver();
                for (String pattern : RULES) {
                    Resource[] classes = classpath.getResources(pattern);
                    Arrays.sort(classes, Comparator.comparing(BillingBasis::relativeName));
                    for (Resource type : classes) {
                        digest.update(relativeName(type).getBytes(StandardCharsets.UTF_8));
                        try (InputStream bytes = type.getInputStream()) {
                            digest.update(bytes.readAllBytes());
                        }
                        read++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the billing rules' classes", e);
            }
            if (read == 0) { // a basis without the rules would let a changed build pass for the billed one
                throw new IllegalStateException("cannot find the billing rules' classes on the class path");
            }
            rulesCode = HexFormat.of().formatHex(digest.digest());
        }
        return rulesCode;
    }

    /** The class file's name from its package on, whether it lies in a jar or a folder. */
    private static String relativeName(Resource type) {
        try {
            String url = type.getURL().toString();
            return url.substring(url.lastIndexOf("lu/mixvoip/billing/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
