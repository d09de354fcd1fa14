package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.Problem;

/** The core as a program that uses it as a library calls it: what it is told when it calls it wrong. */
class LibraryApiTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingRequestOrJournalFolderIsNamedInTheException() {
        assertThatThrownBy(() -> new Smallwins().build(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("BuildRequest");
        assertThatThrownBy(() -> new Smallwins().render(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("BuildRequest");
        assertThatThrownBy(() -> Smallwins.read(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("BuildRequest");
        assertThatThrownBy(() -> BuildRequest.of(null, tmp.resolve("site")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("journalDir");
    }

    @Test
    void buildingWithNoOutputFolderSaysSoWhileRenderingNeedsNone() {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/2025-01-01-walk.md",
                "---\ntitle: Walk\ndate: 2025-01-01\n---\nA walk.\n");
        BuildRequest noOutput = BuildRequest.of(journal, null).withToday(SmallwinsBuildTest.TODAY);

        assertThatThrownBy(() -> new Smallwins().build(noOutput))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("outputDir");
        assertThat(new Smallwins().render(noOutput).site().file("index.html")).isPresent();
    }

    /**
     * A program checking a journal, as the README says, gets every problem back from problems()
     * rather than an exception it must catch: a missing folder, a journal.yml that cannot be read.
     */
    @Test
    void problemsReturnsWhatABuildWouldThrowInsteadOfThrowing() {
        List<Problem> missing = new Smallwins().problems(BuildRequest.of(tmp.resolve("nowhere"), null));
        Path badSettings = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: [unclosed\n");

        assertThat(missing).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.message()).contains("is not a folder");
        });
        assertThat(new Smallwins().problems(BuildRequest.of(badSettings, null).withToday(SmallwinsBuildTest.TODAY)))
                .anySatisfy(problem -> {
                    assertThat(problem.path()).isEqualTo("journal.yml");
                    assertThat(problem.line()).isEqualTo(1);
                    assertThat(problem.field()).isEqualTo("title");
                });
    }

    /** Each package says what it is for, the front door (org.smallwins) first: javadoc opens there. */
    @Test
    void everyPackageHasItsPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/org/smallwins"))) {
            dirs.filter(Files::isDirectory).forEach(dir ->
                    assertThat(dir.resolve("package-info.java")).as(dir.toString()).isRegularFile());
        }
    }

    /**
     * The front door's public methods are the ones a program or an edge calls: a method public only
     * for a test (such as the count of entries' views made afresh) widens what a reader must learn.
     */
    @Test
    void theFrontDoorIsPublicOnlyWhereAProgramOrAnEdgeCallsIt() {
        List<String> surface = Arrays.stream(Smallwins.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).distinct().sorted().toList();

        assertThat(surface).containsExactly("build", "lastPagesRendered", "now", "problems", "read", "render",
                "requireJournalFolder", "today", "warnOfEpochBeforeEntries");
    }

    /**
     * A library user reads the javadoc of what they call: every public type, constructor, method,
     * field and enum constant of the front door, of the problems it throws, and of the packages its
     * answers are made of (the journal's model, what is worked out from it, how it is loaded and
     * checked), says what it is for. In those packages a record also names each of its components
     * with {@code @param}, and each enum constant says what it means.
     */
    @Test
    void everyPublicDeclarationAProgramMeetsHasJavadoc() throws IOException {
        List<Path> frontDoor = Stream.of("Smallwins.java", "BuildRequest.java", "BuildResult.java",
                "problem/Problem.java", "problem/JournalException.java")
                .map(file -> Path.of("src/main/java/org/smallwins", file)).toList();
        List<Path> model = new ArrayList<>();
        for (String dir : List.of("model", "insight", "load", "check")) {
            try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/smallwins", dir))) {
                sources.filter(f -> f.toString().endsWith(".java")).sorted().forEach(model::add);
            }
        }

        assertThat(UndocumentedDeclarations.in(frontDoor)).isEmpty();
        assertThat(UndocumentedDeclarations.in(model)).isEmpty();
    }

    /** The checker sees what javadoc would: a declaration hidden inside a package-private class is not met. */
    @Test
    void theJavadocCheckFindsWhatALibraryUserMeetsUndocumented() throws IOException {
        Path source = Files.writeString(tmp.resolve("Sample.java"), """
                package sample;

                /**
                 * A sample.
                 *
                 * @param documented said
                 */
                public record Sample(int documented, int bare) {
                    public static final int LIMIT = 3;

                    public Sample {
                    }

                    public Sample(int documented) {
                        this(documented, 0);
                    }

                    /** Said. */
                    public int said() {
                        return 1;
                    }

                    public enum Kind { ONE }

                    @Override
                    public String toString() {
                        return "";
                    }

                    static class Hidden {
                        public void notMet() {
                        }
                    }
                }
                """);

        assertThat(UndocumentedDeclarations.in(List.of(source))).containsExactlyInAnyOrder(
                "Sample.java:8: record Sample has no @param for bare",
                "Sample.java:9: LIMIT",
                "Sample.java:14: <init>",
                "Sample.java:23: Kind",
                "Sample.java:23: ONE");
    }

    /**
     * Public declarations without a doc comment, read from source with the JDK's own parser: a
     * line-by-line reading misses enum constants and record components. A record's compact
     * constructor and an override take their documentation from elsewhere.
     */
    static final class UndocumentedDeclarations extends TreePathScanner<Void, Void> {
        private final List<String> found = new ArrayList<>();
        private final DocTrees docs;
        private final CompilationUnitTree unit;
        private final String fileName;
        private final String text;

        private UndocumentedDeclarations(DocTrees docs, CompilationUnitTree unit) throws IOException {
            this.docs = docs;
            this.unit = unit;
            this.fileName = Path.of(unit.getSourceFile().toUri()).getFileName().toString();
            this.text = unit.getSourceFile().getCharContent(true).toString();
        }

        static List<String> in(List<Path> files) throws IOException {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
                JavacTask task = (JavacTask) javac.getTask(null, fileManager, null, List.of("-proc:none"), null,
                        fileManager.getJavaFileObjectsFromPaths(files));
                DocTrees docs = DocTrees.instance(task);
                List<String> found = new ArrayList<>();
                for (CompilationUnitTree unit : task.parse()) {
                    UndocumentedDeclarations scanner = new UndocumentedDeclarations(docs, unit);
                    scanner.scan(unit, null);
                    found.addAll(scanner.found);
                }
                return found;
            }
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (!isMet(type.getModifiers())) {
                return null; // nothing inside a type a program cannot name is met either
            }
            DocCommentTree comment = docs.getDocCommentTree(getCurrentPath());
            if (comment == null) {
                report(type, type.getSimpleName().toString());
            } else if (type.getKind() == Tree.Kind.RECORD) {
                Set<String> said = comment.getBlockTags().stream()
                        .filter(ParamTree.class::isInstance).map(tag -> ((ParamTree) tag).getName().toString())
                        .collect(Collectors.toSet());
                for (Tree member : type.getMembers()) {
                    // A record's only instance fields are its components.
                    if (member instanceof VariableTree component
                            && !component.getModifiers().getFlags().contains(STATIC)
                            && !said.contains(component.getName().toString())) {
                        report(type, "record " + type.getSimpleName() + " has no @param for " + component.getName());
                    }
                }
            }
            return super.visitClass(type, unused);
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            boolean override = method.getModifiers().getAnnotations().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
            // The parser gives a compact constructor the record's parameters: only the source tells it apart.
            boolean compactConstructor = method.getReturnType() == null && method.getBody() != null
                    && !text.substring(start(method), start(method.getBody())).contains("(");
            if (isMet(method.getModifiers()) && !override && !compactConstructor) {
                requireComment(method, method.getName().toString());
            }
            return null;
        }

        @Override
        public Void visitVariable(VariableTree field, Void unused) {
            boolean enumConstant = enclosingType().getKind() == Tree.Kind.ENUM
                    && field.getInitializer() instanceof NewClassTree;
            if (enumConstant || isMet(field.getModifiers())) {
                requireComment(field, field.getName().toString());
            }
            return null;
        }

        private boolean isMet(ModifiersTree modifiers) {
            return modifiers.getFlags().contains(PUBLIC);
        }

        private ClassTree enclosingType() {
            return (ClassTree) getCurrentPath().getParentPath().getLeaf();
        }

        private void requireComment(Tree declaration, String name) {
            if (docs.getDocCommentTree(getCurrentPath()) == null) {
                report(declaration, name);
            }
        }

        private int start(Tree tree) {
            return (int) docs.getSourcePositions().getStartPosition(unit, tree);
        }

        private void report(Tree declaration, String what) {
            found.add(fileName + ":" + unit.getLineMap().getLineNumber(start(declaration)) + ": " + what);
        }
    }
}
