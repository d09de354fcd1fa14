package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawAddressesTest {
    private final List<String> asked = new ArrayList<>();

    /** Rewrites every address it is asked about to "F/" and the address, noting each with its line. */
    private String rewrite(String html) {
        return RawAddresses.rewrite(html, 3, (address, line, picture) -> {
            asked.add(line + " " + address);
            return "F/" + address;
        });
    }

    @Test
    void eachQuotingAndCaseIsReadAndTheRewrittenAttributeIsWrittenInLowerCaseAndDoubleQuoted() {
        assertThat(rewrite("<IMG Src=a.jpg WIDTH=300><a href='b c.pdf#p=2' title=\"x\">b</a>"
                + "<video poster = \"c&amp;d.jpg\" src=\"e.mp4\">"))
                .isEqualTo("<IMG src=\"F/a.jpg\" WIDTH=300><a href=\"F/b c.pdf#p=2\" title=\"x\">b</a>"
                        + "<video poster=\"F/c&amp;d.jpg\" src=\"F/e.mp4\">");
        assertThat(asked).containsExactly("3 a.jpg", "3 b c.pdf#p=2", "3 c&d.jpg", "3 e.mp4");
    }

    @Test
    void everySrcsetCandidateIsAskedAboutOnItsOwnLine() {
        assertThat(rewrite("<img\nsrcset=\"a.jpg 1x,\n  b.jpg 2x,c.jpg, https://example.org/d.jpg 3x\">"))
                .isEqualTo("<img\nsrcset=\"F/a.jpg 1x, F/b.jpg 2x, F/c.jpg, https://example.org/d.jpg 3x\">");
        assertThat(asked).containsExactly("4 a.jpg", "5 b.jpg", "5 c.jpg");
    }

    @Test
    void onlyRelativeAddressesOfTheseAttributesAreAskedAbout() {
        String html = "<img src=\"/images/a.png\" data-src=\"x.jpg\"> <a href=\"#top\">t</a> <a href=\"mailto:a@b.c\">m</a>"
                + " <img src=\"//example.org/a.png\"> <img src=\"&#104;ttps://example.org/a.png\"> <a href=\"\">e</a>"
                + " <object data=\"y.pdf\"></object> <!-- <img src=\"hidden.jpg\"> --> <img src>";

        assertThat(rewrite(html)).isSameAs(html);
        assertThat(asked).isEmpty();
    }

    @Test
    void theRewriterIsToldWhichAddressesThePageShowsAsPictures() {
        List<String> pictures = new ArrayList<>();
        RawAddresses.rewrite("<IMG SRC=a.heic SRCSET='b.heic 2x'><a href=c.heic>c</a>"
                + "<picture><source srcset=\"d.tif\"><source src=e.heic></picture>"
                + "<video src=f.mov poster=g.dng><source src=h.mp4></video><audio src=i.m4a></audio>"
                + "<input type=image src=j.heic>", 0, (address, line, picture) -> {
                    if (picture) {
                        pictures.add(address);
                    }
                    return null;
                });

        assertThat(pictures).containsExactly("a.heic", "b.heic", "d.tif", "g.dng");
    }

    @Test
    void anAddressTheRewriterLeavesStaysAsWritten() {
        String html = "<img src='a.jpg' srcset='a.jpg 1x, b.jpg 2x'>";

        assertThat(RawAddresses.rewrite(html, 0, (address, line, picture) -> null)).isSameAs(html);
        assertThat(RawAddresses.rewrite(html, 0, (address, line, picture) -> address.equals("b.jpg") ? "B" : null))
                .isEqualTo("<img src='a.jpg' srcset=\"a.jpg 1x, B 2x\">");
    }
}
