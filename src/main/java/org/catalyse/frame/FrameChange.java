package org.catalyse.frame;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One change to an editable axis of the frame: who, when, which value, the labels before and after. */
@Entity
@Table(name = "frame_change")
class FrameChange {

    enum Action {
        ADDED,
        RENAMED,
        RETIRED,
        RESTORED,
        DELETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String version;

    @Column(name = "axis_key")
    private String axis;

    @Column(name = "value_key")
    private String value;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String beforeFr;
    private String beforeEn;
    private String afterFr;
    private String afterEn;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected FrameChange() {}

    FrameChange(
            String version,
            String axis,
            String value,
            Action action,
            FrameView.Label before,
            FrameView.Label after,
            String by,
            Instant at) {
        this.version = version;
        this.axis = axis;
        this.value = value;
        this.action = action;
        this.beforeFr = before == null ? null : before.fr();
        this.beforeEn = before == null ? null : before.en();
        this.afterFr = after == null ? null : after.fr();
        this.afterEn = after == null ? null : after.en();
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getAxis() {
        return axis;
    }

    public String getValue() {
        return value;
    }

    public String getAction() {
        return action.name();
    }

    public String getBefore() {
        return beforeFr == null ? null : beforeFr + " / " + beforeEn;
    }

    public String getAfter() {
        return afterFr == null ? null : afterFr + " / " + afterEn;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** When, in UTC, as people read it. */
    public String getWhen() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneOffset.UTC)
                .format(changedAt);
    }
}
