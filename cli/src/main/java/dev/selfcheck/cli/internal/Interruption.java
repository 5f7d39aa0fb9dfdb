package dev.selfcheck.cli.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/*
 * How a batch ends cleanly when the process is asked to stop. SIGINT and SIGTERM make the JVM run
 * its shutdown hooks and then halt, whatever the main thread is doing. A batch therefore opens a
 * Guard, which registers a hook for as long as the batch runs. The batch processes and writes each
 * line while holding the guard's lock (a ReentrantLock, so that the hook can give up waiting),
 * and the hook takes the same lock: so it runs between two lines (or while the batch waits for
 * input), never in the middle of one. Under the lock it calls
 * the batch's Ending once, with the number of the last line written: standard output gets a final
 * record saying that the output is incomplete, a file's temporary copy is deleted so that the
 * previous file stays. A batch that completes calls complete() under the same lock, so exactly one
 * of the two happens: the output is committed, or it is marked incomplete.
 *
 * A batch that is stuck inside one line for longer than the hook waits (a slow disk) gets no final
 * record: the signal does not allow it.
 */
/** Tells a batch that the process is asked to stop (SIGINT, SIGTERM), between two lines. */
abstract class Interruption {

  /** How long the shutdown hook waits for the line in progress, in milliseconds. */
  private static final long WAIT_MILLIS = 5_000;

  /** What a batch does when it is stopped after a line. */
  interface Ending {
    /**
     * Ends the batch early.
     *
     * @param lastLine the number of the last line whose result was written (0 for none)
     * @param reason why, e.g. {@code interrupted}
     */
    void stoppedAfter(long lastLine, String reason);
  }

  /** @return an interruption that never comes (tests, embedding) */
  static Interruption none() {
    return new Interruption() {
      @Override
      Guard guard(Ending ending) {
        return new Guard(ending);
      }
    };
  }

  /** @return the process's signals, through shutdown hooks */
  static Interruption onSignals() {
    return new Interruption() {
      @Override
      Guard guard(Ending ending) {
        Guard guard = new Guard(ending);
        Thread hook = new Thread(() -> guard.stop(), "selfcheck-interruption");
        guard.hook = hook;
        Runtime.getRuntime().addShutdownHook(hook);
        return guard;
      }
    };
  }

  /**
   * Watches for a stop while a batch runs.
   *
   * @param ending what to do when stopped
   * @return the guard; close it when the batch is over
   */
  abstract Guard guard(Ending ending);

  /** A step of a batch that writes to its output. */
  interface Step {
    /**
     * Does the step.
     *
     * @throws IOException if writing fails
     */
    void run() throws IOException;
  }

  /** One batch's watch: hold its lock while processing a line. */
  static class Guard implements AutoCloseable {
    private final Ending ending;
    private final ReentrantLock lock = new ReentrantLock();
    private Thread hook;
    private long lastLine;
    private boolean over;
    private boolean stopped;

    Guard(Ending ending) {
      this.ending = ending;
    }

    /**
     * Does a step under the lock, unless the batch is over (stopped, or complete).
     *
     * @param out the output the step writes to, for the failure
     * @param step what to do
     * @return whether it ran (false: the batch is over and must not write anything more)
     * @throws Failure if writing fails (exit code 3)
     */
    boolean run(Output out, Step step) {
      lock.lock();
      try {
        if (over) {
          return false;
        }
        step.run();
        return true;
      } catch (IOException e) {
        throw out.failed(e);
      } finally {
        lock.unlock();
      }
    }

    /**
     * Records that a line's result is written; call within a step.
     *
     * @param line the line's number
     */
    void written(long line) {
      lastLine = line;
    }

    /** @return whether the batch was stopped by {@link #stop()} */
    boolean wasStopped() {
      lock.lock();
      try {
        return stopped;
      } finally {
        lock.unlock();
      }
    }

    /**
     * Stops the batch after the line in progress, unless it is over: calls the ending once. A
     * shutdown hook calls it; tests may too. A line that takes longer than the hook waits is not
     * waited for, and nothing is written.
     */
    void stop() {
      stop("interrupted");
    }

    /**
     * Stops the batch for a reason, such as input that cannot be read any more.
     *
     * @param reason why
     */
    void stop(String reason) {
      try {
        if (!lock.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        if (!over) {
          over = true;
          stopped = true;
          ending.stoppedAfter(lastLine, reason);
        }
      } catch (RuntimeException e) {
        // the output is broken too: nothing can say that it is incomplete
      } finally {
        lock.unlock();
      }
    }

    /**
     * Ends the batch as complete, unless it was stopped.
     *
     * @param commit what makes the output complete
     * @return whether it was complete (false: stopped, the ending ran instead)
     */
    boolean complete(Runnable commit) {
      lock.lock();
      try {
        if (over) {
          return false;
        }
        over = true;
        commit.run();
        return true;
      } finally {
        lock.unlock();
      }
    }

    /** Unregisters the hook, unless the process is already stopping. */
    @Override
    public void close() {
      if (hook != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // shutting down: the hook runs, and finds the batch over or ends it
        }
      }
    }
  }
}
