package org.smallwins.site;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A journal file the site copies as it is (a file of static/, a photo beside an entry), as the
 * build found it: where it is, its name in messages ("static/photo.jpg"), and its size and time
 * then. Its bytes are read only while it is copied, and only if it is still that file: one
 * changed or removed since would make a site other than the one the build checked.
 */
record SiteFileSource(Path file, String name, long size, FileTime modified) {

    static SiteFileSource of(Path file, String name, BasicFileAttributes found) {
        return new SiteFileSource(file, name, found.size(), found.lastModifiedTime());
    }

    /** The file's bytes as a stream, which fails with {@link SiteFileChanged} if the file is not what the build found. */
    InputStream open() throws IOException {
        check();
        InputStream in;
        try {
            in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw SiteFileChanged.gone(name);
        }
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b < 0) {
                    atEnd();
                } else {
                    read++;
                }
                return b;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int n = super.read(bytes, offset, length);
                if (n < 0) {
                    atEnd();
                } else {
                    read += n;
                }
                return n;
            }

            private void atEnd() throws IOException {
                // Written to while it was read, the bytes may be half old and half new.
                if (read != size) {
                    throw SiteFileChanged.changed(name);
                }
                check();
            }
        };
    }

    /** The bytes the file holds now, whatever the build found: what a preview shows of it until the next build. */
    byte[] readNow() throws IOException {
        return Files.readAllBytes(file);
    }

    private void check() throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw SiteFileChanged.gone(name);
        }
        if (!now.isRegularFile() || now.size() != size || !now.lastModifiedTime().equals(modified)) {
            throw SiteFileChanged.changed(name);
        }
    }
}
