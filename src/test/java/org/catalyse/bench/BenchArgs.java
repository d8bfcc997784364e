package org.catalyse.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name=value} arguments of a benchmark's {@code main}. */
public final class BenchArgs {

    private final Map<String, String> values = new LinkedHashMap<>();

    public BenchArgs(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value given, or {@code fallback} (which may be null) when there is none. */
    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The value given, or {@code fallback}; without either, a message naming the missing argument. */
    public String option(String name, String fallback) {
        String v = get(name, fallback);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + "=… is required");
        }
        return v;
    }

    public int intOption(String name, int fallback) {
        return Integer.parseInt(option(name, String.valueOf(fallback)));
    }
}
