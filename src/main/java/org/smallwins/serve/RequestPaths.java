package org.smallwins.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Turns a request path into a site file path, or null for anything that tries to step outside. */
final class RequestPaths {
    private RequestPaths() {
    }

    /**
     * "/" is "index.html", "/2025/" is "2025/index.html". Percent-escapes are decoded before the
     * check, so "/%2e%2e/" is refused like "/../".
     */
    static String toSitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        String decoded = decode(rawPath);
        if (decoded == null || decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        String[] parts = decoded.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("..") || part.equals(".")) {
                return null;
            }
            if (part.isEmpty()) {
                if (i == parts.length - 1) {
                    break;
                }
                return null;
            }
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(part);
        }
        return decoded.endsWith("/") ? (path.length() == 0 ? "index.html" : path + "/index.html") : path.toString();
    }

    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
