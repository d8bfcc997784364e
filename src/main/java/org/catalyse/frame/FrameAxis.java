package org.catalyse.frame;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One axis of one version of the frame, with its values in order. */
@Entity
@Table(name = "frame_axis")
class FrameAxis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String version;

    @Column(name = "axis_key")
    private String key;

    private int position;
    private String labelFr;
    private String labelEn;
    private String descriptionFr;
    private String descriptionEn;
    private String status;
    private String statusNoteFr;
    private String statusNoteEn;

    @OneToMany(mappedBy = "axis", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FrameValue> values = new ArrayList<>();

    protected FrameAxis() {}

    FrameAxis(
            String version,
            String key,
            int position,
            FrameFile.Text label,
            FrameFile.Text description,
            String status,
            FrameFile.Text statusNote) {
        this.version = version;
        this.key = key;
        this.position = position;
        this.labelFr = label.fr();
        this.labelEn = label.en();
        this.descriptionFr = description == null ? null : description.fr();
        this.descriptionEn = description == null ? null : description.en();
        this.status = status;
        this.statusNoteFr = statusNote == null ? null : statusNote.fr();
        this.statusNoteEn = statusNote == null ? null : statusNote.en();
    }

    void add(String valueKey, FrameFile.Text label, FrameFile.Text description) {
        int position = values.stream().mapToInt(FrameValue::position).max().orElse(0) + 1;
        values.add(new FrameValue(this, valueKey, position, label, description));
    }

    /** Whether administrators may change this axis's values. */
    boolean editable() {
        return "editable-default".equals(status);
    }

    java.util.Optional<FrameValue> value(String valueKey) {
        return values.stream().filter(v -> v.key().equals(valueKey)).findFirst();
    }

    void remove(FrameValue value) {
        values.remove(value);
    }

    String key() {
        return key;
    }

    FrameView.Axis view() {
        return new FrameView.Axis(
                key,
                new FrameView.Label(labelFr, labelEn),
                new FrameView.Label(descriptionFr, descriptionEn),
                status,
                new FrameView.Label(statusNoteFr, statusNoteEn),
                values.stream().filter(v -> !v.retired()).map(FrameValue::view).toList(),
                values.stream()
                        .filter(FrameValue::retired)
                        .map(FrameValue::view)
                        .toList());
    }

    String version() {
        return version;
    }
}
