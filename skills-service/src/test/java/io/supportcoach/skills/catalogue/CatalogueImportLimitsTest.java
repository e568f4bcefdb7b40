package io.supportcoach.skills.catalogue;

import static io.supportcoach.skills.catalogue.CatalogueFixtures.CSV_HEADER;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.csvRow;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.uniqueCode;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Locale;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The import reads a file of up to 16 MiB, where every other operation reads 1 MiB, with a Content-Length or in
 * chunks. The files here are one row whose description fills them up: once the file is taken, the import refuses that
 * row as too long (400), so a 400 shows the body was read and a 413 that it was not.
 */
@QuarkusTest
class CatalogueImportLimitsTest {

    private static final int LIMIT = 16 * 1024 * 1024;

    @Test
    void aFileOfSixteenMebibytesIsReadWithOrWithoutALength() throws Exception {
        for (boolean announced : new boolean[] { true, false }) {
            Answer answer = post(fileOf(LIMIT), announced);
            assertThat(answer.status()).as("announced: " + announced).isEqualTo(400);
            JsonPath problem = new JsonPath(answer.body());
            assertThat(problem.getString("code")).isEqualTo("CSV_MALFORMED");
            assertThat(problem.getString("errors[0].code")).isEqualTo("TOO_LONG");
        }
    }

    @Test
    void aByteMoreIsRefusedWithOrWithoutALength() throws Exception {
        for (boolean announced : new boolean[] { true, false }) {
            Answer answer = post(fileOf(LIMIT + 1), announced);
            assertThat(answer.status()).as("announced: " + announced).isEqualTo(413);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonPath problem = new JsonPath(answer.body());
            assertThat(problem.getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(problem.getString("detail")).contains("16 MiB");
        }
    }

    /** Exactly {@code bytes} long: a header and one row, its description padded. */
    private static byte[] fileOf(int bytes) {
        String row = csvRow(uniqueCode("huge"), "communication", "SOFT");
        int padding = bytes - CSV_HEADER.length() - row.length();
        byte[] file = (CSV_HEADER + row.replace("Imported by a test.", "Imported by a test." + "x".repeat(padding)))
                .getBytes(UTF_8);
        assertThat(file).hasSize(bytes);
        return file;
    }

    private record Answer(int status, String contentType, String body) {
    }

    /**
     * The file sent from another thread while the answer is read, over a plain socket: REST Assured writes the whole
     * body before it reads, and fails when the server closes the connection on a body it will not read.
     */
    private static Answer post(byte[] file, boolean announced) throws Exception {
        try (var socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /catalogue/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + TestTokens.hrAdmin() + "\r\nContent-Type: text/csv\r\nConnection: close\r\n"
                    + (announced ? "Content-Length: " + file.length : "Transfer-Encoding: chunked") + "\r\n\r\n")
                    .getBytes(US_ASCII));
            Thread sender = new Thread(() -> send(out, file, announced));
            sender.start();
            Answer answer = read(new BufferedInputStream(socket.getInputStream()));
            sender.join();
            return answer;
        }
    }

    private static void send(OutputStream out, byte[] file, boolean announced) {
        int chunk = 64 * 1024;
        try {
            for (int at = 0; at < file.length; at += chunk) {
                int size = Math.min(chunk, file.length - at);
                if (!announced) {
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(US_ASCII));
                }
                out.write(file, at, size);
                if (!announced) {
                    out.write("\r\n".getBytes(US_ASCII));
                }
            }
            if (!announced) {
                out.write("0\r\n\r\n".getBytes(US_ASCII));
            }
            out.flush();
        } catch (IOException closed) {
            // The server answered and closed the connection before the file was through.
        }
    }

    private static Answer read(InputStream in) throws IOException {
        int status = Integer.parseInt(line(in).substring(9, 12));
        String contentType = "";
        int length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String name = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT);
            String value = header.substring(header.indexOf(':') + 1).trim();
            switch (name) {
            case "content-type" -> contentType = value;
            case "content-length" -> length = Integer.parseInt(value);
            case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
            default -> {
            }
            }
        }
        var body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (length >= 0) {
            body.write(in.readNBytes(length));
        }
        return new Answer(status, contentType, body.toString(UTF_8));
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
