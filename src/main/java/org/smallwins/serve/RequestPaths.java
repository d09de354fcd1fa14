package org.smallwins.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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

    /**
     * Whether a request's Host header names this computer by a loopback name: localhost (or a name
     * under .localhost), an address in 127.0.0.0/8 or [::1], with or without a port. No header (a
     * plain HTTP/1.0 client on this computer) is allowed; a browser always sends one.
     */
    static boolean isLocalHost(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && host.substring(1, end).equals("::1") && portOnly(host.substring(end + 1));
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            if (!portOnly(host.substring(colon))) {
                return false;
            }
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.equals("localhost") || host.endsWith(".localhost") || isLoopbackIpv4(host);
    }

    /** "" or ":" followed by digits. */
    private static boolean portOnly(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        if (rest.charAt(0) != ':' || rest.length() == 1) {
            return false;
        }
        for (int i = 1; i < rest.length(); i++) {
            if (rest.charAt(i) < '0' || rest.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** 127.a.b.c, each part 0-255 in plain decimal. */
    private static boolean isLoopbackIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
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
