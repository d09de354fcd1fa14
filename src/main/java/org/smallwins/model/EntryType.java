package org.smallwins.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of entry a file is; the folder a file sits in gives the default. */
public enum EntryType {
    /** Something that went well, however small: what the journal is kept for, and what insights count. */
    WIN("win", "Win", "Wins", "wins"),
    /** A thought written down; also the type of an entry that neither {@code type:} nor its folder names. */
    REFLECTION("reflection", "Reflection", "Reflections", "reflections"),
    /** A hard moment. Insights show the win that came after it (a comeback), and never hold it against the writer. */
    SETBACK("setback", "Setback", "Setbacks", "setbacks"),
    /** A goal set out (see {@link Goal}); wins check in to it by naming its id in {@code goal:}. */
    GOAL("goal", "Goal", "Goals", "goals");

    private final String id;
    private final String label;
    private final String pluralLabel;
    private final String folder;

    EntryType(String id, String label, String pluralLabel, String folder) {
        this.id = id;
        this.label = label;
        this.pluralLabel = pluralLabel;
        this.folder = folder;
    }

    /** The word written in {@code type:}: "win", "reflection", "setback" or "goal". */
    public String id() {
        return id;
    }

    /** The name pages show, in English: "Win". */
    public String label() {
        return label;
    }

    /** The plural name pages show, in English: "Wins". */
    public String pluralLabel() {
        return pluralLabel;
    }

    /** The conventional folder name, also the URL section of the type's timeline. */
    public String folder() {
        return folder;
    }

    // Asked for every entry (its folders, one by one): a loop over one array rather than a stream
    // over a copy of values() each time.
    private static final EntryType[] ALL = values();

    /** The type a {@code type:} value names, case and surrounding spaces aside; empty when it names none. */
    public static Optional<EntryType> fromId(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (EntryType type : ALL) {
            if (type.id.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type whose {@link #folder()} is {@code folderName}, case aside; empty for any other folder. */
    public static Optional<EntryType> fromFolder(String folderName) {
        String wanted = folderName.toLowerCase(Locale.ROOT);
        for (EntryType type : ALL) {
            if (type.folder.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Every {@link #id()}, as a message offers them: "win, reflection, setback or goal". */
    public static String allIds() {
        return "win, reflection, setback or goal";
    }
}
