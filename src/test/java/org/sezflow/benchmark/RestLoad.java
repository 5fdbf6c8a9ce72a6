package org.sezflow.benchmark;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.sezflow.proposal.ApiExamples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * M concurrent HTTP clients, each with its own java.net.http.HttpClient (its own keep-alive
 * connection), each POSTing proposals to /api/v1/proposals back to back for a fixed time.
 */
final class RestLoad {

  record Result(int clients, double seconds, long requests, long[] latenciesNanos, Map<Integer, Long> statuses,
      long errors, String firstError) {}

  private final URI uri;
  private final String authorization;
  private final double acres;
  private final AtomicLong sequence = new AtomicLong();

  RestLoad(int port, String user, String password, double acres) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/api/v1/proposals");
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.acres = acres;
  }

  Result run(int clients, double seconds) throws InterruptedException {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    List<long[]> latencies = new ArrayList<>();
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    LongAdder errors = new LongAdder();
    String[] firstError = new String[1];
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[][] mine = {new long[1024]};
      int[] count = {0};
      Thread thread = new Thread(() -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        while (System.nanoTime() < deadline) {
          HttpRequest request = HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", authorization)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body(sequence.getAndIncrement()), StandardCharsets.UTF_8))
              .build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            if (count[0] == mine[0].length) {
              mine[0] = java.util.Arrays.copyOf(mine[0], mine[0].length * 2);
            }
            mine[0][count[0]++] = t;
            statuses.computeIfAbsent(response.statusCode(), k -> new LongAdder()).increment();
            if (response.statusCode() != 201) {
              synchronized (firstError) {
                if (firstError[0] == null) {
                  firstError[0] = response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
                }
              }
            }
          } catch (Exception e) {
            errors.increment();
            synchronized (firstError) {
              if (firstError[0] == null) {
                firstError[0] = e.toString();
              }
            }
          }
        }
        synchronized (latencies) {
          latencies.add(java.util.Arrays.copyOf(mine[0], count[0]));
        }
      }, "rest-client-" + c);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
    Map<Integer, Long> statusCounts = new TreeMap<>();
    statuses.forEach((status, adder) -> statusCounts.put(status, adder.sum()));
    return new Result(clients, elapsed, all.length, all, statusCounts, errors.sum(), firstError[0]);
  }

  /** The API's example submission, as a pharma JV in one of the nine zones asking for a small area. */
  private String body(long n) {
    ObjectNode body = EXAMPLE.deepCopy();
    body.put("title", "Sino-Pakistan Pharmaceutical Formulations " + n);
    body.put("sector", "pharma");
    body.put("smartSezRequested", false);
    body.put("zoneCode", Lifecycles.ZONES.get((int) (n % Lifecycles.ZONES.size())));
    body.put("acresRequested", new BigDecimal(Double.toString(acres)));
    return body.toString();
  }

  private static final ObjectNode EXAMPLE = example();

  private static ObjectNode example() {
    try {
      return (ObjectNode) new ObjectMapper().readTree(ApiExamples.submission());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The API's example submission is not JSON", e);
    }
  }
}
