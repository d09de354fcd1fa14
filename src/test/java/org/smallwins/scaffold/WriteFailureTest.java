package org.smallwins.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class WriteFailureTest {
    @Test
    void aFolderThisAccountMayNotWriteInIsSaidWithWhatToDo() {
        // Java's message for it is the bare path: "cannot be written: /home/robin/journal".
        String said = WriteFailure.why(new AccessDeniedException("/home/robin/journal/content/wins/2025-03-14-walk.md"));

        assertThat(said).isEqualTo("this account may not write there (at /home/robin/journal/content/wins/"
                + "2025-03-14-walk.md): give yourself permission to write in that folder (chmod u+w on Linux and"
                + " macOS)");
    }

    @Test
    void theSystemsReasonIsGivenWithoutTheJavaNameOfTheFailure() {
        assertThat(WriteFailure.why(new FileSystemException("/j/content/wins/a.md", null, "No space left on device")))
                .isEqualTo("No space left on device (at /j/content/wins/a.md)");
        assertThat(WriteFailure.why(new NotDirectoryException("/j/content")))
                .isEqualTo("a file is where a folder must go (at /j/content)");
        assertThat(WriteFailure.why(new IOException("Input/output error"))).isEqualTo("Input/output error");
    }
}
