package org.smallwins.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/**
 * Held while a build writes into an output folder, so two builds of one site at once (two
 * terminals, the command line and Maven) do not take each other's staging folder away halfway:
 * the second says at once that the first is busy. The lock is the system's, on a file beside the
 * output ({@code .public.smallwins-lock} for {@code public/}), so it is let go when the build ends
 * however it ends. The file stays: deleting it would let a build that opened it just before lock
 * a file no other build can see.
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a build into {@code output}. */
    public static Path fileFor(Path output) {
        return SiteWriter.sibling(output.toAbsolutePath().normalize(), "lock");
    }

    /**
     * Takes the lock of a build into {@code output}, an output folder {@link OutputFolder#checkLocation}
     * found safe. Throws {@link JournalException} when another build holds it. Where no lock can be
     * had at all (a folder that cannot be written, a file system without locks), the build goes on
     * without one: its writing reports what is wrong with the folder, and the lock only guards
     * against a second build.
     */
    public static OutputLock acquire(Path output) {
        Path file = fileFor(output);
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException noLockFile) {
            return new OutputLock(null, null);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        } catch (IOException noLocks) {
            return new OutputLock(channel, null);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new JournalException(Problem.error(output.toString(), 0, null, "another Smallwins build is"
                    + " writing this site right now (it holds " + file.getFileName() + " beside it). Wait for it"
                    + " to finish, then build again."));
        }
        return new OutputLock(channel, lock);
    }

    /** Whether this build holds the lock (false where the folder or file system allowed none). */
    public boolean held() {
        return lock != null && lock.isValid();
    }

    @Override
    public void close() {
        if (channel != null) {
            // Closing the channel lets go of its lock.
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was written through it; the system lets the lock go with the process anyway.
        }
    }
}
