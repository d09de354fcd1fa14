package org.smallwins.model;

/**
 * The {@code privacy:} settings.
 *
 * @param encrypt      encrypt every page with a password (see docs/privacy.md)
 * @param passwordFile a file holding the password, relative to the journal folder; null means the
 *                     password comes from the SMALLWINS_PASSWORD environment variable
 */
public record Privacy(boolean encrypt, String passwordFile) {
    public static final Privacy OFF = new Privacy(false, null);
}
