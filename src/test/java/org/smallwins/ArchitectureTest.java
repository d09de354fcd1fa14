package org.smallwins;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds the lines the design draws: the core knows none of its edges, and each library stays in its package. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smallwins");

    @Test
    void coreDoesNotKnowItsEdges() {
        noClasses().that().resideOutsideOfPackages("org.smallwins.cli..", "org.smallwins.maven..", "org.smallwins.serve..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.smallwins.cli..", "org.smallwins.maven..", "org.smallwins.serve..", "picocli..",
                        "org.apache.maven..")
                .check(CLASSES);
    }

    @Test
    void onlyTheMarkdownPackageKnowsFlexmark() {
        noClasses().that().resideOutsideOfPackage("org.smallwins.markdown..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
                .check(CLASSES);
    }

    @Test
    void onlyTheRenderPackageKnowsFreemarker() {
        noClasses().that().resideOutsideOfPackage("org.smallwins.render..")
                .should().dependOnClassesThat().resideInAPackage("freemarker..")
                .check(CLASSES);
    }

    @Test
    void onlyThePrivacyPackageEncrypts() {
        noClasses().that().resideOutsideOfPackage("org.smallwins.privacy..")
                .should().dependOnClassesThat().resideInAPackage("javax.crypto..")
                .check(CLASSES);
    }

    @Test
    void theModelDoesNoInputOrOutput() {
        noClasses().that().resideInAPackage("org.smallwins.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.io..")
                .check(CLASSES);
    }
}
