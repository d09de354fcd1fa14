package org.smallwins.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What to say of words on the command line that no command, option or parameter took, in place of
 * picocli's "Unmatched argument at index 2", which names neither the mistake nor the way out.
 */
final class LeftOverWords {
    private LeftOverWords() {
    }

    /** The message for {@code words}, left over by {@code command}; options that are unknown are said by picocli. */
    static String message(CommandSpec command, List<String> words) {
        if (!command.subcommands().isEmpty()) {
            // The first word names the command; the suggestions that follow are for it alone.
            return "'" + words.get(0) + "' is not a command.";
        }
        String quoted = words.stream().map(word -> "'" + word + "'").collect(Collectors.joining(", "));
        String notExpected = quoted + (words.size() == 1 ? " was" : " were") + " not expected";
        boolean takesFolder = command.positionalParameters().stream().anyMatch(p -> p.paramLabel().equals("DIR"));
        if (!takesFolder) {
            return notExpected + ".";
        }
        // The commonest cause: a folder name with a space, written without quotes.
        return notExpected + ": '" + command.qualifiedName() + "' takes one folder at most."
                + " A folder name with spaces goes in quotes, like \"my journal\".";
    }
}
