package org.passerelle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.passerelle.application.access.AccessEntries;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.journal.AccessJournal;
import org.passerelle.application.protection.FieldProtection;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.Outcome;

/**
 * The one-way module dependencies of DESIGN §3, checked on the compiled modules: crypto and
 * secrecy depend on nothing of ours; the plain-Java modules on no Jakarta EE; web depends on
 * application; nothing depends on web; no cycle between the areas of application, web and domain;
 * the partner simulator on no module of ours; only the persistence package touches the EntityManager; only the access gate
 * opens a sealed field, writes an access entry or makes a refusal (issue "Secrecy by construction").
 */
@AnalyzeClasses(
        packages = "org.passerelle",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotTheSimulator.class})
class ArchitectureTest {

    private static final String SIMULATOR = "org.passerelle.simulator";

    /** The partner simulator is not part of Passerelle: it is checked apart ({@link #theSimulatorUsesNoProductionModule}). */
    static final class NotTheSimulator implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/" + SIMULATOR.replace('.', '/') + "/");
        }
    }

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("web")
            .definedBy("org.passerelle.web..")
            .layer("application")
            .definedBy("org.passerelle.application..")
            .layer("exchange")
            .definedBy("org.passerelle.exchange..")
            .layer("journal")
            .definedBy("org.passerelle.journal..")
            .layer("domain")
            .definedBy("org.passerelle.domain..")
            .layer("report")
            .definedBy("org.passerelle.report..")
            .layer("secrecy")
            .definedBy("org.passerelle.secrecy..")
            .layer("crypto")
            .definedBy("org.passerelle.crypto..")
            .whereLayer("web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("application")
            .mayOnlyBeAccessedByLayers("web")
            .whereLayer("exchange")
            .mayOnlyBeAccessedByLayers("application")
            .whereLayer("journal")
            .mayOnlyBeAccessedByLayers("application", "exchange")
            .whereLayer("domain")
            .mayOnlyBeAccessedByLayers("web", "application", "exchange", "journal")
            .whereLayer("report")
            .mayOnlyBeAccessedByLayers("web", "application")
            .whereLayer("secrecy")
            .mayOnlyBeAccessedByLayers("web", "application", "exchange", "journal", "domain")
            .whereLayer("crypto")
            .mayOnlyBeAccessedByLayers("application", "exchange", "journal", "domain");

    @ArchTest
    static final ArchRule modulesHaveNoCycles =
            slices().matching("org.passerelle.(*)..").should().beFreeOfCycles();

    /** Inside a module too, one-way: {@code channel} depends on {@code referral}, never the reverse (issue 17). */
    @ArchTest
    static final ArchRule applicationAreasHaveNoCycles =
            slices().matching("org.passerelle.application.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webAreasHaveNoCycles =
            slices().matching("org.passerelle.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainAggregatesHaveNoCycles =
            slices().matching("org.passerelle.domain.(*)..").should().beFreeOfCycles();

    /** The plain-Java modules are testable without a server (STYLE §2). */
    @ArchTest
    static final ArchRule plainJavaModulesStayFreeOfJakartaEe = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.passerelle.crypto..",
                    "org.passerelle.secrecy..",
                    "org.passerelle.journal..",
                    "org.passerelle.exchange..",
                    "org.passerelle.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "javax.persistence..");

    /**
     * The simulator is an independent partner (DESIGN §3): a bug in our exchange code must not be
     * mirrored, and hidden, by the party the tests check it against.
     */
    @ArchTest
    static void theSimulatorUsesNoProductionModule(JavaClasses production) {
        JavaClasses simulator = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(SIMULATOR);
        noClasses()
                .that()
                .resideInAPackage(SIMULATOR + "..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.passerelle..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(SIMULATOR + "..")))
                .because("the simulator decrypts, verifies and parses with its own code")
                .check(simulator);
    }

    @ArchTest
    static final ArchRule onlyPersistenceTouchesTheEntityManager = noClasses()
            .that()
            .resideOutsideOfPackage("org.passerelle.domain.persistence..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager");

    private static final String GATE = "org.passerelle.application.access..";

    /** Opening a sealed field is what the journal must see: only the gate's opener does it. */
    @ArchTest
    static final ArchRule onlyTheGateOpensSealedFields = noClasses()
            .that()
            .resideOutsideOfPackage(GATE)
            .should()
            .callMethod(FieldProtection.class, "open", SealedRow.class, Field.class)
            .because("the access gate opens fields and journals exactly those (S3, S11)");

    /** Sealing goes through the gate too, which refuses and journals a field the access does not cover. */
    @ArchTest
    static final ArchRule onlyTheGateSealsFields = noClasses()
            .that()
            .resideOutsideOfPackage(GATE)
            .should()
            .callMethod(FieldProtection.class, "seal", SealedRow.class, Field.class, String.class)
            .because("a write of a field the caller may not see is a journaled refusal (S6, S11)");

    @ArchTest
    static final ArchRule onlyTheGateWritesAccessEntries = noClasses()
            .that()
            .resideOutsideOfPackage(GATE)
            .and()
            .doNotHaveFullyQualifiedName(AccessJournal.class.getName())
            .should()
            .callMethodWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(AccessEntries.class))))
            .because("the access gate is the one writer of the journal (S11)");

    @ArchTest
    static final ArchRule onlyTheGateMakesRefusals = noClasses()
            .that()
            .resideOutsideOfPackage(GATE)
            .should()
            .callConstructor(AccessRefusedException.class, Outcome.class, String.class)
            .because("a refusal is journaled where it is made, in the gate (S11)");

    @ArchTest
    static final ArchRule bouncyCastleStaysInternal = noClasses()
            .that()
            .resideInAPackage("org.passerelle..")
            .and()
            .resideOutsideOfPackage("..internal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.bouncycastle..")
            .allowEmptyShould(true);
}
