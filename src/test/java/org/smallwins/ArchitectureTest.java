package org.smallwins;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.smallwins.render.Theme;

/** Holds the lines the design draws: the core knows none of its edges, and each library stays in its package. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smallwins");

    static final String[] EDGES = {"org.smallwins.cli..", "org.smallwins.maven..", "org.smallwins.serve.."};

    @Test
    void coreDoesNotKnowItsEdges() {
        // The edges' own libraries too: the preview server's HTTP server and file watcher.
        noClasses().that().resideOutsideOfPackages(EDGES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.smallwins.cli..", "org.smallwins.maven..", "org.smallwins.serve..", "picocli..",
                        "org.apache.maven..", "com.sun.net.httpserver..", "io.methvin..")
                .check(CLASSES);
    }

    /**
     * A program using the core as a library gets problems as exceptions and results: the core never
     * prints, logs to the console or ends the program; only the edges talk to a terminal.
     */
    @Test
    void coreNeitherPrintsNorExits() {
        noClasses().that().resideOutsideOfPackages(EDGES)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(CLASSES);
    }

    /**
     * What a build does depends on the request and the journal, and on the environment only where the
     * front door says so (SOURCE_DATE_EPOCH, SMALLWINS_PASSWORD, in Smallwins's javadoc): a variable
     * read deep in a step would change a library user's site behind their back.
     */
    @Test
    void onlyTheFrontDoorReadsTheEnvironment() {
        // Any access counts, a method reference (System::getenv handed to a step) as much as a call.
        DescribedPredicate<JavaAccess<?>> readsTheEnvironment = DescribedPredicate.describe("System.getenv",
                access -> access.getTargetOwner().isEquivalentTo(System.class)
                        && access.getTarget().getName().equals("getenv"));
        noClasses().that().resideOutsideOfPackages(EDGES).and().doNotBelongToAnyOf(Smallwins.class)
                .should().accessTargetWhere(readsTheEnvironment)
                .check(CLASSES);
    }

    /**
     * Two builds in one program share nothing through the core's classes: a static field is a
     * constant or a cache that gives every caller the same answer. Theme's hold the jar's own
     * built-in theme, read once under a lock, which cannot change while the program runs.
     */
    @Test
    void theCoreKeepsNoStaticStateThatChanges() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackages(EDGES)
                .and().areNotDeclaredIn(Theme.class)
                .should().beFinal()
                .check(CLASSES);
    }

    /**
     * A program that embeds the core keeps its JVM as it set it up: a build changes no system
     * property, default locale or time zone, and leaves no shutdown hook behind.
     */
    @Test
    void theCoreChangesNothingJvmWide() {
        noClasses().that().resideOutsideOfPackages(EDGES)
                .should().callMethod(System.class, "setProperty", String.class, String.class)
                .orShould().callMethod(System.class, "clearProperty", String.class)
                .orShould().callMethod(Locale.class, "setDefault", Locale.class)
                .orShould().callMethod(Locale.class, "setDefault", Locale.Category.class, Locale.class)
                .orShould().callMethod(TimeZone.class, "setDefault", TimeZone.class)
                .orShould().callMethod(Runtime.class, "addShutdownHook", Thread.class)
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
