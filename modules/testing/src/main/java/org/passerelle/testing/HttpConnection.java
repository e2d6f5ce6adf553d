package org.passerelle.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection, blocking, used by one load thread at a time: it writes a
 * request given as bytes and reads the whole response (status, headers, a body of known length or
 * chunked). It is a load generator's client, lean on purpose: the machine's two cores are shared
 * with the server under test, and every microsecond the client spends is taken from the server.
 * A connection the server closed while idle is opened again once, transparently.
 */
public final class HttpConnection implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 60_000;
    private static final int MAX_LINE = 16 * 1024;

    /** A response: its status and body (the headers are read and dropped). */
    public record Response(int status, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** This response if its status is {@code status}; else an {@link ApiException} naming the call. */
        public Response expect(int status, String call) {
            if (this.status != status) {
                String text = text().replace('\n', ' ');
                throw new ApiException(
                        call + " answered " + this.status + " (expected " + status + "): "
                                + text.substring(0, Math.min(300, text.length())),
                        this.status);
            }
            return this;
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean used;

    public HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** A GET request's bytes, with the given extra header lines (each without its CRLF). */
    public static byte[] get(String hostHeader, String path, String... headers) {
        return request("GET", hostHeader, path, null, headers);
    }

    /** A request's bytes: extra header lines (each without its CRLF) and, unless null, a JSON body. */
    public static byte[] request(String method, String hostHeader, String path, byte[] json, String... headers) {
        StringBuilder head = new StringBuilder(256)
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(hostHeader)
                .append("\r\nAccept: application/json\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(json.length)
                    .append("\r\n");
        } else if (!method.equals("GET")) {
            head.append("Content-Length: 0\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        if (json == null) {
            return start;
        }
        byte[] all = Arrays.copyOf(start, start.length + json.length);
        System.arraycopy(json, 0, all, start.length, json.length);
        return all;
    }

    public Response exchange(byte[] request) throws IOException {
        boolean reused = used && socket != null;
        try {
            return attempt(request);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            // The server may have closed the idle connection just before we wrote: once more, fresh.
            return attempt(request);
        }
    }

    private Response attempt(byte[] request) throws IOException {
        if (socket == null) {
            open();
        }
        out.write(request);
        out.flush();
        used = true;
        return readResponse();
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(READ_TIMEOUT_MILLIS);
        s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
        used = false;
    }

    private Response readResponse() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" ->
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {
                    // not needed
                }
            }
        }
        byte[] body;
        if (chunked) {
            body = chunkedBody();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length != length) {
                throw new EOFException("body ended after " + body.length + " of " + length + " bytes");
            }
        } else if (status == 204 || status == 304) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
            close = true;
        }
        if (close) {
            close();
        }
        return new Response(status, body);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            int extension = sizeLine.indexOf(';');
            int size = Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            if (size == 0) {
                // trailers, then the empty line
                while (!line().isEmpty()) {
                    // dropped
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("chunk ended early");
            }
            body.write(chunk);
            line(); // the CRLF after the chunk
        }
    }

    /** One header line, without its CRLF (ISO-8859-1, as HTTP/1.1 headers are). */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("header line over " + MAX_LINE + " characters");
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
