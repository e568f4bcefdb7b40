package io.supportcoach.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.RestAssured;

/**
 * A POST over a plain socket whose body is sent from another thread while the answer is read, as a browser or curl
 * does: an answer that comes before the whole body is seen, however large the body. REST Assured writes the whole
 * body before it reads, and fails when the server closes the connection on a body it refused.
 */
public final class Upload {

    /**
     * The answer; how many bytes of the body were sent before the server closed the connection, and, for a 413,
     * whether the server closed the connection after refusing the body.
     */
    public record Answer(int status, Map<String, String> headers, String body, long bytesSent, boolean closed) {
    }

    private Upload() {
    }

    /** {@code bytes} of body: announced with Content-Length when {@code announced}, else sent in chunks. */
    public static Answer post(String path, String token, long bytes, boolean announced) throws Exception {
        return post(path, token, "application/octet-stream", "", bytes, announced);
    }

    /** A body of {@code bytes} that starts with {@code start} and goes on with x. */
    public static Answer post(String path, String token, String contentType, String start, long bytes,
            boolean announced) throws Exception {
        byte[] first = start.getBytes(StandardCharsets.US_ASCII);
        return post(path, token, contentType,
                new SequenceInputStream(new ByteArrayInputStream(first), new Filler(bytes - first.length)), bytes,
                announced);
    }

    /** The whole {@code body}. */
    public static Answer post(String path, String token, String contentType, byte[] body, boolean announced)
            throws Exception {
        return post(path, token, contentType, new ByteArrayInputStream(body), body.length, announced);
    }

    private static Answer post(String path, String token, String contentType, InputStream body, long bytes,
            boolean announced) throws Exception {
        try (var socket = new Socket("127.0.0.1", RestAssured.port)) {
            // Long enough for a service to take a 16 MiB file in before it answers.
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: " + contentType + "\r\n"
                    + (announced ? "Content-Length: " + bytes : "Transfer-Encoding: chunked") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread sender = new Thread(() -> send(out, body, announced, sent));
            sender.start();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Answer answer = read(in);
            // Only a refused body closes the connection; one the answer keeps open would only time out here.
            boolean closed = answer.status() == 413 && closedAfterAnswer(in);
            socket.close();
            sender.join();
            return new Answer(answer.status(), answer.headers(), answer.body(), sent.get(), closed);
        }
    }

    /** Whether the server closes the connection within a few seconds; a reset counts as closed. */
    private static boolean closedAfterAnswer(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException open) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    private static void send(OutputStream out, InputStream body, boolean announced, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int size = body.readNBytes(chunk, 0, chunk.length); size > 0;
                    size = body.readNBytes(chunk, 0, chunk.length)) {
                if (!announced) {
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(chunk, 0, size);
                if (!announced) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                sent.addAndGet(size);
            }
            if (!announced) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException closed) {
            // The server answered and closed the connection before the body was through: what the test looks at.
        }
    }

    /** So many x, made as they are read: a body of hundreds of MiB is never held in memory. */
    private static final class Filler extends InputStream {
        private long left;

        Filler(long bytes) {
            this.left = bytes;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 'x';
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int size = (int) Math.min(length, left);
            Arrays.fill(into, offset, offset + size, (byte) 'x');
            left -= size;
            return size;
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        var body = new ByteArrayOutputStream();
        if (headers.containsKey("Content-Length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("Content-Length"))));
        } else if ("chunked".equals(headers.getOrDefault("Transfer-Encoding", "").toLowerCase(Locale.ROOT))) {
            for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        }
        return new Answer(Integer.parseInt(statusLine.substring(9, 12)), headers,
                body.toString(StandardCharsets.UTF_8), 0, false);
    }

    private static String line(InputStream in) throws IOException {
        var line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed in the middle of the answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
