package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;

/** When the journal's folders cannot be watched, the preview says why and what to do, and keeps nothing open. */
class UnwatchedJournalTest {
    @TempDir
    Path tmp;

    private PreviewServer.CannotWatchException startWhenWatchingFails(int port, String why) {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Watched\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\nOutside.\n");
        BuildRequest request = BuildRequest.of(journal, tmp.resolve("public")).withToday(LocalDate.of(2026, 11, 24));
        return catchThrowableOfType(() -> PreviewServer.start(request, InetAddress.getLoopbackAddress(), port,
                (level, line) -> { }, (folder, onChange) -> {
                    throw new IOException(why);
                }), PreviewServer.CannotWatchException.class);
    }

    @Test
    void theLimitOfWatchedFoldersIsSaidWithHowToRaiseIt() {
        PreviewServer.CannotWatchException e = startWhenWatchingFails(0, "User limit of inotify watches reached");

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("the preview cannot watch the journal's folders for changes")
                .contains("(User limit of inotify watches reached)")
                .contains("only so many folders")
                .contains("'sudo sysctl fs.inotify.max_user_watches=524288'")
                .contains("or run 'smallwins build' after each change and reload the built pages by hand.")
                .doesNotContain("Exception");
    }

    @Test
    void tooManyOpenFilesIsSaidWithWhatToClose() {
        PreviewServer.CannotWatchException e = startWhenWatchingFails(0,
                "User limit of inotify instances reached or too many open files");

        assertThat(e.getMessage()).contains("too many files are open").contains("ulimit -n")
                .contains("fs.inotify.max_user_instances").contains("'smallwins build'");
    }

    @Test
    void thePortItTookIsFreeAgainAfterwards() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        assertThat(startWhenWatchingFails(port, "User limit of inotify watches reached")).isNotNull();

        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void nothingElseItOpenedStaysOpen() {
        File descriptors = new File("/proc/self/fd");
        assumeTrue(descriptors.isDirectory(), "the open files are counted where Linux lists them");
        startWhenWatchingFails(0, "User limit of inotify watches reached");
        int before = descriptors.list().length;

        for (int i = 0; i < 5; i++) {
            startWhenWatchingFails(0, "User limit of inotify watches reached");
        }

        // Each start that failed would keep at least its port and the server's selector.
        assertThat(descriptors.list().length - before).isLessThan(5);
    }
}
