package lu.mixvoip.billing.einvoice;

import java.lang.reflect.Method;

/**
 * The main class of the JVM that {@link FacturXValidatorIT} starts with Mustang's jar alone on its class path (and
 * this class, which uses nothing but the JDK): validates each PDF given and prints, per file, a line
 * {@code VALID <file>} or {@code INVALID <file>} followed by Mustang's report and a line {@value #END}.
 */
public final class MustangValidation {
    static final String END = "-- end of report --";

    private MustangValidation() {
    }

    public static void main(String[] files) throws Exception {
        Class<?> type = Class.forName("org.mustangproject.validator.ZUGFeRDValidator");
        Method validate = type.getMethod("validate", String.class);
        Method valid = type.getMethod("wasCompletelyValid");
        for (String file : files) {
            Object validator = type.getConstructor().newInstance();
            String report = (String) validate.invoke(validator, file);
            boolean ok = (Boolean) valid.invoke(validator);
            System.out.println((ok ? "VALID " : "INVALID ") + file);
            if (!ok) {
                System.out.println(report);
            }
            System.out.println(END);
        }
    }
}
