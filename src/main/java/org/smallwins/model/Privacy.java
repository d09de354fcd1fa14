package org.smallwins.model;

/**
 * The {@code privacy:} settings.
 *
 * @param encrypt      encrypt every page with a password (see docs/privacy.md)
 * @param passwordFile a file holding the password, relative to the journal folder; null means the
 *                     password comes from the SMALLWINS_PASSWORD environment variable
 * @param encryptLine      the line of {@code encrypt:} in journal.yml (of {@code privacy:} when it has
 *                         no {@code encrypt:}), for messages; 0 when not written there
 * @param passwordFileLine the line of {@code passwordFile:} in journal.yml, 0 when not written there
 */
public record Privacy(boolean encrypt, String passwordFile, int encryptLine, int passwordFileLine) {
    /** No encryption: the settings of a journal.yml without {@code privacy:}. */
    public static final Privacy OFF = new Privacy(false, null);

    /** Settings not read from a file: no lines to point at. */
    public Privacy(boolean encrypt, String passwordFile) {
        this(encrypt, passwordFile, 0, 0);
    }
}
