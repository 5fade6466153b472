package dev.curvature.jmol;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs the plugin's engine work off the Swing event thread: a progress view with Cancel while the
 * job computes, then the result is applied on the event thread (where the viewer may be changed).
 * Every failure ends in an error message, never in an exception escaping into Jmol. A cancelled
 * job applies nothing, so the model stays as it was.
 *
 * <p>In synchronous mode (tests) the job and the apply step run on the calling thread, through the
 * same code otherwise.
 */
public final class ActionRunner {

    /** What a running job sees: whether the user cancelled, and a place for one line of status. */
    public interface Progress {
        boolean cancelled();
        void status(String text);
        /** A stage name or step, and how far the whole job is (0 to 1). */
        default void progress(String text, double fraction) { status(text); }
    }

    /** Engine work; must not touch the viewer. */
    @FunctionalInterface
    public interface Job<T> {
        T compute(Progress progress) throws Exception;
    }

    /** Where the user hears about it: dialogs in Jmol, a recorder in tests. */
    public interface Feedback {
        void error(String title, String message);
        void info(String title, String message);
        /** Opens a progress view; {@code cancel} is called when the user presses Cancel. */
        ProgressView open(String title, Runnable cancel);
        /**
         * Asks a question with two answers (on the event thread, waiting for the answer).
         *
         * @return true for {@code accept}, false for {@code reject} (also when the dialog is closed)
         */
        boolean confirm(String title, String message, String accept, String reject);
    }

    public interface ProgressView {
        void status(String text);
        /** Status text and fraction done (0 to 1): a percentage on the bar. */
        default void progress(String text, double fraction) { status(text); }
        void close();
    }

    /** Thrown by a job that noticed the user's Cancel; the runner applies nothing. */
    public static final class CancelledException extends Exception {
        public CancelledException() { super("cancelled"); }
    }

    /** Thrown by a job for input it cannot work on; the message is shown as it is. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) { super(message); }
    }

    private final Feedback feedback;
    private final boolean synchronous;
    /** The running job's token, or null: Cancel releases it at once (see {@link #submit}). */
    private final java.util.concurrent.atomic.AtomicReference<Object> current = new java.util.concurrent.atomic.AtomicReference<>();
    private final ExecutorService worker;

    public ActionRunner(Feedback feedback, boolean synchronous) {
        this.feedback = feedback;
        this.synchronous = synchronous;
        // a thread per job: a cancelled job still inside a step that cannot be interrupted (one LAPACK
        // diagonalization, one charge solve) finishes on its own thread while the user goes on
        this.worker = synchronous ? null : Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "curvature-worker");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    public Feedback feedback() { return feedback; }

    /** Jobs run on the caller's thread (tests, scripts that wait). */
    public boolean isSynchronous() { return synchronous; }

    public boolean isBusy() { return current.get() != null; }

    private final java.util.concurrent.atomic.AtomicInteger computing = new java.util.concurrent.atomic.AtomicInteger();

    /** Engine jobs still computing, including cancelled ones finishing a step that cannot be interrupted. */
    public int computing() { return computing.get(); }

    /**
     * Starts a job; returns at once (asynchronous mode) with a status for the calling script.
     *
     * @param apply runs on the event thread with the job's result (not after Cancel or failure)
     */
    public <T> String submit(String title, Job<T> job, Consumer<T> apply) {
        Object token = new Object();
        if (!current.compareAndSet(null, token)) {
            feedback.info("Curvature", "Another Curvature job is still running; wait for it or cancel it.");
            return "busy";
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        if (synchronous) {
            try {
                execute(title, job, apply, cancelled, new ProgressView() {
                    @Override public void status(String text) {}
                    @Override public void close() {}
                });
            } finally {
                current.compareAndSet(token, null);
            }
            return "done";
        }
        ProgressView[] view = new ProgressView[1];
        // Cancel takes effect at once for the user: the dialog closes, nothing will be applied and the
        // next job may start; the engine stops at its next check of the flag (optimizer step, stage,
        // Raman mode) and its result is dropped.
        view[0] = feedback.open(title, () -> {
            cancelled.set(true);
            ProgressView v = view[0];
            if (current.compareAndSet(token, null) && v != null) onEventThread(v::close);
        });
        computing.incrementAndGet();
        worker.submit(() -> {
            try {
                execute(title, job, apply, cancelled, view[0]);
            } finally {
                current.compareAndSet(token, null);
                computing.decrementAndGet();
            }
        });
        return "started";
    }

    private <T> void execute(String title, Job<T> job, Consumer<T> apply, AtomicBoolean cancelled, ProgressView view) {
        T result;
        try {
            result = job.compute(new Progress() {
                @Override public boolean cancelled() { return cancelled.get(); }
                @Override public void status(String text) { view.status(text); }
                @Override public void progress(String text, double fraction) { view.progress(text, fraction); }
            });
            if (cancelled.get()) throw new CancelledException();
        } catch (CancelledException | java.util.concurrent.CancellationException e) {
            onEventThread(view::close);
            return;
        } catch (RefusedException e) {
            onEventThread(view::close);
            feedback.error(title, e.getMessage());
            return;
        } catch (Throwable e) {
            onEventThread(view::close);
            feedback.error(title, describe(e));
            return;
        }
        onEventThread(() -> {
            view.close();
            if (cancelled.get()) return; // Cancel pressed while the result was on its way
            try {
                apply.accept(result);
            } catch (Throwable e) {
                feedback.error(title, describe(e));
            }
        });
    }

    private void onEventThread(Runnable r) {
        if (synchronous || javax.swing.SwingUtilities.isEventDispatchThread()) r.run();
        else javax.swing.SwingUtilities.invokeLater(r);
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        if (e instanceof OutOfMemoryError) return "Not enough memory for this molecule (" + m + ").";
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
