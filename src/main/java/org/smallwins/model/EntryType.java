package org.smallwins.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of entry a file is; the folder a file sits in gives the default. */
public enum EntryType {
    WIN("win", "Win", "Wins", "wins"),
    REFLECTION("reflection", "Reflection", "Reflections", "reflections"),
    SETBACK("setback", "Setback", "Setbacks", "setbacks"),
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

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

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

    public static Optional<EntryType> fromId(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (EntryType type : ALL) {
            if (type.id.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<EntryType> fromFolder(String folderName) {
        String wanted = folderName.toLowerCase(Locale.ROOT);
        for (EntryType type : ALL) {
            if (type.folder.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static String allIds() {
        return "win, reflection, setback or goal";
    }
}
