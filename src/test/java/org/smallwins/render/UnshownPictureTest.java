package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smallwins.render.UnshownPicture.Kind;

/** Which pictures most browsers do not show, by their extension alone, and what to do about each. */
class UnshownPictureTest {
    @Test
    void eachFormatIsKnownByItsExtensionInAnyCase() {
        assertThat(UnshownPicture.of("IMG_2041.HEIC")).isEqualTo(Kind.HEIC);
        assertThat(UnshownPicture.of("photos/a.heif")).isEqualTo(Kind.HEIC);
        assertThat(UnshownPicture.of("scan.Tif")).isEqualTo(Kind.TIFF);
        assertThat(UnshownPicture.of("scan.tiff")).isEqualTo(Kind.TIFF);
        for (String raw : new String[] {"dng", "CR2", "cr3", "nef", "arw", "orf", "rw2", "RAF"}) {
            assertThat(UnshownPicture.of("DSC_0042." + raw)).as(raw).isEqualTo(Kind.RAW);
        }
        assertThat(UnshownPicture.of("cover.psd")).isEqualTo(Kind.PSD);
    }

    @Test
    void picturesBrowsersShowAndNamesWithoutSuchAnExtensionAreNone() {
        for (String path : new String[] {"a.jpg", "a.JPEG", "a.png", "a.webp", "a.avif", "a.gif", "a.svg", "heic",
            "a.heic.jpg", "old.heic/a", "a.xheic", "a.", ".heic2", "tiff"}) {
            assertThat(UnshownPicture.of(path)).as(path).isNull();
        }
    }

    @Test
    void theAdviceNamesTheFileToWriteInstead() {
        assertThat(UnshownPicture.warning(Kind.HEIC, "photos/IMG_2041.HEIC"))
                .startsWith("the picture 'photos/IMG_2041.HEIC' is HEIC")
                .endsWith("and write 'photos/IMG_2041.jpg' instead.");
        assertThat(UnshownPicture.warning(Kind.PSD, "cover.psd")).endsWith("and write 'cover.png' instead.");
        assertThat(UnshownPicture.warning(Kind.RAW, "a.b/DSC.nef")).endsWith("and write 'a.b/DSC.jpg' instead.");
    }
}
