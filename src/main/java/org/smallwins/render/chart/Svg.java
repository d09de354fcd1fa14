package org.smallwins.render.chart;

/**
 * A small writer for SVG text. Coordinates are written with one decimal and a dot whatever the
 * JVM's locale, so the same data always gives the same bytes.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder(4096);

    /** {@code 12.34} as {@code "12.3"}, {@code 5.0} as {@code "5"}: never a comma, never exponent notation. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        long rest = Math.abs(tenths % 10);
        String sign = tenths < 0 && whole == 0 ? "-" : "";
        return rest == 0 ? sign + whole : sign + whole + "." + rest;
    }

    /** Text escaped for element content and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    Svg raw(String text) {
        out.append(text);
        return this;
    }

    Svg text(String text) {
        out.append(escape(text));
        return this;
    }

    Svg num(String name, double value) {
        out.append(' ').append(name).append("=\"").append(num(value)).append('"');
        return this;
    }

    Svg attr(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    /** Opens the root element with a title and description that screen readers announce. */
    static Svg open(String id, String cssClass, double width, double height, String title, String desc) {
        Svg svg = new Svg();
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\"").attr("class", "chart " + cssClass)
                .raw(" viewBox=\"0 0 ").raw(num(width)).raw(" ").raw(num(height)).raw("\"")
                .raw(" role=\"img\"").attr("aria-labelledby", id + "-title " + id + "-desc").raw(">")
                .raw("<title").attr("id", id + "-title").raw(">").text(title).raw("</title>")
                .raw("<desc").attr("id", id + "-desc").raw(">").text(desc).raw("</desc>");
        return svg;
    }

    String close() {
        out.append("</svg>");
        return out.toString();
    }
}
