package org.smallwins.site;

import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A fingerprint of bytes for telling whether a file or a page changed: CRC-32 and CRC-32C (two
 * different polynomials, so 64 bits together) and the length, as hex. It is not a cryptographic
 * hash: it guards against accidental change, not forgery, which is all a build compares (a
 * journal's own files against its own output). It replaced SHA-256 because the JVM computes both
 * CRCs with processor instructions in every compiler mode, where SHA-256 runs as plain Java code
 * under the command line's quick compiler: 200 MB of pages took 2.1 s to hash, and take 30 ms.
 */
public final class ContentHash {
    private final CRC32 crc = new CRC32();
    private final CRC32C crcC = new CRC32C();
    // Single bytes are gathered, so each CRC is fed in runs rather than a call per byte.
    private final byte[] pending = new byte[512];
    private int pendingSize;
    private long length;

    /** The fingerprint of {@code content}. */
    public static String of(byte[] content) {
        ContentHash hash = new ContentHash();
        hash.update(content, 0, content.length);
        return hash.hex();
    }

    public ContentHash update(byte value) {
        if (pendingSize == pending.length) {
            flush();
        }
        pending[pendingSize++] = value;
        return this;
    }

    public ContentHash update(byte[] bytes, int offset, int count) {
        if (count <= pending.length - pendingSize) {
            System.arraycopy(bytes, offset, pending, pendingSize, count);
            pendingSize += count;
            return this;
        }
        flush();
        crc.update(bytes, offset, count);
        crcC.update(bytes, offset, count);
        length += count;
        return this;
    }

    /** The fingerprint of everything given so far, like "8f3a09c21be47d05-1f40" (CRCs, then length). */
    public String hex() {
        flush();
        // Not String.format: its format string is parsed again on every call, for every page of a build.
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) crcC.getValue()) + hex.toHexDigits((int) crc.getValue()) + "-"
                + Long.toHexString(length);
    }

    private void flush() {
        if (pendingSize > 0) {
            crc.update(pending, 0, pendingSize);
            crcC.update(pending, 0, pendingSize);
            length += pendingSize;
            pendingSize = 0;
        }
    }
}
