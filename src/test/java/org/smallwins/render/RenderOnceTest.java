package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code <@renderOnce>} writes a body's HTML the first time and the same HTML every later time,
 * whether it is kept as bytes (most cards) or as text (a card holding a surrogate), and whether
 * it is written to a page or captured by the template.
 */
class RenderOnceTest {
    private static final String TEMPLATE = "<#list entries as e><@renderOnce key=e>[${e.title}|${root}]</@renderOnce></#list>"
            + "<#assign captured><@renderOnce key=entries[0]>not rendered again</@renderOnce></#assign>(${captured})";

    @Test
    void writesTheSameHtmlEveryTimeToPagesAndCaptures() throws Exception {
        Template template = new Template("t", new StringReader(TEMPLATE), new Configuration(Configuration.VERSION_2_3_34));
        List<Map<String, Object>> entries = List.of(Map.of("title", "Walked é"), Map.of("title", "Tea 🌱"),
                Map.of("title", "Rest \u2019"));
        RenderOnce once = new RenderOnce();
        String expected = "[Walked é|../][Tea 🌱|../][Rest \u2019|../]([Walked é|../])";
        for (int page = 0; page < 3; page++) {
            Map<String, Object> model = new HashMap<>();
            model.put("entries", entries);
            model.put("root", "../");
            model.put(RenderOnce.NAME, once);
            PageOutput out = new PageOutput(0);
            template.process(model, out);
            assertThat(new String(out.toBytes(), StandardCharsets.UTF_8)).as("page %d", page).isEqualTo(expected);
            StringWriter text = new StringWriter();
            template.process(model, text);
            assertThat(text.toString()).isEqualTo(expected);
        }
        // Another depth is another card: its links start elsewhere.
        Map<String, Object> deeper = new HashMap<>(Map.of("entries", entries, "root", "../../", RenderOnce.NAME, once));
        StringWriter text = new StringWriter();
        template.process(deeper, text);
        assertThat(text.toString()).isEqualTo(expected.replace("../", "../../"));
    }

    @Test
    void aCardAfterAHalfWrittenPairKeepsThePageAsTheTextWouldBe() throws Exception {
        Template template = new Template("t", new StringReader("${lead}<@renderOnce key=e>card</@renderOnce>"),
                new Configuration(Configuration.VERSION_2_3_34));
        RenderOnce once = new RenderOnce();
        Map<String, Object> model = new HashMap<>(Map.of("lead", "x\ud83c", "e", Map.of("t", 1), "root", "",
                RenderOnce.NAME, once));
        for (int page = 0; page < 2; page++) {
            PageOutput out = new PageOutput(0);
            template.process(model, out);
            assertThat(out.toBytes()).isEqualTo("x\ud83ccard".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aCardHoldingHalfAPairIsKeptAsTextSoThePageJoinsThePair() throws Exception {
        // The page's text ends with the high half, the card starts with the low one: as text they
        // make one character; as bytes made apart, each half would be a '?'.
        Template template = new Template("t", new StringReader("${lead}<@renderOnce key=e>${tail}card</@renderOnce>"),
                new Configuration(Configuration.VERSION_2_3_34));
        RenderOnce once = new RenderOnce();
        Map<String, Object> model = new HashMap<>(Map.of("lead", "x\ud83c", "tail", "\udf31", "e", Map.of("t", 1),
                "root", "", RenderOnce.NAME, once));
        for (int page = 0; page < 2; page++) {
            PageOutput out = new PageOutput(0);
            template.process(model, out);
            assertThat(out.toBytes()).as("page %d", page).isEqualTo("x\ud83c\udf31card".getBytes(StandardCharsets.UTF_8));
        }
    }
}
