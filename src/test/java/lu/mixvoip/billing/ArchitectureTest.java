package lu.mixvoip.billing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the product's packages, checked on the compiled main classes (not the tests):
 * <pre>
 *   application class ─► cli ─► job ─► batch ─► issue ─► run, staging
 *                              ─► imports, delivery, finance ─► run
 *                                   ─► input, store, pdf, einvoice, report ─► core
 * </pre>
 * {@code core} holds the billing rules and depends on nothing else of the project, nor on Spring or any I/O;
 * {@code input}, {@code store}, {@code pdf}, {@code einvoice} and {@code report} each stand on {@code core} alone;
 * {@code run} holds what every command's run shares (exit codes, outcome and report, progress, drills, locks, the
 * loader's sink); {@code staging} holds a billing run's month, staged in the store or held in memory; {@code issue}
 * is the month's work without Spring Batch (load, the issue pipeline, comparison, preview, reports, restoration);
 * {@code batch} wires it into the Spring Batch job (steps, tasklets, readers); {@code job} decides what a billing
 * command does and launches the job; {@code job}, {@code imports}, {@code delivery} and {@code finance} orchestrate,
 * none using another; {@code cli} is the top,
 * used only by the application class. {@code BillingProperties}, the application's settings, stands on {@code core}
 * and is read by the orchestrating layers. A package outside these layers fails the test until it is given its
 * place here.
 */
@AnalyzeClasses(packages = "lu.mixvoip.billing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "lu.mixvoip.billing";

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Application").definedBy(belongToAnyOf(SupportBillingApplication.class))
            .layer("Settings").definedBy(belongToAnyOf(BillingProperties.class))
            .layer("Cli").definedBy(ROOT + ".cli..")
            .layer("Job").definedBy(ROOT + ".job..")
            .layer("Batch").definedBy(ROOT + ".batch..")
            .layer("Issue").definedBy(ROOT + ".issue..")
            .layer("Imports").definedBy(ROOT + ".imports..")
            .layer("Delivery").definedBy(ROOT + ".delivery..")
            .layer("Finance").definedBy(ROOT + ".finance..")
            .layer("Run").definedBy(ROOT + ".run..")
            .layer("Staging").definedBy(ROOT + ".staging..")
            .layer("Input").definedBy(ROOT + ".input..")
            .layer("Store").definedBy(ROOT + ".store..")
            .layer("Pdf").definedBy(ROOT + ".pdf..")
            .layer("Einvoice").definedBy(ROOT + ".einvoice..")
            .layer("Report").definedBy(ROOT + ".report..")
            .layer("Core").definedBy(ROOT + ".core..")
            .whereLayer("Core").mayNotAccessAnyLayer()
            .whereLayer("Input").mayOnlyAccessLayers("Core")
            .whereLayer("Store").mayOnlyAccessLayers("Core")
            .whereLayer("Pdf").mayOnlyAccessLayers("Core")
            .whereLayer("Einvoice").mayOnlyAccessLayers("Core")
            .whereLayer("Report").mayOnlyAccessLayers("Core")
            .whereLayer("Settings").mayOnlyAccessLayers("Core")
            .whereLayer("Run").mayOnlyAccessLayers("Core", "Input", "Store")
            .whereLayer("Staging").mayOnlyAccessLayers("Core", "Store")
            .whereLayer("Issue").mayOnlyAccessLayers("Core", "Input", "Store", "Pdf", "Einvoice", "Report", "Settings",
                    "Run", "Staging")
            .whereLayer("Batch").mayOnlyAccessLayers("Core", "Input", "Store", "Pdf", "Einvoice", "Report", "Settings",
                    "Run", "Staging", "Issue")
            .whereLayer("Job").mayOnlyAccessLayers("Core", "Input", "Store", "Pdf", "Einvoice", "Report", "Settings",
                    "Run", "Staging", "Issue", "Batch")
            .whereLayer("Imports").mayOnlyAccessLayers("Core", "Input", "Store", "Pdf", "Einvoice", "Report",
                    "Settings", "Run")
            .whereLayer("Delivery").mayOnlyAccessLayers("Core", "Store", "Pdf", "Report", "Settings", "Run")
            .whereLayer("Finance").mayOnlyAccessLayers("Core", "Pdf", "Report", "Settings", "Run")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Application");

    @ArchTest
    static final ArchRule financeFiguresArePure = noClasses().that().resideInAPackage(ROOT + ".finance..")
            .and().haveSimpleNameNotStartingWith("FinanceRun").and().haveSimpleNameNotStartingWith("PeriodStore")
            .and().haveSimpleNameNotStartingWith("AccountingProperties")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.io..",
                    "java.nio.file..", "java.sql..", "javax.sql..")
            .because("the pack's figures are computed without Spring or IO; FinanceRun and PeriodStore read and write");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreIsPureRules = noClasses().that().resideInAPackage(ROOT + ".core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.io..",
                    "java.nio.file..", "java.sql..")
            .because("the billing rules are plain computations: the other layers read, store and write");
}
