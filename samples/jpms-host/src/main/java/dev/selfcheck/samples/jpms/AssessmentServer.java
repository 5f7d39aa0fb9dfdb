package dev.selfcheck.samples.jpms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Scores responses to the flagship self-check over HTTP: {@code POST /assessments} with a response
 * document (JSON) answers {@code 200} with the assessment JSON, or {@code 422} with one finding per
 * line (code, JSON Pointer, message) when the response does not fit the questionnaire.
 *
 * <p>The questionnaire is loaded and compiled once; the {@link Scorer} is immutable and serves all
 * requests at once.
 */
public final class AssessmentServer implements AutoCloseable {

  private static final int MAX_REQUEST_BYTES = 1 << 20;

  private final Questionnaire questionnaire = Flagship.questionnaire();
  private final QuestionnaireCodec codec = QuestionnaireCodec.create();
  private final Scorer scorer = ScoringEngine.create().compile(questionnaire);
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  private AssessmentServer(InetSocketAddress address) throws IOException {
    server = HttpServer.create(address, 0);
    server.createContext("/assessments", this::assess);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Starts a server on the loopback address.
   *
   * @param port the port, 0 for any free one
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static AssessmentServer start(int port) throws IOException {
    return new AssessmentServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  /** @return the port the server listens on */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void assess(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "POST");
        send(exchange, 405, "text/plain", "POST a response document (JSON) to /assessments\n");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_REQUEST_BYTES + 1);
      }
      if (body.length > MAX_REQUEST_BYTES) {
        send(exchange, 413, "text/plain", "a response document may have at most " + MAX_REQUEST_BYTES + " bytes\n");
        return;
      }
      DecodeResult<Response> response = codec.readResponse(body, DocumentFormat.JSON, questionnaire);
      if (!response.isValid()) {
        send(exchange, 422, "text/plain", response.errors().stream().map(Finding::toString)
            .collect(Collectors.joining("\n", "", "\n")));
        return;
      }
      send(exchange, 200, "application/json", scorer.score(response.orElseThrow()).toJson());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Runs the server until the process ends.
   *
   * @param args the port (default 8080)
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    AssessmentServer server = start(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
    System.out.println("POST response documents to http://127.0.0.1:" + server.port() + "/assessments");
  }
}
