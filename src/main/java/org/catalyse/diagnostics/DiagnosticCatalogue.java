package org.catalyse.diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.catalyse.frame.Frame;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every version of every diagnostic. At start-up the definition files are read and checked all together (any
 * problem stops the start, naming file and question, and nothing is half loaded); each version is kept in the
 * database the first time it is seen, so that answers given under it are scored under it even once its file is
 * gone. A version's content cannot change once answers were given under it: a changed file needs a new version.
 */
@Component
class DiagnosticCatalogue implements InitializingBean {

    /** Orders versions such as 2026.1 < 2026.2 < 2026.10. */
    static final Comparator<String> VERSIONS = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    };

    private final Frame frame;
    private final JdbcClient jdbc;
    private final String location;
    private final Map<String, TreeMap<String, Diagnostic>> versions = new ConcurrentHashMap<>();
    private final Map<String, String> current = new ConcurrentHashMap<>();

    DiagnosticCatalogue(
            Frame frame,
            JdbcClient jdbc,
            @Value("${catalyse.diagnostics.location:classpath*:diagnostics/*.json}") String location) {
        this.frame = frame;
        this.jdbc = jdbc;
        this.location = location;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        DefinitionReader reader = new DefinitionReader(frame.current());
        for (Resource file : files()) {
            String name = "diagnostics/" + file.getFilename();
            String content = read(file);
            DefinitionReader.Result result = reader.read(name, content);
            problems.addAll(result.problems());
            if (result.diagnostic() != null) {
                loaded.add(new Loaded(name, content, result.diagnostic()));
            }
        }
        for (int i = 0; i < loaded.size(); i++) {
            for (int j = i + 1; j < loaded.size(); j++) {
                Diagnostic a = loaded.get(i).diagnostic();
                Diagnostic b = loaded.get(j).diagnostic();
                if (a.key().equals(b.key()) && a.version().equals(b.version())) {
                    problems.add(loaded.get(j).file() + " : la version " + b.version() + " de « " + b.key()
                            + " » est déjà définie par " + loaded.get(i).file());
                }
            }
        }
        for (Loaded l : loaded) {
            problems.addAll(register(l));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Définitions de diagnostics invalides, rien n'est chargé :\n  - "
                    + String.join("\n  - ", problems));
        }
        loaded.forEach(l -> {
            versions.computeIfAbsent(l.diagnostic().key(), k -> new TreeMap<>(VERSIONS))
                    .put(l.diagnostic().version(), l.diagnostic());
            current.merge(
                    l.diagnostic().key(), l.diagnostic().version(), (x, y) -> VERSIONS.compare(x, y) >= 0 ? x : y);
        });
        storedVersions(reader);
    }

    private record Loaded(String file, String content, Diagnostic diagnostic) {}

    /** Keeps a version the first time it is seen; refuses a version whose content changed once answered. */
    private List<String> register(Loaded l) {
        Diagnostic d = l.diagnostic();
        String digest = digest(l.content());
        Optional<String> stored = jdbc.sql(
                        "select digest from diagnostic_definition where diagnostic_key = ? and version = ?")
                .params(d.key(), d.version())
                .query(String.class)
                .optional();
        if (stored.isEmpty()) {
            jdbc.sql("insert into diagnostic_definition (diagnostic_key, version, content, digest, registered_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(d.key(), d.version(), l.content(), digest, java.sql.Timestamp.from(Instant.now()))
                    .update();
        } else if (!stored.get().equals(digest)) {
            long answered = jdbc.sql(
                            "select count(*) from diagnostic_response where diagnostic_key = ? and version = ?")
                    .params(d.key(), d.version())
                    .query(Long.class)
                    .single();
            if (answered > 0) {
                return List.of(l.file() + " : le contenu de la version " + d.version() + " a changé alors que "
                        + answered + " réponse(s) ont été données sous cette version ; donnez au fichier une"
                        + " nouvelle version");
            }
            jdbc.sql(
                            "update diagnostic_definition set content = ?, digest = ? where diagnostic_key = ? and version = ?")
                    .params(l.content(), digest, d.key(), d.version())
                    .update();
        }
        return List.of();
    }

    /** Versions kept in the database whose files are gone, still needed to score the answers given under them. */
    private void storedVersions(DefinitionReader reader) {
        jdbc.sql("select diagnostic_key, version, content from diagnostic_definition")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list()
                .forEach(row -> {
                    if (versions.getOrDefault(row[0], new TreeMap<>()).containsKey(row[1])) {
                        return;
                    }
                    DefinitionReader.Result r = reader.read("version " + row[1] + " de " + row[0], row[2]);
                    if (r.diagnostic() != null) {
                        versions.computeIfAbsent(row[0], k -> new TreeMap<>(VERSIONS))
                                .put(row[1], r.diagnostic());
                    }
                });
    }

    private Resource[] files() {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource file) {
        try (var in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String digest(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current version of every diagnostic, by key. */
    List<Diagnostic> currentVersions() {
        return current.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> versions.get(e.getKey()).get(e.getValue()))
                .toList();
    }

    Optional<Diagnostic> current(String key) {
        return Optional.ofNullable(current.get(key)).map(v -> versions.get(key).get(v));
    }

    Optional<Diagnostic> version(String key, String version) {
        return Optional.ofNullable(versions.get(key)).map(v -> v.get(version));
    }

    /** For tests: publishes a definition as if its file had been added. */
    void publish(String file, String content) {
        DefinitionReader.Result r = new DefinitionReader(frame.current()).read(file, content);
        if (r.diagnostic() == null) {
            throw new IllegalArgumentException(String.join("; ", r.problems()));
        }
        List<String> problems = register(new Loaded(file, content, r.diagnostic()));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Diagnostic d = r.diagnostic();
        versions.computeIfAbsent(d.key(), k -> new TreeMap<>(VERSIONS)).put(d.version(), d);
        current.merge(d.key(), d.version(), (x, y) -> VERSIONS.compare(x, y) >= 0 ? x : y);
    }
}
