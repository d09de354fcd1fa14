package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An address leads to another host however the browser is let to read it. */
class WebAddressTest {
    @Test
    void anAddressToAnotherHostIsGivenInPlainForm() {
        assertThat(WebAddress.remote("HTTPS://Pics.example/a.png")).isEqualTo("https://Pics.example/a.png");
        assertThat(WebAddress.remote(" \u0001//cdn.example/a.png ")).isEqualTo("//cdn.example/a.png");
        assertThat(WebAddress.remote("h\tt\ntp\rs:/\n/t.example/a")).isEqualTo("https://t.example/a");
        assertThat(WebAddress.remote("\\\\back.example\\a.png")).isEqualTo("//back.example/a.png");
        // On a page served by https, 'http:host' still goes to that host.
        assertThat(WebAddress.remote("http:other.example/a.png")).isEqualTo("http://other.example/a.png");
    }

    @Test
    void theSitesOwnAddressesAreNotRemote() {
        assertThat(WebAddress.remote("a.png")).isNull();
        assertThat(WebAddress.remote("/images/a.png")).isNull();
        assertThat(WebAddress.remote("mailto:me@example.org")).isNull();
        assertThat(WebAddress.remote("https://")).isNull();
        assertThat(WebAddress.remote("")).isNull();
    }

    @Test
    void characterReferencesAreDecodedAsTheBrowserDoes() {
        assertThat(WebAddress.decode("&#104;ttps&#x3A;&sol;&sol;a.example&Tab;&NewLine;&amp;&nosuch;"))
                .isEqualTo("https://a.example\t\n&&nosuch;");
        assertThat(WebAddress.decode("&#104ttps:")).isEqualTo("https:");
    }
}
