package org.passerelle.exchange;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A partner's HTTPS endpoint: the JDK's server on a free port, answering a chosen status, keeping each request. */
final class TestHttpsServer implements AutoCloseable {

    record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpsServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();

    TestHttpsServer(TestCertificates certificate) {
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                requests.add(new Request(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(),
                        Map.copyOf(exchange.getRequestHeaders()),
                        in.readAllBytes()));
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    void answer(int httpStatus) {
        status.set(httpStatus);
    }

    /** {@code https://{host}:{port}/passerelle/orientations}; {@code host} must be named by the certificate. */
    URI uri(String host) {
        return URI.create("https://" + host + ":" + server.getAddress().getPort() + "/passerelle/orientations");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
