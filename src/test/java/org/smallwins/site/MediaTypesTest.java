package org.smallwins.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files from static/ are previewed as a web host serves them: shown, played or run, not downloaded. */
class MediaTypesTest {
    @ParameterizedTest
    @CsvSource({"notes/old-page.htm, text/html; charset=utf-8", "assets/app.mjs, text/javascript; charset=utf-8",
        "walk.webm, video/webm", "birds.ogg, audio/ogg", "rain.wav, audio/wav", "voice.m4a, audio/mp4",
        "clip.mov, video/quicktime", "font.ttf, font/ttf", "font.otf, font/otf", "steps.csv, text/csv; charset=utf-8",
        "site.webmanifest, application/manifest+json", "tool.wasm, application/wasm", "PHOTO.JPG, image/jpeg",
        "no-ending, application/octet-stream", "files/wins.d/notes, application/octet-stream"})
    void aFileIsServedWithTheTypeOfItsEnding(String path, String type) {
        assertThat(MediaTypes.of(path)).isEqualTo(type);
    }
}
