package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryFilesTest {
    @Test
    void aFileIsPublishedUnderFilesAtItsPathInTheContentFolder() {
        assertThat(EntryFiles.sitePath("wins/photos/a.jpg")).isEqualTo("files/wins/photos/a.jpg");
    }

    @Test
    void theLinkEncodesWhatAPathCannotHoldAsItIs() {
        assertThat(EntryFiles.href("wins/my walk #1?.jpg")).isEqualTo("files/wins/my%20walk%20%231%3F.jpg");
        assertThat(EntryFiles.href("wins/100%.jpg")).isEqualTo("files/wins/100%25.jpg");
        assertThat(EntryFiles.href("wins/café.jpg")).isEqualTo("files/wins/caf%C3%A9.jpg");
        assertThat(EntryFiles.href("wins/a-b_c.d~(1).jpg")).isEqualTo("files/wins/a-b_c.d~(1).jpg");
    }

    @Test
    void aNameNoSiteFileMayHaveIsNotPublished() {
        assertThat(EntryFiles.publishable("wins/a.jpg")).isTrue();
        assertThat(EntryFiles.publishable("wins/a\\b.jpg")).isFalse();
        assertThat(EntryFiles.publishable("wins/a\nb.jpg")).isFalse();
    }
}
