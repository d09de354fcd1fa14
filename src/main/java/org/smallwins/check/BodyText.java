package org.smallwins.check;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Markdown body of an entry file that did not load (its front matter has an error), found the
 * way the loader finds it: after a closing {@code ---} or {@code ...} line when the file opens with
 * {@code ---}. Empty when the file cannot be read or its front matter is never closed.
 *
 * @param line the file line the body starts on
 */
record BodyText(String text, int line) {

    static Optional<BodyText> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return split(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static Optional<BodyText> split(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (!lines[0].stripTrailing().equals("---")) {
            return Optional.of(new BodyText(String.join("\n", lines), 1));
        }
        for (int i = 1; i < lines.length; i++) {
            String trimmed = lines[i].stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.length; j++) {
                    if (j > i + 1) {
                        body.append('\n');
                    }
                    body.append(lines[j]);
                }
                return Optional.of(new BodyText(body.toString(), i + 2));
            }
        }
        return Optional.empty();
    }
}
