package org.catalyse.frame;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One value of an axis. */
@Entity
@Table(name = "frame_value")
class FrameValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "axis_id")
    private FrameAxis axis;

    @Column(name = "value_key")
    private String key;

    private int position;
    private String labelFr;
    private String labelEn;
    private String descriptionFr;
    private String descriptionEn;

    /** Set when an administrator retires the value: kept for what refers to it, no longer offered. */
    @Column(name = "retired_at")
    private java.time.Instant retiredAt;

    protected FrameValue() {}

    FrameValue(FrameAxis axis, String key, int position, FrameFile.Text label, FrameFile.Text description) {
        this.axis = axis;
        this.key = key;
        this.position = position;
        this.labelFr = label.fr();
        this.labelEn = label.en();
        this.descriptionFr = description == null ? null : description.fr();
        this.descriptionEn = description == null ? null : description.en();
    }

    String key() {
        return key;
    }

    boolean retired() {
        return retiredAt != null;
    }

    FrameView.Label label() {
        return new FrameView.Label(labelFr, labelEn);
    }

    void rename(FrameView.Label label) {
        this.labelFr = label.fr();
        this.labelEn = label.en();
    }

    void retire(java.time.Instant now) {
        this.retiredAt = now;
    }

    void restore() {
        this.retiredAt = null;
    }

    int position() {
        return position;
    }

    FrameView.Value view() {
        return new FrameView.Value(
                key, new FrameView.Label(labelFr, labelEn), new FrameView.Label(descriptionFr, descriptionEn));
    }
}
