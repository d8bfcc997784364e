package org.catalyse.commons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.catalyse.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the files attached to resources under the data directory ({@code attachments/<resource id>/}),
 * with limits: a plain file name, a type from the list below, {@value #MAX_BYTES} bytes at most.
 */
@Component
class AttachmentStore {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv", "text/csv",
            "txt", "text/plain",
            "png", "image/png",
            "jpg", "image/jpeg");

    private final Path root;

    AttachmentStore(@Value("${catalyse.data-path}") String dataPath) {
        this.root = Path.of(dataPath, "attachments");
    }

    /** Checks and stores a file, replacing one of the same name; answers its description. */
    Attachment store(ResourceId resource, String fileName, String title, byte[] content) {
        String mediaType = check(fileName, content.length);
        Path directory = root.resolve(resource.toString());
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload", ".part");
            Files.write(temporary, content);
            Files.move(
                    temporary,
                    directory.resolve(fileName),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store attachment " + fileName, e);
        }
        return new Attachment(
                fileName,
                title == null || title.isBlank() ? fileName : title,
                mediaType,
                content.length,
                sha256(content));
    }

    /** The stored file, if the resource has one by this name. */
    Optional<Path> find(ResourceId resource, String fileName) {
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(resource.toString()).resolve(fileName).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The media type of an acceptable file, or an error saying what is accepted. */
    static String check(String fileName, long size) {
        if (fileName == null || !NAME.matcher(fileName).matches() || fileName.contains("..")) {
            throw new InvalidInputException("Nom de fichier refusé : lettres minuscules, chiffres, « . », « - » et"
                    + " « _ » seulement, 100 caractères au plus.");
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            throw new InvalidInputException("Type de fichier refusé (« ." + extension + " »). Types acceptés : "
                    + String.join(", ", new java.util.TreeSet<>(TYPES.keySet())) + ".");
        }
        if (size > MAX_BYTES) {
            throw new InvalidInputException("Fichier trop lourd (" + size / 1024 + " Kio) : 10 Mio au plus.");
        }
        return type;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
