package lu.mixvoip.billing.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The addresses of a customer's e-mail field: several separated by {@code ;}, blanks ignored, each once. */
final class Recipients {
    private Recipients() {
    }

    /** The distinct addresses, in the order written (the same address in another case counts once). */
    static List<String> of(String emailField) {
        if (emailField == null) {
            return List.of();
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String part : emailField.split(";")) {
            String address = part.trim();
            if (!address.isEmpty()) {
                distinct.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
            }
        }
        return new ArrayList<>(distinct.values());
    }

    /** Why an address cannot be sent to, or null when it is a plain mailbox {@code local@domain}. */
    static String problem(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (parsed.getPersonal() != null || !address.equals(parsed.getAddress())
                    || address.indexOf('@') <= 0 || address.indexOf('@') == address.length() - 1) {
                return "not a plain e-mail address local@domain";
            }
            return null;
        } catch (AddressException e) {
            return "not an e-mail address: " + e.getMessage();
        }
    }
}
