package org.passerelle.journal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module stays plain Java: JDBC and the JDK, Bouncy Castle behind {@code .internal}. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.passerelle.journal");

    @Test
    void noJakartaEeNorJpa() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "javax.persistence..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void bouncyCastleOnlyInInternal() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.passerelle.journal.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.bouncycastle..")
                .check(classes);
    }

    /** Only the crypto module (for key derivation): the journal stays below the domain and the application. */
    @Test
    void noOtherPasserelleModuleThanCrypto() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAPackage("org.passerelle..")
                        .and(resideOutsideOfPackage("org.passerelle.journal.."))
                        .and(resideOutsideOfPackage("org.passerelle.crypto..")))
                .check(classes);
    }
}
