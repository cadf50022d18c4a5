package lu.mixvoip.billing.finance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.PrintedNames;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.pdf.ArchivalPdf;

/**
 * overview.pdf: one A4 page for the finance team to look at (billing-rules §16). The key figures, then five charts
 * with their figures printed: revenue excl. VAT by tier, by skill (labour) and by country, the tickets' service
 * levels per tier, and the last twelve billing months. Drawn as vectors (JFreeChart on OpenPDF's Graphics2D), in the
 * seller's language, PDF/A-3b like the invoices ({@link ArchivalPdf}); a period without documents says so.
 */
final class OverviewPdf {
    private static final float WIDTH = PageSize.A4.getWidth();
    private static final float HEIGHT = PageSize.A4.getHeight();
    private static final double MARGIN = 36;
    private static final double GAP = 14;
    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    private static final Color ACCENT = new Color(0x1E, 0x3A, 0x5F);
    private static final Color LIGHT = new Color(0x9F, 0xB6, 0xD1);
    private static final Color RULE = new Color(0xD5, 0xDA, 0xE1);
    private static final Color TILE = new Color(0xF5, 0xF7, 0xFA);
    private static final Color MET = new Color(0x2E, 0x7D, 0x32);
    private static final Color BREACHED = new Color(0xC6, 0x28, 0x28);
    private static final Color PENDING = new Color(0xE0, 0x9A, 0x10);

    private final Overview overview;
    private final Language language;
    private final PrintedNames names;
    private final NumberFormat money;
    private final NumberFormat whole;

    private OverviewPdf(Overview overview) {
        this.overview = overview;
        this.language = overview.language();
        this.names = new PrintedNames(language);
        this.money = format("#,##0.00");
        this.whole = format("#,##0");
    }

    static byte[] render(Overview overview) {
        return new OverviewPdf(overview).render();
    }

    private byte[] render() {
        FinancePeriod period = overview.period();
        String title = title();
        return ArchivalPdf.onePage(new ArchivalPdf.Description(title, overview.seller(), subtitle(),
                        "finance " + period, period.lastDay(), "finance|" + overview.seller() + "|" + period),
                PageSize.A4, this::draw);
    }

    private void draw(PdfContentByte page) {
        Graphics2D g = page.createGraphics(WIDTH, HEIGHT, ArchivalPdf.FONTS);
        try {
            double width = WIDTH - 2 * MARGIN;
            double y = MARGIN;
            text(g, title(), MARGIN, y + 16, ArchivalPdf.font(true, 18), ACCENT);
            text(g, subtitle(), MARGIN, y + 32, ArchivalPdf.font(false, 9), MUTED);
            y += 44;
            g.setColor(RULE);
            g.setStroke(new BasicStroke(0.75f));
            g.draw(new java.awt.geom.Line2D.Double(MARGIN, y, MARGIN + width, y));
            y += 10;
            y = tiles(g, y, width) + GAP;
            double half = (width - GAP) / 2;
            double chartHeight = 190;
            if (overview.empty()) {
                g.setColor(TILE);
                g.fill(new Rectangle2D.Double(MARGIN, y, width, 2 * chartHeight + GAP));
                Font big = ArchivalPdf.font(true, 15);
                String none = language.pick("Aucun document émis sur cette période",
                        "No document was issued in this period", "In diesem Zeitraum wurde kein Beleg ausgestellt");
                text(g, none, MARGIN + (width - g.getFontMetrics(big).stringWidth(none)) / 2,
                        y + chartHeight + 5, big, MUTED);
            } else {
                Map<String, BigDecimal> tiers = named(Tier.values(), overview.byTier(), names::tier);
                Map<String, BigDecimal> skills = named(Skill.values(), overview.bySkill(), names::skill);
                bars(language.pick("Chiffre d'affaires HT par formule", "Revenue excl. VAT by tier",
                        "Nettoumsatz nach Vertrag"), tiers).draw(g, new Rectangle2D.Double(MARGIN, y, half,
                        chartHeight));
                bars(language.pick("Main-d'œuvre HT par compétence", "Labour excl. VAT by skill",
                        "Arbeitszeit netto nach Fachgebiet"), skills).draw(g,
                        new Rectangle2D.Double(MARGIN + half + GAP, y, half, chartHeight));
                y += chartHeight + GAP;
                bars(language.pick("Chiffre d'affaires HT par pays", "Revenue excl. VAT by country",
                        "Nettoumsatz nach Land"), overview.byCountry()).draw(g, new Rectangle2D.Double(MARGIN, y,
                        half, chartHeight));
                serviceLevels().draw(g, new Rectangle2D.Double(MARGIN + half + GAP, y, half, chartHeight));
            }
            y += chartHeight + GAP;
            twelveMonths().draw(g, new Rectangle2D.Double(MARGIN, y, width, 200));
            y += 200 + GAP;
            footnotes(g, y, width);
        } finally {
            g.dispose();
        }
    }

