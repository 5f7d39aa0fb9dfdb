package dev.selfcheck.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: commands with replies,
 * and every event kept for later inspection. One page session (flat mode) on the browser socket.
 * Every wait is bounded by {@link #TIMEOUT}.
 */
final class Cdp implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final List<CompletableFuture<JsonNode>> waiters = new CopyOnWriteArrayList<>();
  private final List<Predicate<JsonNode>> waiterTests = new CopyOnWriteArrayList<>();
  private String session;

  private Cdp(WebSocket socket) {
    this.socket = socket;
  }

  /**
   * Connects to the browser that wrote its port to {@code DevToolsActivePort} in its profile.
   *
   * @param profile the {@code --user-data-dir}
   * @param chromium the browser process, to fail fast if it dies
   * @return the client, attached to a new blank page
   */
  static Cdp connect(Path profile, Process chromium) throws Exception {
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    List<String> lines = List.of();
    while (System.nanoTime() < deadline) {
      if (!chromium.isAlive()) {
        throw new IllegalStateException("Chromium exited with code " + chromium.exitValue() + " before it was ready");
      }
      if (Files.exists(portFile)) {
        lines = Files.readAllLines(portFile);
        if (lines.size() >= 2) {
          break;
        }
      }
      Thread.sleep(100);
    }
    if (lines.size() < 2) {
      throw new IllegalStateException("Chromium wrote no DevToolsActivePort within " + TIMEOUT);
    }
    URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
    Listener listener = new Listener();
    WebSocket socket = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().newWebSocketBuilder()
        .connectTimeout(TIMEOUT).buildAsync(uri, listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    Cdp cdp = new Cdp(socket);
    listener.cdp = cdp;
    String target = cdp.send("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asString();
    cdp.session = cdp.send("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .path("sessionId").asString();
    return cdp;
  }

  /**
   * Sends a command to the page and waits for its result.
   *
   * @return the result
   * @throws IllegalStateException if the browser answers with an error
   */
  JsonNode send(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    Map<String, Object> message = new java.util.LinkedHashMap<>();
    message.put("id", id);
    message.put("method", method);
    message.put("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  /**
   * Evaluates a JavaScript expression in the page (DevTools evaluation is not subject to the
   * page's Content-Security-Policy) and returns its value.
   */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Starts waiting for the next event of a method; call before the action that causes it. */
  CompletableFuture<JsonNode> next(String method) {
    CompletableFuture<JsonNode> future = new CompletableFuture<>();
    waiterTests.add(e -> method.equals(e.path("method").asString()));
    waiters.add(future);
    return future;
  }

  /** @return every event received so far */
  List<JsonNode> events() {
    return List.copyOf(events);
  }

  private void received(String text) {
    JsonNode message = JSON.readTree(text);
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    events.add(message);
    for (int i = 0; i < waiters.size(); i++) {
      if (!waiters.get(i).isDone() && waiterTests.get(i).test(message)) {
        waiters.get(i).complete(message);
      }
    }
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      socket.abort();
    }
  }

  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();
    private volatile Cdp cdp;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        if (cdp != null) {
          cdp.received(text);
        }
      }
      webSocket.request(1);
      return null;
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // a leftover temporary profile is harmless; Chromium's helper processes may still be
      // removing their own files while the walk runs (NoSuchFileException)
    }
  }
}
