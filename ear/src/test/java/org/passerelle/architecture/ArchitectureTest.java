package org.passerelle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one-way module dependencies of DESIGN §3, checked on the compiled modules: crypto and
 * secrecy depend on nothing of ours nor on Jakarta EE; web depends on application; nothing
 * depends on web; only the persistence package touches the EntityManager.
 */
@AnalyzeClasses(packages = "org.passerelle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("web").definedBy("org.passerelle.web..")
            .layer("application").definedBy("org.passerelle.application..")
            .layer("exchange").definedBy("org.passerelle.exchange..")
            .layer("journal").definedBy("org.passerelle.journal..")
            .layer("domain").definedBy("org.passerelle.domain..")
            .layer("report").definedBy("org.passerelle.report..")
            .layer("secrecy").definedBy("org.passerelle.secrecy..")
            .layer("crypto").definedBy("org.passerelle.crypto..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("application").mayOnlyBeAccessedByLayers("web")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("application")
            .whereLayer("journal").mayOnlyBeAccessedByLayers("application", "exchange")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("web", "application", "exchange", "journal")
            .whereLayer("report").mayOnlyBeAccessedByLayers("web", "application")
            .whereLayer("secrecy").mayOnlyBeAccessedByLayers("web", "application", "exchange", "journal", "domain")
            .whereLayer("crypto").mayOnlyBeAccessedByLayers("application", "exchange", "journal", "domain");

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().matching("org.passerelle.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule plainJavaModulesStayFreeOfJakartaEe = noClasses()
            .that().resideInAnyPackage("org.passerelle.crypto..", "org.passerelle.secrecy..", "org.passerelle.journal..",
                    "org.passerelle.report..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyPersistenceTouchesTheEntityManager = noClasses()
            .that().resideOutsideOfPackage("org.passerelle.domain.persistence..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule bouncyCastleStaysInternal = noClasses()
            .that().resideInAPackage("org.passerelle..")
            .and().resideOutsideOfPackage("..internal..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
            .allowEmptyShould(true);
}
