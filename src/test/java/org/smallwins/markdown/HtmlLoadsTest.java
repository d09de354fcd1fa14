package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.markdown.RenderedBody.RemoteLoad;
import org.smallwins.markdown.RenderedBody.RemoteLoad.Kind;

/** Raw HTML is read as the browser reads it, however it is cut or written. */
class HtmlLoadsTest {
    private static final String HTML = "<!-- x --><meta http-equiv=refresh content='0;url=https://a.example/'>"
            + "<img alt=\"a > b\" src=\"https://b.example/b.png\"><iframe srcdoc=\"&lt;img src=x&gt;\"></iframe>"
            + "<a ping='//c.example/p'>c</a><style>p{background:url(\"https://d.example/d.png\")}</style>";

    @Test
    void htmlCutShortAnywhereIsReadWithoutFailing() {
        for (int end = 0; end <= HTML.length(); end++) {
            String cut = HTML.substring(0, end);
            assertThatCode(() -> HtmlLoads.of(cut, 0)).as(cut).doesNotThrowAnyException();
        }
    }

    @Test
    void theWholeIsReadInOrderWithEachLine() {
        List<RemoteLoad> found = new ArrayList<>();
        HtmlLoads.of(HTML.replace("<a ", "\n<a "), 3).forEach(found::add);

        assertThat(found).containsExactly(new RemoteLoad("https://a.example/", 3, Kind.REFRESH),
                new RemoteLoad("https://b.example/b.png", 3, Kind.PICTURE),
                new RemoteLoad("//c.example/p", 4, Kind.PING),
                new RemoteLoad("https://d.example/d.png", 4, Kind.PICTURE));
    }
}
