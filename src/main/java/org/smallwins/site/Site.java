package org.smallwins.site;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The whole built site, files sorted by path so every build lists them in the same order. */
public record Site(List<SiteFile> files) {

    public Site {
        files = files.stream().sorted(Comparator.comparing(SiteFile::path)).toList();
    }

    public Optional<SiteFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
