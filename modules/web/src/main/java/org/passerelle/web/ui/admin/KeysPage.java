package org.passerelle.web.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.keys.KeyRotationService;
import org.passerelle.application.keys.RotationView;
import org.passerelle.web.ui.UiBundle;
import org.passerelle.web.ui.UiProblems;

/**
 * ui/admin/keys.xhtml: the data key rotations with their progress, and the start of one for the
 * administrator's own organisation. The page does not refresh itself (a moving page disturbs
 * screen readers, RGAA 13.1); a button reloads it.
 */
@Named("keysPage")
@RequestScoped
public class KeysPage {

    private static final long MINUTE = 60;
    private static final long HOUR = 3600;

    @Inject
    Caller caller;

    @Inject
    KeyRotationService rotations;

    private List<RotationRow> rows;

    /** Before rendering (preRenderView), so that a refusal shows in the messages at the top. */
    public void load() {
        getRotations();
    }

    public List<RotationRow> getRotations() {
        if (rows == null) {
            rows = UiProblems.attemptList(() -> rotations.list(caller)).stream()
                    .map(KeysPage::row)
                    .toList();
        }
        return rows;
    }

    /** Whether a rotation of the administrator's organisation runs (another cannot start before it ends). */
    public boolean isRunning() {
        return getRotations().stream()
                .anyMatch(r -> r.running() && Objects.equals(r.view().organisation(), caller.organisation()));
    }

    /** Starts a rotation of the administrator's organisation's key, then shows the page again (PRG). */
    public String start() {
        RotationView started = UiProblems.attempt(() -> rotations.start(caller, caller.organisation()));
        if (started != null) {
            UiBundle.ADMIN.info("admin.keys.started", started.targetVersion());
        }
        return "/ui/admin/keys.xhtml?faces-redirect=true";
    }

    private static RotationRow row(RotationView v) {
        int percent = RotationRow.percent(v.doneRows(), v.totalRows());
        long max = Math.max(1, v.totalRows());
        long value = v.totalRows() <= 0 ? max : Math.min(v.doneRows(), max);
        return new RotationRow(
                v,
                max,
                value,
                percent,
                UiBundle.ADMIN.text("admin.keys.progress.text", percent, v.doneRows(), v.totalRows()),
                UiBundle.ADMIN.text("admin.keys.progress.label", v.organisation()),
                UiBundle.ADMIN.text("admin.keys.rate.value", v.rowsPerSecond()),
                remaining(v.estimatedSecondsLeft()));
    }

    /** "3 min": rounded up, so that "0 min" never shows while rows remain. */
    static String remaining(Long seconds) {
        if (seconds == null) {
            return UiBundle.ADMIN.text("admin.empty");
        }
        if (seconds < MINUTE) {
            return UiBundle.ADMIN.text("admin.duration.seconds", seconds);
        }
        if (seconds < HOUR) {
            return UiBundle.ADMIN.text("admin.duration.minutes", (seconds + MINUTE - 1) / MINUTE);
        }
        long minutes = (seconds + MINUTE - 1) / MINUTE;
        return UiBundle.ADMIN.text("admin.duration.hours", minutes / MINUTE, minutes % MINUTE);
    }
}
