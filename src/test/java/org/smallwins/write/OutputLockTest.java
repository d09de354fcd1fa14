package org.smallwins.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.JournalException;

class OutputLockTest {
    @TempDir
    Path tmp;

    @Test
    void theLockFileIsBesideTheOutputFolder() {
        assertThat(OutputLock.fileFor(tmp.resolve("journal/public")))
                .isEqualTo(tmp.resolve("journal/.public.smallwins-lock"));
    }

    @Test
    void aSecondBuildInTheSameProcessIsToldTheFirstIsBusyUntilItLetsGo() {
        Path out = tmp.resolve("public");
        try (OutputLock first = OutputLock.acquire(out)) {
            assertThat(first.held()).isTrue();
            assertThatThrownBy(() -> OutputLock.acquire(out))
                    .isInstanceOf(JournalException.class)
                    .hasMessageStartingWith(out + ": another Smallwins build is writing this site right now")
                    .hasMessageContaining(".public.smallwins-lock")
                    .hasMessageEndingWith("Wait for it to finish, then build again.");
        }
        try (OutputLock again = OutputLock.acquire(out)) {
            assertThat(again.held()).isTrue();
        }
        // The file stays for the next build (see OutputLock); the output folder itself is not made.
        assertThat(OutputLock.fileFor(out)).isRegularFile();
        assertThat(out).doesNotExist();
    }

    @Test
    void aBuildInAnotherProcessHoldingTheLockIsSeen() throws Exception {
        Path out = tmp.resolve("public");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
                OutputLock.fileFor(out).toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> OutputLock.acquire(out))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("another Smallwins build is writing this site right now");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        // The other process ended: the system let its lock go.
        try (OutputLock mine = OutputLock.acquire(out)) {
            assertThat(mine.held()).isTrue();
        }
    }

    @Test
    void whereNoLockFileCanBeMadeTheBuildGoesOnWithoutOne() throws IOException {
        // The output's parent is a file: the writer reports that folder's problem, not the lock.
        Files.writeString(tmp.resolve("notes"), "a file");
        try (OutputLock none = OutputLock.acquire(tmp.resolve("notes/public"))) {
            assertThat(none.held()).isFalse();
        }
    }

    /** Another process's build: holds the lock on the file named until its input closes. */
    public static final class Holder {
        public static void main(String[] args) throws IOException {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                System.out.println(lock.isValid() ? "locked" : "not locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // Held until the test closes this process's input.
                }
            }
        }
    }
}
