package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smallwins.markdown.RenderedBody.RemoteLoad;
import org.smallwins.markdown.RenderedBody.RemoteLoad.Kind;

/** What to do about something loaded from another site depends on what it is. */
class RemoteLoadWarningTest {
    private static final String WHY = " whenever the page opens, so that site learns who read it, and when; the rest"
            + " of the site loads nothing from elsewhere. ";

    private static String said(String url, Kind kind) {
        return RemoteLoadWarning.of(new RemoteLoad(url, 0, kind));
    }

    @Test
    void aPictureOrMediaIsToBeSavedInStaticImages() {
        assertThat(said("https://pics.example.com/sun.jpg?w=2", Kind.PICTURE)).isEqualTo("'https://pics.example.com/"
                + "sun.jpg?w=2' is loaded from pics.example.com" + WHY + "Save the file in static/images/ and write"
                + " '/images/sun.jpg', or make it a link.");
        assertThat(said("https://pics.example.com/", Kind.PICTURE)).contains("write '/images/picture.png'");
    }

    @Test
    void aFrameIsToBeRemovedOrMadeALinkToItsPage() {
        assertThat(said("https://www.youtube.com/embed/x", Kind.FRAME)).isEqualTo("'https://www.youtube.com/embed/x'"
                + " is loaded from www.youtube.com" + WHY + "Remove the frame, or make it a link to the page, like"
                + " [Open it on www.youtube.com](https://www.youtube.com/embed/x).").doesNotContain("static/images");
    }

    @Test
    void aScriptIsToBeRemoved() {
        assertThat(said("https://t.example.com/t.js", Kind.SCRIPT)).endsWith(WHY + "Remove the script; if it shows"
                + " something worth keeping, make that a link to its page instead.");
    }

    @Test
    void aStyleSheetIsToBeSavedInStaticCssUnderASensibleName() {
        assertThat(said("https://fonts.googleapis.com/css2?family=Roboto", Kind.STYLESHEET)).endsWith(WHY + "Save the"
                + " style sheet in static/css/ and link it as '/css/fonts.css' (and any fonts it loads, in"
                + " static/fonts/), or remove it to keep the site's own style.").doesNotContain("/images/");
        assertThat(said("https://cdn.example.com/theme/site.css?v=3", Kind.STYLESHEET)).contains("'/css/site.css'");
        assertThat(said("https://cdn.example.com/style", Kind.STYLESHEET)).contains("'/css/style.css'");
    }

    @Test
    void aFontIsToBeSavedInStaticFonts() {
        assertThat(said("https://fonts.gstatic.com/s/roboto/v30/a.woff2", Kind.FONT)).endsWith(WHY + "Save the font"
                + " in static/fonts/ and write '/fonts/a.woff2', or remove it to keep the site's own fonts.");
    }

    @Test
    void anObjectARefreshAndABaseAreToBeRemovedOrLinked() {
        assertThat(said("https://old.example/intro.swf", Kind.OBJECT)).endsWith(WHY + "Remove it, or make it a link"
                + " to the file, like [Open it on old.example](https://old.example/intro.swf).");
        assertThat(said("https://away.example/", Kind.REFRESH)).endsWith(WHY + "Remove the refresh, or make it a link"
                + " to that page, like [Go on](https://away.example/).");
        assertThat(said("https://base.example/", Kind.BASE)).endsWith(WHY + "Remove it: with it, every relative"
                + " address of the page goes to base.example.");
    }

    @Test
    void aFormSaysWhatItSendsAndIsToBeRemovedOrLinked() {
        assertThat(said("https://search.example/find", Kind.FORM)).isEqualTo("'https://search.example/find' is where"
                + " the form sends what is typed in it, so search.example learns that, who sent it and when; the rest"
                + " of the site sends nothing anywhere. Remove the form, or make it a link to that site, like"
                + " [Open it on search.example](https://search.example/find).").doesNotContain("whenever the page opens");
    }

    @Test
    void aPingSaysWhenItIsToldAndIsToBeRemovedFromTheLink() {
        assertThat(said("https://count.example/p", Kind.PING)).isEqualTo("'https://count.example/p' is told by the"
                + " browser whenever the link is followed, so count.example learns who read the page and where they"
                + " went; the rest of the site tells no one. Remove ping=\"https://count.example/p\" from the link:"
                + " it goes to the same page without it.");
    }
}
