package io.supportcoach.http.limits;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
final class Upload {

    /**
     * The answer; how many bytes of the body were sent before the server closed the connection, and whether it closed
     * it after refusing the request.
     */
    record Answer(int status, Map<String, String> headers, String body, long bytesSent, boolean closed) {
    }

    private Upload() {
    }

    /** {@code bytes} of body: announced with Content-Length when {@code announced}, else sent in chunks. */
    static Answer post(String path, String token, long bytes, boolean announced) throws Exception {
        return post(path, token, "application/octet-stream", "", bytes, announced);
    }

    /** A body of {@code bytes} that starts with {@code start} and goes on with x. */
    static Answer post(String path, String token, String contentType, String start, long bytes, boolean announced)
            throws Exception {
        try (var socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: " + contentType + "\r\n"
                    + (announced ? "Content-Length: " + bytes : "Transfer-Encoding: chunked") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread sender = new Thread(() -> send(out, start.getBytes(StandardCharsets.US_ASCII), bytes, announced,
                    sent));
            sender.start();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Answer answer = read(in);
            // A connection the answer keeps open would only time out here.
            boolean closed = answer.status() >= 400 && closedAfterAnswer(in);
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

    private static void send(OutputStream out, byte[] start, long bytes, boolean announced, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        System.arraycopy(start, 0, chunk, 0, start.length);
        try {
            for (long left = bytes; left > 0; ) {
                int size = (int) Math.min(chunk.length, left);
                if (!announced) {
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(chunk, 0, size);
                if (!announced) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                left -= size;
                sent.addAndGet(size);
                Arrays.fill(chunk, 0, start.length, (byte) 'x');
            }
            if (!announced) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException closed) {
            // The server answered and closed the connection before the body was through: what the test looks at.
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
