package lu.mixvoip.billing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the product's packages, checked on the compiled main classes (not the tests):
 * <pre>
 *   application class ─► cli ─► job, imports, delivery, finance ─► input, store, pdf, einvoice, report ─► core
 * </pre>
 * {@code core} holds the billing rules and depends on nothing else of the project, nor on Spring or any I/O;
 * {@code input}, {@code store}, {@code pdf}, {@code einvoice} and {@code report} each stand on {@code core} alone;
 * {@code job} and {@code imports} orchestrate them ({@code imports} borrows a few small types of {@code job}, never
 * the reverse; {@code delivery} and {@code finance} likewise, and take the job's database run lock); {@code cli} is
 * the top, used only by the application class. {@code BillingProperties}, the application's settings, stands on
 * {@code core} and is read by the orchestrating layers. A package outside these layers fails the test until it is
 * given its place here.
 */
@AnalyzeClasses(packages = "lu.mixvoip.billing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "lu.mixvoip.billing";
    /** The types of {@code job} that {@code imports} shares: a run's exit code and outcome, progress, drills. */
    private static final Set<String> JOB_TYPES_SHARED_WITH_IMPORTS = Set.of("ExitCode", "RunOutcome", "Progress",
            "FaultInjection", "LoaderSink");
    /** The types of {@code job} that {@code delivery} shares: those of a run's end and drills, and the run lock. */
    private static final Set<String> JOB_TYPES_SHARED_WITH_DELIVERY = Set.of("ExitCode", "RunOutcome", "Progress",
            "FaultInjection", "Failures", "DatabaseRunLock");
    /** The types of {@code job} that {@code finance} shares: a run's exit code and outcome, the database run lock. */
    private static final Set<String> JOB_TYPES_SHARED_WITH_FINANCE = Set.of("ExitCode", "RunOutcome",
            "DatabaseRunLock");

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Application").definedBy(belongToAnyOf(SupportBillingApplication.class))
            .layer("Settings").definedBy(belongToAnyOf(BillingProperties.class))
            .layer("Cli").definedBy(ROOT + ".cli..")
            .layer("Job").definedBy(ROOT + ".job..")
            .layer("Imports").definedBy(ROOT + ".imports..")
            .layer("Delivery").definedBy(ROOT + ".delivery..")
            .layer("Finance").definedBy(ROOT + ".finance..")
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
            .whereLayer("Job").mayOnlyAccessLayers("Core", "Input", "Store", "Pdf", "Einvoice", "Report", "Settings")
            .whereLayer("Imports").mayOnlyAccessLayers("Core", "Input", "Store", "Pdf", "Einvoice", "Report",
                    "Settings", "Job")
            .whereLayer("Delivery").mayOnlyAccessLayers("Core", "Store", "Pdf", "Report", "Settings", "Job")
            .whereLayer("Finance").mayOnlyAccessLayers("Core", "Pdf", "Report", "Settings", "Job")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Application");

    @ArchTest
    static final ArchRule importsUseOnlyTheJobsSharedTypes = noClasses().that().resideInAPackage(ROOT + ".imports..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + ".job..").and(not(topLevelNamed(
                    JOB_TYPES_SHARED_WITH_IMPORTS))))
            .because("an import shares a run's small types with the job, not its steps");

    @ArchTest
    static final ArchRule deliveryUsesOnlyTheJobsSharedTypes = noClasses().that()
            .resideInAPackage(ROOT + ".delivery..").should().dependOnClassesThat(resideInAPackage(ROOT + ".job..")
                    .and(not(topLevelNamed(JOB_TYPES_SHARED_WITH_DELIVERY))))
            .because("a delivery shares a run's small types and its lock with the job, not its steps");

    @ArchTest
    static final ArchRule financeUsesOnlyTheJobsSharedTypes = noClasses().that().resideInAPackage(ROOT + ".finance..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + ".job..").and(not(topLevelNamed(
                    JOB_TYPES_SHARED_WITH_FINANCE))))
            .because("the finance pack shares a run's small types and its lock with the job, not its steps");

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

    /** Classes of {@code job} named in {@code names}, with their nested classes. */
    private static DescribedPredicate<JavaClass> topLevelNamed(Set<String> names) {
        return DescribedPredicate.describe("one of " + names, javaClass -> {
            String simpleName = javaClass.getName().substring(javaClass.getPackageName().length() + 1);
            return names.contains(simpleName.split("\\$")[0]);
        });
    }
}
