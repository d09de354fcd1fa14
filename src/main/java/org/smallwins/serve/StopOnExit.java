package org.smallwins.serve;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops the preview when it is told to (Ctrl+C, or the goal's thread interrupted), saying so in one
 * line: a preview that went quiet left the writer unsure it had stopped at all.
 */
public final class StopOnExit {
    /** The line said once the preview has stopped. */
    public static final String STOPPED = "Stopped.";

    private final AutoCloseable server;
    private final ServeLog log;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    final Thread hook = new Thread(this::stop, "smallwins-stop");

    StopOnExit(AutoCloseable server, ServeLog log) {
        this.server = server;
        this.log = log;
    }

    /** Stops {@code server} when the JVM is stopped; {@link #await} waits for that. */
    public static StopOnExit register(AutoCloseable server, ServeLog log) {
        StopOnExit stop = new StopOnExit(server, log);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Waits until the preview has stopped. */
    public void await() throws InterruptedException {
        stopped.await();
    }

    /** Closes the server and says so, once, whoever calls first: the shutdown hook or the goal's thread. */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway, and finds the server stopped
            }
        }
        try {
            server.close();
        } catch (Exception ignored) {
            // stopping anyway: the process ends, and the port with it
        }
        log.line(ServeLog.Level.INFO, STOPPED);
        stopped.countDown();
    }
}
