package org.sezflow;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work done in a transaction of its own, on a thread of its own, and held open (done, not yet
 * committed) until the test lets it commit: so that another request runs exactly while the first
 * has written and not committed, which is the moment two nodes' requests meet. Engine commands in
 * the work join the transaction, as they do in the application.
 */
public final class HeldTransaction implements AutoCloseable {

  private final CountDownLatch done = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final CompletableFuture<Void> committed;

  private HeldTransaction(PlatformTransactionManager transactions, Runnable work) {
    committed = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      work.run();
      done.countDown();
      await(release);
    }));
  }

  /** Starts the work and returns once it is done and holds its transaction open. */
  public static HeldTransaction start(PlatformTransactionManager transactions, Runnable work) {
    HeldTransaction held = new HeldTransaction(transactions, work);
    try {
      while (!held.done.await(100, TimeUnit.MILLISECONDS)) {
        if (held.committed.isDone()) {
          held.committed.join(); // the work failed: throws its exception
          throw new IllegalStateException("The held work ended without being done");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return held;
  }

  /** Lets the transaction commit and waits for it. */
  public void commit() {
    release.countDown();
    committed.orTimeout(120, TimeUnit.SECONDS).join();
  }

  @Override
  public void close() {
    release.countDown();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(120, TimeUnit.SECONDS)) {
        throw new IllegalStateException("A held transaction was never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
