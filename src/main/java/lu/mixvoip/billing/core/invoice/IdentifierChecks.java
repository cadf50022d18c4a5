package lu.mixvoip.billing.core.invoice;

import java.util.regex.Pattern;

/**
 * The identifier formats and check digits that Peppol's rules (PEPPOL-COMMON-R040 to R057, GR-R-009) test on an
 * electronic address, by scheme. Schemes not listed here are checked by their receivers only.
 */
final class IdentifierChecks {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private IdentifierChecks() {
    }

    /** @throws IllegalArgumentException naming the scheme's rule when {@code identifier} breaks it */
    static void check(String scheme, String identifier) {
        boolean valid = switch (scheme) {
            case "0007" -> digits(identifier, 10) && luhn(identifier);
            case "0088" -> DIGITS.matcher(identifier).matches() && identifier.length() >= 2 && gln(identifier);
            case "0096" -> digits(identifier, 10);
            case "0151" -> digits(identifier, 11) && abn(identifier);
            case "0184" -> digits(identifier, 8) || identifier.startsWith("DK") && digits(identifier.substring(2), 8);
            case "0192" -> digits(identifier, 9) && mod11(identifier);
            case "0198" -> identifier.startsWith("DK") && digits(identifier.substring(2), 8);
            case "0208" -> digits(identifier, 10) && belgianEnterprise(identifier);
            case "9933" -> digits(identifier, 9);
            case "9944" -> identifier.matches("NL[0-9]{9}B[0-9]{2}");
            default -> true;
        };
        if (!valid) {
            throw new IllegalArgumentException("'" + identifier + "' is not a valid identifier in scheme " + scheme
                    + " (" + description(scheme) + ")");
        }
    }

    private static String description(String scheme) {
        return switch (scheme) {
            case "0007" -> "Swedish organisation number: ten digits, Luhn check digit";
            case "0088" -> "GLN: digits with a GS1 check digit";
            case "0096" -> "Danish P number: ten digits";
            case "0151" -> "Australian Business Number: eleven digits, modulus 89";
            case "0184" -> "Danish CVR number: eight digits, optionally after DK";
            case "0192" -> "Norwegian organisation number: nine digits, modulus 11";
            case "0198" -> "Danish SE number: DK and eight digits";
            case "0208" -> "Belgian enterprise number: ten digits, the last two 97 - (first eight mod 97)";
            case "9933" -> "Greek TIN: nine digits, no EL prefix";
            case "9944" -> "Dutch VAT number: NL, nine digits, B, two digits";
            default -> "";
        };
    }

    private static boolean digits(String value, int length) {
        return value.length() == length && DIGITS.matcher(value).matches();
    }

    private static int digit(String value, int index) {
        return value.charAt(index) - '0';
    }

    /** GS1: from the right, excluding the check digit, weights 3, 1, 3, 1… */
    private static boolean gln(String value) {
        int last = value.length() - 1;
        int sum = 0;
        for (int i = 0; i < last; i++) {
            sum += digit(value, last - 1 - i) * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10 == digit(value, last);
    }

    /** Luhn over the first nine digits, the tenth being the check digit. */
    private static boolean luhn(String value) {
        int sum = 0;
        for (int position = 1; position <= 9; position++) {
            int d = digit(value, 9 - position);
            if (position % 2 == 1) {
                d *= 2;
                d = d / 10 + d % 10;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10 == digit(value, 9);
    }

    /** Weights 2 to 7, repeating, from the right of the first eight digits. */
    private static boolean mod11(String value) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += digit(value, 7 - i) * (i % 6 + 2);
        }
        return (11 - sum % 11) % 11 == digit(value, 8);
    }

    private static boolean abn(String value) {
        int[] weights = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digit(value, i) - (i == 0 ? 1 : 0)) * weights[i];
        }
        return sum % 89 == 0;
    }

    private static boolean belgianEnterprise(String value) {
        long base = Long.parseLong(value.substring(0, 8));
        return 97 - base % 97 == Long.parseLong(value.substring(8));
    }
}