    private String title() {
        FinancePeriod p = overview.period();
        String when = p.isQuarter() ? language.pick((p.first().getMonthValue() / 3 + 1) + (p.first()
                        .getMonthValue() == 1 ? "er" : "e") + " trimestre " + p.first().getYear(),
                "Q" + (p.first().getMonthValue() / 3 + 1) + " " + p.first().getYear(),
                (p.first().getMonthValue() / 3 + 1) + ". Quartal " + p.first().getYear())
                : monthName(p.first(), false) + " " + p.first().getYear();
        return language.pick("Clôture comptable — ", "Month-end close — ", "Monatsabschluss — ") + when;
    }

    private String subtitle() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(language.pick("dd/MM/yyyy", "yyyy-MM-dd", "dd.MM.yyyy"),
                Locale.ROOT);
        FinancePeriod p = overview.period();
        return overview.seller() + " · " + language.pick("documents émis du ", "documents issued from ",
                "Belege ausgestellt vom ") + day.format(p.firstDay()) + language.pick(" au ", " to ", " bis ")
                + day.format(p.lastDay()) + language.pick(" · montants en EUR", " · amounts in EUR",
                " · Beträge in EUR");
    }

    /** The key figures, as six tiles; returns where they end. */
    private double tiles(Graphics2D g, double y, double width) {
        List<String[]> tiles = List.of(
                new String[] {language.pick("Chiffre d'affaires HT", "Revenue excl. VAT", "Nettoumsatz"),
                        money.format(overview.totalExclVat())},
                new String[] {language.pick("TVA", "VAT", "Umsatzsteuer"), money.format(overview.vat())},
                new String[] {language.pick("Total TTC", "Total incl. VAT", "Bruttobetrag"),
                        money.format(overview.totalInclVat())},
                new String[] {language.pick("Factures", "Invoices", "Rechnungen"),
                        whole.format(overview.invoices())},
                new String[] {language.pick("Notes de crédit", "Credit notes", "Gutschriften"),
                        whole.format(overview.creditNotes())},
                new String[] {language.pick("Lignes rejetées", "Rejected rows", "Abgelehnte Zeilen"),
                        whole.format(overview.rejectedRows())});
        double gap = 6;
        double tileWidth = (width - gap * (tiles.size() - 1)) / tiles.size();
        double height = 44;
        for (int i = 0; i < tiles.size(); i++) {
            double x = MARGIN + i * (tileWidth + gap);
            g.setColor(TILE);
            g.fill(new Rectangle2D.Double(x, y, tileWidth, height));
            g.setColor(ACCENT);
            g.fill(new Rectangle2D.Double(x, y, 2.5, height));
            text(g, tiles.get(i)[0], x + 8, y + 14, ArchivalPdf.font(false, 7), MUTED);
            text(g, tiles.get(i)[1], x + 8, y + 33, ArchivalPdf.font(true, i < 3 ? 11 : 14), INK);
        }
        return y + height;
    }

    private void footnotes(Graphics2D g, double y, double width) {
        Font small = ArchivalPdf.font(false, 6.5f);
        List<String> notes = List.of(
                language.pick("Les documents comptent à leur date d'émission : une refacturation compte dans la"
                                + " période où ses notes de crédit et nouvelles factures sont émises ; les notes de"
                                + " crédit sont déduites.",
                        "Documents count at their issue date: a re-bill counts in the period its credit notes and"
                                + " new invoices are issued; credit notes are deducted.",
                        "Belege zählen mit ihrem Ausstellungsdatum: eine Neuabrechnung zählt im Zeitraum, in dem"
                                + " ihre Gutschriften und neuen Rechnungen ausgestellt werden; Gutschriften sind"
                                + " abgezogen."),
                language.pick("Niveaux de service et lignes rejetées : ceux du dernier passage de chaque mois"
                                + " facturé dans la période ; un ticket est dépassé si sa réponse ou son intervention"
                                + " l'est.",
                        "Service levels and rejected rows: those of each billed month's last run in the period; a"
                                + " ticket is breached when its response or its intervention is.",
                        "Servicelevel und abgelehnte Zeilen: die des letzten Laufs jedes abgerechneten Monats im"
                                + " Zeitraum; ein Ticket ist überschritten, wenn Reaktion oder Eingriff es sind."),
                language.pick("Déclaration de TVA : vat-summary.csv · état récapitulatif (eCDF) : ec-sales-list.csv"
                                + " · comptabilité : journal.csv",
                        "VAT return: vat-summary.csv · EC Sales List (eCDF): ec-sales-list.csv · accounting:"
                                + " journal.csv",
                        "Umsatzsteuererklärung: vat-summary.csv · Zusammenfassende Meldung (eCDF):"
                                + " ec-sales-list.csv · Buchhaltung: journal.csv"));
        double line = y + 6;
        for (String note : notes) {
            text(g, note, MARGIN, line, small, MUTED);
            line += 10;
        }
    }

    /** The amounts by printed name, in the enum's order (tiers, skills). */
    private static <E extends Enum<E>> Map<String, BigDecimal> named(E[] order, Map<E, BigDecimal> amounts,
                                                                     java.util.function.Function<E, String> name) {
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        for (E key : order) {
            if (amounts.containsKey(key)) {
                values.put(name.apply(key), amounts.get(key));
            }
        }
        return values;
    }

    /** Horizontal bars, each with its amount printed at its end. */
    private JFreeChart bars(String title, Map<String, BigDecimal> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((name, amount) -> data.addValue(amount, "", name));
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false,
                false, false);
        style(chart, title);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setMaximumBarWidth(0.12);
        labels(renderer, money, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        chart.getCategoryPlot().getRangeAxis().setUpperMargin(0.32);
        return chart;
    }

    /** Per tier, the tickets met, breached and pending, stacked, each part's count printed in it. */
    private JFreeChart serviceLevels() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String met = language.pick("respectés", "met", "eingehalten");
        String breached = language.pick("dépassés", "breached", "überschritten");
        String pending = language.pick("en cours", "pending", "offen");
        // Each tier's three counts are also in its name: a part too thin to hold its figure still shows it.
        overview.serviceLevels().forEach((tier, tickets) -> {
            String name = names.tier(tier) + " (" + tickets.met() + " / " + tickets.breached() + " / "
                    + tickets.pending() + ")";
            data.addValue(tickets.met(), met, name);
            data.addValue(tickets.breached(), breached, name);
            data.addValue(tickets.pending(), pending, name);
        });
        String title = language.pick("Niveaux de service par formule (tickets)", "Service levels per tier (tickets)",
                "Servicelevel nach Vertrag (Tickets)");
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, null, data, PlotOrientation.HORIZONTAL,
                true, false, false);
        style(chart, title);
        if (data.getColumnCount() == 0) {
            chart.getCategoryPlot().setNoDataMessage(language.pick("Aucun ticket évalué", "No ticket assessed",
                    "Kein Ticket bewertet"));
        }
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, MET);
        renderer.setSeriesPaint(1, BREACHED);
        renderer.setSeriesPaint(2, PENDING);
        renderer.setMaximumBarWidth(0.14);
        labels(renderer, whole, new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", whole) {
            private static final long serialVersionUID = 1;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                Number value = dataset.getValue(row, column);
                return value == null || value.longValue() == 0 ? null : super.generateLabel(dataset, row, column);
            }
        });
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(
                NumberAxis.createIntegerTickUnits());
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ArchivalPdf.font(false, 7));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    /** Vertical bars of the twelve billing months; those billed in the period are darker. */
    private JFreeChart twelveMonths() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        java.util.Set<YearMonth> billedInPeriod = new java.util.HashSet<>();
        overview.twelveMonths().forEach((month, amount) -> data.addValue(amount, "",
                monthName(month, true) + " " + String.format(Locale.ROOT, "%02d", month.getYear() % 100)));
        for (YearMonth m = overview.period().first().minusMonths(1); !m.isAfter(overview.period().last()
                .minusMonths(1)); m = m.plusMonths(1)) {
            billedInPeriod.add(m);
        }
        List<YearMonth> months = List.copyOf(overview.twelveMonths().keySet());
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false,
                false, false);
        style(chart, language.pick("Chiffre d'affaires HT des douze derniers mois facturés (à l'euro près)",
                "Revenue excl. VAT of the last twelve billing months (to the euro)",
                "Nettoumsatz der letzten zwölf Abrechnungsmonate (auf den Euro)"));
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return billedInPeriod.contains(months.get(column)) ? ACCENT : LIGHT;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.06);
        renderer.setItemMargin(0);
        chart.getCategoryPlot().setRenderer(renderer);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(3f);
        labels(renderer, whole, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        chart.getCategoryPlot().getRangeAxis().setUpperMargin(0.15);
        return chart;
    }

    /** White, flat, thin grid, Invoice Sans everywhere, the title left-aligned above the plot. */
    private void style(JFreeChart chart, String title) {
        TextTitle heading = new TextTitle(title, ArchivalPdf.font(true, 9));
        heading.setPaint(INK);
        heading.setHorizontalAlignment(HorizontalAlignment.LEFT);
        heading.setPadding(new RectangleInsets(0, 0, 6, 0));
        chart.setTitle(heading);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(0, 0, 0, 0));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(RULE);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setNoDataMessageFont(ArchivalPdf.font(false, 8));
        plot.setNoDataMessagePaint(MUTED);
        plot.setNoDataMessage(language.pick("Rien sur la période", "Nothing in the period", "Nichts im Zeitraum"));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(ArchivalPdf.font(false, 7.5f));
        categories.setTickLabelPaint(INK);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(0.25);
        categories.setMaximumCategoryLabelWidthRatio(0.5f);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(ArchivalPdf.font(false, 6.5f));
        values.setTickLabelPaint(MUTED);
        values.setNumberFormatOverride(whole);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        if (plot.getRenderer() instanceof BarRenderer renderer) {
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
        }
    }

    private static void labels(BarRenderer renderer, NumberFormat format, ItemLabelPosition position) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ArchivalPdf.font(false, 7));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(position);
        renderer.setDefaultNegativeItemLabelPosition(position);
        renderer.setItemLabelAnchorOffset(3);
    }

    private static void text(Graphics2D g, String text, double x, double y, Font font, Color color) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, (float) x, (float) y);
    }

    /** Grouping and decimal marks of the language, spelled out (no locale data, whose spaces the font may lack). */
    private NumberFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(language.pick(" ", ",", ".").charAt(0));
        symbols.setDecimalSeparator(language.pick(",", ".", ",").charAt(0));
        symbols.setMinusSign('-');
        return new DecimalFormat(pattern, symbols);
    }

    private String monthName(YearMonth month, boolean abbreviated) {
        int i = month.getMonthValue() - 1;
        String[] fr = abbreviated
                ? new String[] {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                        "nov.", "déc."}
                : new String[] {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                        "octobre", "novembre", "décembre"};
        String[] en = abbreviated
                ? new String[] {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
                : new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"};
        String[] de = abbreviated
                ? new String[] {"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.",
                        "Nov.", "Dez."}
                : new String[] {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                        "Oktober", "November", "Dezember"};
        return language.pick(fr[i], en[i], de[i]);
    }
}
