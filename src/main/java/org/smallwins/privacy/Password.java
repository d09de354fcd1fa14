package org.smallwins.privacy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.smallwins.load.SourceText;
import org.smallwins.model.Privacy;
import org.smallwins.problem.Problem;

/**
 * Finds the journal's password: in the file {@code privacy.passwordFile} names, else the one a
 * program gave ({@code BuildRequest.withPassword}), else in the environment variable
 * SMALLWINS_PASSWORD. Never from the command line, where it would be kept in shell history and
 * shown to every user in the process list, and never written anywhere.
 */
public final class Password {
    public static final String VARIABLE = "SMALLWINS_PASSWORD";
    /** Below this, a password can be guessed offline from any page within reach of ordinary hardware. */
    public static final int RECOMMENDED_LENGTH = 12;
    private static final String SETTINGS = "journal.yml";
    /** Where a password a program gave came from, as problems name it. */
    static final String GIVEN = "BuildRequest.withPassword";

    private Password() {
    }

    /** The password, or null with an error added to {@code problems}; a warning when it is short. */
    public static char[] find(Path journalDir, Privacy privacy, UnaryOperator<String> env, List<Problem> problems) {
        return find(journalDir, privacy, null, env, problems);
    }

    /**
     * As {@link #find(Path, Privacy, UnaryOperator, List)}, with the password a program gave (null
     * when none): the file, named in journal.yml, still wins; the variable is read only without either.
     * What is returned is {@code given} itself when that is used.
     */
    public static char[] find(Path journalDir, Privacy privacy, char[] given, UnaryOperator<String> env,
                              List<Problem> problems) {
        String password;
        String from;
        if (privacy.passwordFile() != null) {
            Path file = journalDir.resolve(privacy.passwordFile());
            from = privacy.passwordFile();
            Path published = journalDir.resolve("static").toAbsolutePath().normalize();
            // Also with links resolved: "secrets/.password" where secrets/ is a link into static/.
            if (file.toAbsolutePath().normalize().startsWith(published) || real(file).startsWith(real(published))) {
                // Everything in static/ is copied to the site as it is: the password would be published with it.
                problems.add(Problem.error(SETTINGS, privacy.passwordFileLine(), "privacy.passwordFile", "the password file '"
                        + privacy.passwordFile() + "' is inside static/, whose files are published as they are."
                        + " Move it out of static/, for example to .password in the journal folder."));
                return null;
            }
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.error(SETTINGS, privacy.passwordFileLine(), "privacy.passwordFile", "the password file '"
                        + privacy.passwordFile() + "' " + notAFile(file) + ", or remove passwordFile and set "
                        + VARIABLE + " instead."));
                return null;
            }
            try {
                password = SourceText.decode(Files.readAllBytes(file)).replaceAll("[\r\n]+$", "");
            } catch (SourceText.NotUtf8 e) {
                problems.add(Problem.error(privacy.passwordFile(), e.line(), null, e.message()));
                return null;
            } catch (IOException e) {
                problems.add(Problem.error(privacy.passwordFile(), 0, null, unreadable(e)));
                return null;
            }
        } else if (given != null) {
            return checked(given, GIVEN, problems);
        } else {
            from = VARIABLE;
            password = env.apply(VARIABLE);
            if (password == null) {
                problems.add(Problem.error(SETTINGS, privacy.encryptLine(), "privacy.encrypt", "encryption is on but there is no"
                        + " password. Set it for this build with  read -rs " + VARIABLE + " && export " + VARIABLE
                        + "  or name a file holding it with 'passwordFile:' under 'privacy:'."));
                return null;
            }
        }
        return checked(password.toCharArray(), from, problems);
    }

    /**
     * The error for a password a program gave ({@code BuildRequest.withPassword}) for a journal
     * that does not encrypt. An error, not a warning: the program expects a sealed site, and one
     * published in clear cannot be taken back, while a stopped build costs one line of journal.yml.
     * Only for a given password: SMALLWINS_PASSWORD may be set for other journals of the same shell.
     */
    public static Problem givenWithoutEncryption(Privacy privacy) {
        return Problem.error(SETTINGS, privacy.encryptLine(), "privacy.encrypt", "encryption is off, but a password"
                + " was given with " + GIVEN + ", so the site would be published unencrypted, readable by anyone"
                + " who finds it. To encrypt it, write 'encrypt: true' under 'privacy:' in journal.yml; to publish"
                + " it unencrypted, build without withPassword.");
    }

    /**
     * The error for private entries asked for on a journal that does not encrypt: published in
     * clear, anyone who finds the site could read them. It asks only for what is missing: a
     * password to set when neither a program gave one nor journal.yml names a password file.
     */
    public static Problem privateEntriesWithoutEncryption(Privacy privacy, boolean passwordGiven) {
        String turnOn = "private entries are published only on an encrypted site. Turn encryption on in journal.yml"
                + " (under 'privacy:' write 'encrypt: true')";
        String message;
        if (passwordGiven) {
            // Only a program gives one, and names the option withPrivate, not --private.
            message = turnOn + "; the password given with " + GIVEN + " then seals them. Or build without"
                    + " withPrivate.";
        } else if (privacy.passwordFile() != null) {
            message = turnOn + "; the password file '" + privacy.passwordFile() + "' then seals them. Or build"
                    + " without --private.";
        } else {
            message = turnOn + " and set a password in " + VARIABLE + ", or build without --private.";
        }
        return Problem.error(SETTINGS, privacy.encryptLine(), "privacy", message);
    }

    /** {@code password}, or null when it is empty; a warning when it is short. */
    private static char[] checked(char[] password, String from, List<Problem> problems) {
        if (password.length == 0) {
            problems.add(Problem.error(from, 0, null, "the password is empty. Choose one of at least "
                    + RECOMMENDED_LENGTH + " characters; a few unrelated words work well."));
            return null;
        }
        if (Character.codePointCount(password, 0, password.length) < RECOMMENDED_LENGTH) {
            problems.add(Problem.warning(from, 0, null, "the password is shorter than " + RECOMMENDED_LENGTH
                    + " characters. Anyone with a copy of the site can try passwords offline, as fast as their"
                    + " computer allows; a longer one (a few unrelated words) keeps the journal safe."));
        }
        return password;
    }

    /** What the password file's path is instead of a file ("is a folder"), and what to do about it. */
    private static String notAFile(Path file) {
        if (Files.exists(file)) {
            return "is " + (Files.isDirectory(file) ? "a folder" : "not a plain file") + ". Point passwordFile at a"
                    + " file holding the password on one line, like .password";
        }
        return (Files.isSymbolicLink(file) ? "is a link to a file that is not there" : "does not exist")
                + ". Create it with the password on one line";
    }

    /** Why the password file could not be read, and what to do: as for any file (SourceText), but kept where it is. */
    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied. Give yourself permission to read it (chmod u+r on Linux and"
                    + " macOS), or remove passwordFile from journal.yml and set " + VARIABLE + " instead.";
        }
        return SourceText.unreadable(e);
    }

    /** The real path when it exists (links resolved, the disk's letter case), else the path as given. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
