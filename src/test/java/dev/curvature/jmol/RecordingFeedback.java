package dev.curvature.jmol;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Feedback for tests: records messages instead of showing dialogs; can press Cancel at once. */
final class RecordingFeedback implements ActionRunner.Feedback {
    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> infos = new CopyOnWriteArrayList<>();
    final List<String> progressOpened = new CopyOnWriteArrayList<>();
    private final boolean cancelAtOnce;

    RecordingFeedback(boolean cancelAtOnce) {
        this.cancelAtOnce = cancelAtOnce;
    }

    @Override public void error(String title, String message) { errors.add(title + ": " + message); }
    @Override public void info(String title, String message) { infos.add(title + ": " + message); }

    @Override public ActionRunner.ProgressView open(String title, Runnable cancel) {
        progressOpened.add(title);
        if (cancelAtOnce) cancel.run();
        return new ActionRunner.ProgressView() {
            @Override public void status(String text) {}
            @Override public void close() {}
        };
    }
}
