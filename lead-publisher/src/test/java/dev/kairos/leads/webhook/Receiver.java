package dev.kairos.leads.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on 127.0.0.1 that records every request and answers as the test says. */
final class Receiver implements AutoCloseable {

    private final HttpServer server;

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private volatile Function<Request, Answer> responder;

    private Receiver(HttpServer server, Function<Request, Answer> responder) {
        this.server = server;
        this.responder = responder;
    }

    static Receiver start(Function<Request, Answer> responder) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            Receiver receiver = new Receiver(server, responder);
            server.createContext("/", exchange -> {
                try (exchange) {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                    Request request = new Request(exchange.getRequestURI().getPath(),
                            String.valueOf(exchange.getRequestHeaders().getFirst("webhook-id")),
                            timestamp == null ? -1 : Long.parseLong(timestamp),
                            String.valueOf(exchange.getRequestHeaders().getFirst("webhook-signature")), body, 0);
                    Answer answer = receiver.responder.apply(request);
                    receiver.requests.add(request.answered(answer.status()));
                    answer.headers().forEach(exchange.getResponseHeaders()::set);
                    byte[] reply = answer.body().getBytes();
                    exchange.sendResponseHeaders(answer.status(), reply.length == 0 ? -1 : reply.length);
                    if (reply.length > 0) {
                        exchange.getResponseBody().write(reply);
                    }
                }
            });
            server.start();
            return receiver;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void answer(Function<Request, Answer> responder) {
        this.responder = responder;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Every request, in the order they were answered. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests answered with a 2xx, in order. */
    List<Request> delivered() {
        return requests.stream().filter(request -> request.status() / 100 == 2).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request and the status it got. */
    record Request(String path, String id, long timestamp, String signature, byte[] body, int status) {

        Request answered(int answer) {
            return new Request(path, id, timestamp, signature, body, answer);
        }
    }

    /** How to answer. */
    record Answer(int status, Map<String, String> headers, String body) {

        static Answer status(int status) {
            return new Answer(status, Map.of(), "");
        }
    }
}
