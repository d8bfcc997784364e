package org.catalyse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** Small measures shared by the benchmarks: elapsed time, disk and process memory, target met or not. */
public final class Measures {

    private Measures() {}

    public static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** How a target reads in a report: "yes", or "no" in bold. */
    public static String met(boolean ok) {
        return ok ? "yes" : "**no**";
    }

    /** The bytes of the regular files below {@code dir}. */
    public static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        }
    }

    /** A memory figure of this process from {@code /proc/self/status} (e.g. {@code VmRSS}) in MB, "?" elsewhere. */
    public static String procStatus(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux
        }
        return "?";
    }
}
