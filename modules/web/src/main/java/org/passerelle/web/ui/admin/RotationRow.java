package org.passerelle.web.ui.admin;

import org.passerelle.application.keys.RotationView;

/**
 * A rotation as the keys page shows it: the view, and the figures of its progress bar already
 * worked out (a {@code <progress>} needs a positive max; an empty rotation is simply done).
 *
 * @param percent  whole per cent done, 100 only when every row is
 * @param progress the bar's text: the per cent and the rows, so the figure is never only drawn
 * @param label    the bar's accessible name, naming the organisation
 */
public record RotationRow(
        RotationView view,
        long max,
        long value,
        int percent,
        String progress,
        String label,
        String rate,
        String remaining) {

    static final String RUNNING = "RUNNING";

    public boolean running() {
        return RUNNING.equals(view.status());
    }

    static int percent(long done, long total) {
        if (total <= 0 || done >= total) {
            return 100;
        }
        return (int) Math.min(99, done * 100 / total);
    }
}
