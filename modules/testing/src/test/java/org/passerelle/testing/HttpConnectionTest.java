package org.passerelle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    /** Answers each request on a connection with the next canned response; closes after {@code perConnection}. */
    private static final class CannedServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        final List<String> requestLines = Collections.synchronizedList(new ArrayList<>());
        int connections;

        CannedServer(int perConnection, String... responses) throws IOException {
            Thread.ofPlatform().daemon().start(() -> {
                int next = 0;
                try {
                    while (next < responses.length) {
                        try (Socket client = socket.accept()) {
                            connections++;
                            BufferedReader in = new BufferedReader(
                                    new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                            OutputStream out = client.getOutputStream();
                            for (int served = 0; served < perConnection && next < responses.length; served++) {
                                String line = in.readLine();
                                requestLines.add(line);
                                while (line != null && !line.isEmpty()) {
                                    line = in.readLine();
                                }
                                out.write(responses[next++].getBytes(StandardCharsets.UTF_8));
                                out.flush();
                            }
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void readsBodiesOfKnownLengthAndChunkedOnOneKeptAliveConnection() throws IOException {
        try (CannedServer server = new CannedServer(
                        2,
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"a\":\"été\"}",
                        "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"b\"\r\n3;x=1\r\n:1}\r\n0\r\n\r\n");
                HttpConnection connection = new HttpConnection("127.0.0.1", server.port())) {
            HttpConnection.Response first = connection.exchange(HttpConnection.get("localhost", "/one"));
            HttpConnection.Response second =
                    connection.exchange(HttpConnection.get("localhost", "/two", "Authorization: Bearer t"));

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.text()).isEqualTo("{\"a\":\"été\"}");
            assertThat(second.status()).isEqualTo(404);
            assertThat(second.text()).isEqualTo("{\"b\":1}");
            assertThat(server.requestLines).containsExactly("GET /one HTTP/1.1", "GET /two HTTP/1.1");
            assertThat(server.connections).isEqualTo(1);
        }
    }

    @Test
    void opensTheConnectionAgainWhenTheServerClosedItWhileIdle() throws IOException {
        try (CannedServer server = new CannedServer(
                        1,
                        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
                        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nagain");
                HttpConnection connection = new HttpConnection("127.0.0.1", server.port())) {
            assertThat(connection.exchange(HttpConnection.get("localhost", "/")).text())
                    .isEqualTo("ok");
            assertThat(connection.exchange(HttpConnection.get("localhost", "/")).text())
                    .isEqualTo("again");
            assertThat(server.connections).isEqualTo(2);
        }
    }

    @Test
    void requestsAreHttp11WithHostAcceptAndTheHeadersGiven() {
        assertThat(new String(
                        HttpConnection.get("localhost:28080", "/api/v1/persons/1", "Authorization: Bearer x"),
                        StandardCharsets.ISO_8859_1))
                .isEqualTo("GET /api/v1/persons/1 HTTP/1.1\r\nHost: localhost:28080\r\nAccept: application/json\r\n"
                        + "Authorization: Bearer x\r\n\r\n");
    }
}
