package org.smallwins.privacy;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of one encrypted journal, all from one password.
 *
 * <p>PBKDF2-HMAC-SHA256 turns password and salt into a master secret; HMAC-SHA256 of the master
 * with fixed labels then gives three independent keys: the AES-256-GCM key (the only one the browser
 * ever computes, and the one it remembers for the session), a key for synthetic IVs and a key for
 * page file names. So the remembered key can decrypt, but it is not the password and cannot be used
 * to find it.
 *
 * <p>IVs are synthetic: HMAC(ivKey, path NUL plaintext) cut to 96 bits. An unchanged page gets the
 * same IV and so the same bytes in every build, which keeps builds reproducible and rsync uploads
 * small; a changed page (or the same text at another path) gets a new IV, so an IV is never reused
 * with different plaintext, which is what GCM needs. The only thing it reveals is that a page did not
 * change between two builds, which its unchanged file already shows.
 */
public final class JournalKey {
    /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. The browser repeats it once per session. */
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 16;
    static final String AES_LABEL = "smallwins aes-256-gcm";
    static final String IV_LABEL = "smallwins synthetic iv";
    static final String NAME_LABEL = "smallwins file names";
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;

    private final byte[] salt;
    private final int iterations;
    private final byte[] aesKey;
    private final byte[] ivKey;
    private final byte[] nameKey;

    private JournalKey(byte[] salt, int iterations, byte[] master) {
        this.salt = salt.clone();
        this.iterations = iterations;
        this.aesKey = hmac(master, AES_LABEL.getBytes(StandardCharsets.UTF_8));
        this.ivKey = hmac(master, IV_LABEL.getBytes(StandardCharsets.UTF_8));
        this.nameKey = hmac(master, NAME_LABEL.getBytes(StandardCharsets.UTF_8));
        Arrays.fill(master, (byte) 0);
    }

    /** Derives the keys; deliberately slow (about a second), which is what makes guessing slow too. */
    public static JournalKey derive(char[] password, byte[] salt, int iterations) {
        try {
            // "é" may be one character or "e" and an accent, as a keyboard, an editor or a system
            // writes it; the unlock script normalises what is typed the same way (NFC).
            char[] composed = Normalizer.normalize(CharBuffer.wrap(password),
                    Normalizer.Form.NFC).toCharArray();
            PBEKeySpec spec = new PBEKeySpec(composed, salt, iterations, 256);
            Arrays.fill(composed, '\0');
            byte[] master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new JournalKey(salt, iterations, master);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        }
    }

    public static byte[] randomSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    public byte[] salt() {
        return salt.clone();
    }

    public int iterations() {
        return iterations;
    }

    /** IV (12 bytes) followed by the AES-GCM ciphertext and its 16-byte tag. */
    byte[] seal(String path, byte[] plaintext) {
        byte[] pathBytes = path.getBytes(StandardCharsets.UTF_8);
        byte[] ivInput = Arrays.copyOf(pathBytes, pathBytes.length + 1 + plaintext.length);
        System.arraycopy(plaintext, 0, ivInput, pathBytes.length + 1, plaintext.length);
        byte[] iv = Arrays.copyOf(hmac(ivKey, ivInput), IV_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            byte[] ciphertext = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + ciphertext.length);
            System.arraycopy(ciphertext, 0, out, IV_BYTES, ciphertext.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES/GCM/NoPadding", e);
        }
    }

    /** The reverse of {@link #seal}; throws when the key is wrong or the bytes were changed. */
    public byte[] open(byte[] ciphertext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"),
                new GCMParameterSpec(TAG_BITS, ciphertext, 0, IV_BYTES));
        return cipher.doFinal(ciphertext, IV_BYTES, ciphertext.length - IV_BYTES);
    }

    /** An opaque file name for a page path: stable for one password and salt, meaningless without them. */
    String fileName(String path) {
        return HexFormat.of().formatHex(hmac(nameKey, path.getBytes(StandardCharsets.UTF_8)), 0, 10) + ".html";
    }

    /**
     * An opaque name for a file beside the entries at {@code sitePath} ("files/wins/heron.jpg"), made
     * as pages' names are (a page's path never starts with "files/", so the two never meet): the
     * sealed page refers to the file by it, and it says nothing of the file's name without the key.
     */
    String fileId(String sitePath) {
        return HexFormat.of().formatHex(hmac(nameKey, sitePath.getBytes(StandardCharsets.UTF_8)), 0, 10);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
