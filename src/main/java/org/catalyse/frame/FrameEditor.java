package org.catalyse.frame;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators' changes to the editable axes of the current frame (status {@code editable-default}): add a
 * value, rename it, retire it, restore it, or delete it when nothing refers to it. Every change is kept in
 * {@code frame_change} with who made it, when, and the labels before and after. A value in use is never deleted:
 * it is retired, so that what refers to it keeps its name.
 */
@Service
class FrameEditor {

    private static final Pattern KEY = Pattern.compile("(?=.{1,60}$)[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_LABEL = 200;

    private final Frame frame;
    private final FrameAxes axes;
    private final FrameChanges changes;
    private final ObjectProvider<FrameUsage> usages;
    private final Clock clock = Clock.systemUTC();

    FrameEditor(Frame frame, FrameAxes axes, FrameChanges changes, ObjectProvider<FrameUsage> usages) {
        this.frame = frame;
        this.axes = axes;
        this.changes = changes;
        this.usages = usages;
    }

    /** The axes administrators may edit, in the frame's order. */
    List<FrameView.Axis> editableAxes() {
        return frame.current().axes().stream()
                .filter(a -> "editable-default".equals(a.status()))
                .toList();
    }

    /** How many objects of every module refer to {@code axis:value}. */
    long uses(String axis, String value) {
        return usages.orderedStream().mapToLong(u -> u.uses(axis, value)).sum();
    }

    @Transactional
    void add(String axisKey, String valueKey, String fr, String en, String by) {
        FrameAxis axis = editable(axisKey);
        String key = valueKey == null ? "" : valueKey.strip();
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("Clé « " + key + " » invalide : des minuscules sans accent, des chiffres"
                    + " et des tirets, 60 caractères au plus (par exemple sport-loisirs).");
        }
        if (axis.value(key).isPresent()) {
            throw new InvalidInputException("L'axe " + axisKey + " a déjà une valeur de clé « " + key + " ».");
        }
        FrameView.Label label = label(fr, en);
        axis.add(key, new FrameFile.Text(label.fr(), label.en()), null);
        record(axis, key, FrameChange.Action.ADDED, null, label, by);
    }

    @Transactional
    void rename(String axisKey, String valueKey, String fr, String en, String by) {
        FrameAxis axis = editable(axisKey);
        FrameValue value = value(axis, valueKey);
        FrameView.Label before = value.label();
        FrameView.Label after = label(fr, en);
        if (before.equals(after)) {
            return;
        }
        value.rename(after);
        record(axis, valueKey, FrameChange.Action.RENAMED, before, after, by);
    }

    @Transactional
    void retire(String axisKey, String valueKey, String by) {
        FrameAxis axis = editable(axisKey);
        FrameValue value = value(axis, valueKey);
        if (value.retired()) {
            return;
        }
        if (axis.view().values().size() <= 1) {
            throw new InvalidInputException("Un axe garde au moins une valeur proposée.");
        }
        value.retire(clock.instant());
        record(axis, valueKey, FrameChange.Action.RETIRED, value.label(), null, by);
    }

    @Transactional
    void restore(String axisKey, String valueKey, String by) {
        FrameAxis axis = editable(axisKey);
        FrameValue value = value(axis, valueKey);
        if (!value.retired()) {
            return;
        }
        value.restore();
        record(axis, valueKey, FrameChange.Action.RESTORED, null, value.label(), by);
    }

    /** Deletes a value that nothing refers to; one in use is refused, with the advice to retire it. */
    @Transactional
    void delete(String axisKey, String valueKey, String by) {
        FrameAxis axis = editable(axisKey);
        FrameValue value = value(axis, valueKey);
        long uses = uses(axisKey, valueKey);
        if (uses > 0) {
            throw new InvalidInputException("La valeur « " + value.label().fr() + " » qualifie encore " + uses
                    + (uses > 1 ? " fiches" : " fiche")
                    + " : elle ne peut pas être supprimée. Retirez-la plutôt : elle ne sera plus proposée, et ce"
                    + " qu'elle qualifie garde son nom.");
        }
        if (!value.retired() && axis.view().values().size() <= 1) {
            throw new InvalidInputException("Un axe garde au moins une valeur proposée.");
        }
        axis.remove(value);
        record(axis, valueKey, FrameChange.Action.DELETED, value.label(), null, by);
    }

    /** The latest changes, newest first. */
    @Transactional(readOnly = true)
    Page<FrameChange> history(int page, int size) {
        return changes.findAllByOrderByIdDesc(PageRequest.of(page, size));
    }

    private FrameAxis editable(String axisKey) {
        FrameAxis axis = axes.findByVersionOrderByPosition(frame.current().version()).stream()
                .filter(a -> a.key().equals(axisKey))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Axe du référentiel inconnu : « " + axisKey + " »."));
        if (!axis.editable()) {
            throw new InvalidInputException(
                    "L'axe « " + axisKey + " » reprend un fait publié : il ne se modifie" + " pas ici.");
        }
        return axis;
    }

    private static FrameValue value(FrameAxis axis, String valueKey) {
        return axis.value(valueKey)
                .orElseThrow(() ->
                        new NotFoundException("Valeur inconnue pour l'axe " + axis.key() + " : « " + valueKey + " »."));
    }

    private static FrameView.Label label(String fr, String en) {
        String f = fr == null ? "" : fr.strip();
        String e = en == null ? "" : en.strip();
        if (f.isEmpty() || e.isEmpty() || f.length() > MAX_LABEL || e.length() > MAX_LABEL) {
            throw new InvalidInputException(
                    "Donnez le libellé en français et en anglais (" + MAX_LABEL + " caractères au plus chacun).");
        }
        return new FrameView.Label(f, e);
    }

    private void record(
            FrameAxis axis,
            String valueKey,
            FrameChange.Action action,
            FrameView.Label before,
            FrameView.Label after,
            String by) {
        changes.save(new FrameChange(axis.version(), axis.key(), valueKey, action, before, after, by, clock.instant()));
        // The frame others read changes once this transaction has committed.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                frame.refresh();
            }
        });
    }
}
