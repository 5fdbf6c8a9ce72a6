package org.sezflow.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** HTTP requests sent by a number of clients, their latencies sorted, and percentiles of them. */
final class Latencies {

  private Latencies() {}

  /** Sends the request {@code total} times from {@code clients} clients; the latencies in ms, sorted. */
  static List<Double> measure(HttpClient http, HttpRequest request, int clients, int total) throws Exception {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger left = new AtomicInteger(total);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      work.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          long began = System.nanoTime();
          HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
          latencies.add((System.nanoTime() - began) / 1e6);
          if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
          }
        }
        return null;
      }));
    }
    for (Future<?> future : work) {
      future.get();
    }
    pool.shutdown();
    List<Double> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return sorted;
  }

  static double percentile(List<Double> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
  }
}
