package org.smallwins.maven;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smallwins.problem.Problem;
import org.smallwins.write.OutputFolder;

/**
 * The core's messages name the command line's options ("build with --drafts", "smallwins new goal"),
 * as most writers use it. Said by a Maven goal, they name the goals' parameters instead, so a writer
 * who only has Maven is told something they can type.
 */
final class MavenWords {
    /** In order: the longer phrases before the options they hold. */
    private static final Map<String, String> COMMAND_LINE_TO_MAVEN = new LinkedHashMap<>();

    static {
        COMMAND_LINE_TO_MAVEN.put("smallwins new goal \"...\"",
                "mvn smallwins:new -Dsmallwins.type=goal -Dsmallwins.title=\"...\"");
        COMMAND_LINE_TO_MAVEN.put("'smallwins new' again", "'mvn smallwins:new' again");
        COMMAND_LINE_TO_MAVEN.put("'smallwins build'", "'mvn site-gen'");
        COMMAND_LINE_TO_MAVEN.put("'smallwins serve --drafts'", "'mvn smallwins:serve -Dsmallwins.drafts=true'");
        COMMAND_LINE_TO_MAVEN.put("Run the command in that folder, or give it as the journal folder.",
                "Run Maven in that folder, or give it with -Dsmallwins.journalDirectory=....");
        COMMAND_LINE_TO_MAVEN.put("--drafts", "-Dsmallwins.drafts=true");
        COMMAND_LINE_TO_MAVEN.put("--private", "-Dsmallwins.private=true");
        COMMAND_LINE_TO_MAVEN.put("--dir", "-Dsmallwins.journalDirectory=...");
        // The goals have no init: a journal is a journal.yml and a content/ folder beside the pom.xml.
        COMMAND_LINE_TO_MAVEN.put("start one with 'smallwins init'", "start one with a journal.yml and a content/"
                + " folder beside the pom.xml (the command line's 'smallwins init' writes both)");
        COMMAND_LINE_TO_MAVEN.put("Start one with 'smallwins init'", "Start one with a journal.yml and a content/"
                + " folder beside the pom.xml (the command line's 'smallwins init' writes both)");
        COMMAND_LINE_TO_MAVEN.put("run 'smallwins init'", "add a journal.yml and a content/ folder beside the"
                + " pom.xml (the command line's 'smallwins init' writes both)");
        COMMAND_LINE_TO_MAVEN.put("Point Smallwins at your journal folder,", "Point Smallwins at your journal"
                + " folder (-Dsmallwins.journalDirectory=...),");
    }

    private MavenWords() {
    }

    static String of(String message) {
        String said = message;
        for (Map.Entry<String, String> words : COMMAND_LINE_TO_MAVEN.entrySet()) {
            said = said.replace(words.getKey(), words.getValue());
        }
        return said;
    }

    static String of(Problem problem) {
        return of(problem.toString());
    }

    /**
     * A refused output folder, suggesting the goals' own place for a site: the core suggests
     * {@code <journal>/public}, the command line's default, where Maven builds into {@code target/site}.
     * The journal is named as the core names it: as given, or with its symbolic links resolved.
     */
    static List<Problem> suggestingSite(List<Problem> problems, Path journal) {
        return problems.stream().map(p -> new Problem(p.severity(), p.path(), p.line(), p.column(), p.field(),
                suggestingSite(p.message(), journal))).toList();
    }

    static String suggestingSite(String message, Path journal) {
        String said = message;
        for (Path named : new Path[] {journal.toAbsolutePath().normalize(), OutputFolder.real(journal)}) {
            said = said.replace(" like " + named.resolve("public") + ".",
                    " like " + named.resolve("target").resolve("site") + ", the default.");
        }
        return said;
    }
}
