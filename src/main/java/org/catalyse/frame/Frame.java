package org.catalyse.frame;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.catalyse.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference frame. Each data file {@code frame/frame-VERSION.json} is loaded once into the database
 * when the bean is created; the newest version is the current one.
 */
@Service
public class Frame implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(Frame.class);
    static final String FILES = "classpath*:frame/frame-*.json";

    private final FrameAxes axes;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ResourcePatternResolver resources;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile FrameView current = new FrameView("", List.of());

    Frame(
            FrameAxes axes,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ResourcePatternResolver resources) {
        this.axes = axes;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.resources = resources;
    }

    /** The current version of the frame. */
    public FrameView current() {
        return current;
    }

    /** The value named {@code axis:key} in the current version, if any. */
    public Optional<FrameView.Value> value(String reference) {
        int colon = reference == null ? -1 : reference.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return current.axis(reference.substring(0, colon)).flatMap(a -> a.value(reference.substring(colon + 1)));
    }

    /** The value {@code valueKey} of {@code axisKey}, or an error listing the allowed axes or values. */
    public FrameView.Value require(String axisKey, String valueKey) {
        FrameView.Axis axis = current.axis(axisKey)
                .orElseThrow(() -> new InvalidInputException("Axe du référentiel inconnu : « " + axisKey
                        + " ». Axes possibles : "
                        + current.axes().stream().map(FrameView.Axis::key).collect(Collectors.joining(", ")) + "."));
        return axis.value(valueKey)
                .orElseThrow(() -> new InvalidInputException("Valeur inconnue pour l'axe " + axisKey + " : « "
                        + valueKey + " ». Valeurs possibles : "
                        + axis.values().stream().map(FrameView.Value::key).collect(Collectors.joining(", ")) + "."));
    }

    @Override
    public void afterPropertiesSet() {
        List<Loaded> files = readFiles();
        transaction.executeWithoutResult(status -> files.forEach(this::store));
        String newest = files.stream()
                .map(f -> f.file().version())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        current = new FrameView(newest, List.of());
        refresh();
    }

    /** Reads the current version again from the database, after an administrator changed it. */
    void refresh() {
        String version = current.version();
        TransactionTemplate own = new TransactionTemplate(transaction.getTransactionManager());
        own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        own.setReadOnly(true);
        current = own.execute(status -> new FrameView(
                version,
                axes.findByVersionOrderByPosition(version).stream()
                        .map(FrameAxis::view)
                        .toList()));
    }

    private List<Loaded> readFiles() {
        try {
            Resource[] found = resources.getResources(FILES);
            if (found.length == 0) {
                throw new IllegalStateException("Aucun fichier de référentiel trouvé (" + FILES + ")");
            }
            return Arrays.stream(found).map(this::read).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Référentiel illisible : " + e.getMessage(), e);
        }
    }

    private Loaded read(Resource resource) {
        String name = resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            FrameFile file = json.readValue(bytes, FrameFile.class).checked(name);
            if (!name.equals("frame-" + file.version() + ".json")) {
                throw new IllegalStateException(
                        "Référentiel " + name + " : le nom ne correspond pas à la version " + file.version());
            }
            return new Loaded(file, checksum(bytes));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException("Référentiel " + name + " : " + e.getMessage(), e);
        }
    }

    private void store(Loaded loaded) {
        FrameFile file = loaded.file();
        List<String> known =
                jdbc.queryForList("select checksum from frame_version where version = ?", String.class, file.version());
        if (!known.isEmpty()) {
            if (!known.get(0).equals(loaded.checksum())) {
                log.warn(
                        "Reference frame file {} changed since it was loaded; the database keeps its version"
                                + " (publish changes as a new version)",
                        file.version());
            }
            return;
        }
        int position = 0;
        for (FrameFile.AxisDef def : file.axes()) {
            FrameAxis axis = new FrameAxis(
                    file.version(),
                    def.key(),
                    ++position,
                    def.label(),
                    def.description(),
                    def.status(),
                    def.statusNote());
            def.values().forEach(v -> axis.add(v.key(), v.label(), v.description()));
            axes.save(axis);
        }
        jdbc.update(
                "insert into frame_version (version, checksum, loaded_at) values (?, ?, ?)",
                file.version(),
                loaded.checksum(),
                Timestamp.from(Instant.now()));
        log.info(
                "Reference frame {} loaded: {} axes",
                file.version(),
                file.axes().size());
    }

    /** A frame file as read, with the SHA-256 of its bytes. */
    private record Loaded(FrameFile file, String checksum) {}

    private static String checksum(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
