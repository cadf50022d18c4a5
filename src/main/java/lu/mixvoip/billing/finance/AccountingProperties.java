package lu.mixvoip.billing.finance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.tariff.Tier;

/**
 * The accounts of the sales journal and the language of the finance pack ({@code billing.accounting.*}), checked
 * when the application starts: a blank account stops it, naming the key. Defaults (application.yml) are accounts of
 * the Luxembourg standard chart of accounts, PCN 2020 (see the README).
 *
 * @param receivable the customers' account, debited with each invoice's total incl. VAT
 * @param vat        the output VAT account, credited with each document's VAT
 * @param revenue    the revenue account of each kind of line
 * @param tiers      optional: other revenue accounts for the lines of a tier (a kind left out keeps the general one)
 * @param language   the language of the overview: the seller's, fr, en or de
 */
@ConfigurationProperties("billing.accounting")
public record AccountingProperties(String receivable, String vat, Revenue revenue, Map<String, Revenue> tiers,
                                   String language) {

    public AccountingProperties {
        receivable = required(receivable, "billing.accounting.receivable");
        vat = required(vat, "billing.accounting.vat");
        if (revenue == null) {
            throw new IllegalArgumentException("billing.accounting.revenue is not set: it needs fee, labour and"
                    + " travel accounts");
        }
        revenue = new Revenue(required(revenue.fee(), "billing.accounting.revenue.fee"),
                required(revenue.labour(), "billing.accounting.revenue.labour"),
                required(revenue.travel(), "billing.accounting.revenue.travel"));
        Map<String, Revenue> byTier = new TreeMap<>();
        if (tiers != null) {
            for (Map.Entry<String, Revenue> tier : tiers.entrySet()) {
                String name = tier.getKey().trim().toUpperCase(Locale.ROOT);
                String key = "billing.accounting.tiers." + tier.getKey();
                if (Arrays.stream(Tier.values()).noneMatch(t -> t.name().equals(name))) {
                    throw new IllegalArgumentException(key + ": " + tier.getKey() + " is not a tier ("
                            + Arrays.toString(Tier.values()) + ")");
                }
                Revenue accounts = tier.getValue() == null ? new Revenue(null, null, null) : tier.getValue();
                byTier.put(name, new Revenue(optional(accounts.fee(), key + ".fee"),
                        optional(accounts.labour(), key + ".labour"), optional(accounts.travel(), key + ".travel")));
            }
        }
        tiers = Map.copyOf(byTier);
        String code = language == null ? "" : language;
        if (Language.parse(code).isEmpty()) {
            throw new IllegalArgumentException("billing.accounting.language must be fr, en or de, got '" + code + "'");
        }
        language = Language.parse(code).orElseThrow().code();
    }

    /** A revenue account per kind of line; in {@link #tiers}, null where the general account applies. */
    public record Revenue(String fee, String labour, String travel) {

        String of(LineKind kind) {
            return switch (kind) {
                case FEE -> fee;
                case LABOUR -> labour;
                case TRAVEL -> travel;
            };
        }
    }

    /** The account a line of this kind and tier is credited to. */
    public String revenueAccount(LineKind kind, Tier tier) {
        Revenue own = tier == null ? null : tiers.get(tier.name());
        String account = own == null ? null : own.of(kind);
        return account != null ? account : revenue.of(kind);
    }

    public Language overviewLanguage() {
        return Language.parse(language).orElseThrow();
    }

    private static String required(String account, String key) {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException(key + " is blank: it needs an account number of the chart of accounts"
                    + " (see the README's \"Closing the month\")");
        }
        return account.trim();
    }

    /** Left out is fine; given blank is a mistake. */
    private static String optional(String account, String key) {
        return account == null ? null : required(account, key);
    }
}
