package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {
    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:1313", "LOCALHOST:1313", "127.0.0.1", "127.0.0.1:1313",
        "127.1.2.3:80", "[::1]", "[::1]:1313", "journal.localhost:1313", "localhost.:1313"})
    void loopbackNamesAreThisComputer(String host) {
        assertThat(RequestPaths.isLocalHost(host)).as(host).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:1313", "127.0.0.1.evil.example", "localhost.evil.example",
        "localhost:1313@evil.example", "localhost:abc", "[::1].evil", "[::2]:1313", "128.0.0.1", "127.0.0.256",
        "127.0.0", "0x7f.0.0.1", "192.168.1.10:1313", "", "localhost:"})
    void otherNamesAreNot(String host) {
        assertThat(RequestPaths.isLocalHost(host)).as(host).isFalse();
    }

    @Test
    void noHostHeaderIsAPlainLocalClient() {
        assertThat(RequestPaths.isLocalHost(null)).isTrue();
    }
}
