package dev.curvature.jmol;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Feedback for tests: records messages instead of showing dialogs; can press Cancel at once. */
final class RecordingFeedback implements ActionRunner.Feedback {
    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> infos = new CopyOnWriteArrayList<>();
    final List<String> progressOpened = new CopyOnWriteArrayList<>();
    final List<String> questions = new CopyOnWriteArrayList<>();
    final List<Double> fractions = new CopyOnWriteArrayList<>();
    /** The answer given to every confirm(): true = the accept button. */
    volatile boolean acceptAnswer = false;
    private final boolean cancelAtOnce;

    RecordingFeedback(boolean cancelAtOnce) {
        this.cancelAtOnce = cancelAtOnce;
    }

    @Override public void error(String title, String message) { errors.add(title + ": " + message); }
    @Override public void info(String title, String message) { infos.add(title + ": " + message); }

    @Override public boolean confirm(String title, String message, String accept, String reject) {
        questions.add(title + ": " + message);
        return acceptAnswer;
    }

    @Override public ActionRunner.ProgressView open(String title, Runnable cancel) {
        progressOpened.add(title);
        if (cancelAtOnce) cancel.run();
        return new ActionRunner.ProgressView() {
            @Override public void status(String text) {}
            @Override public void progress(String text, double fraction) { fractions.add(fraction); }
            @Override public void close() {}
        };
    }
}
