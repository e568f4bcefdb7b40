package io.supportcoach.http.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.supportcoach.http.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Opaque, tamper-evident keyset cursors: the position of the last row of a page as JSON, signed
 * with HMAC-SHA256. The signature also covers the list's scope (collection and filters), so a
 * cursor from one query cannot be replayed against another.
 */
@ApplicationScoped
class CursorCodec {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final TypeReference<LinkedHashMap<String, String>> POSITION = new TypeReference<>() {
    };

    private final ObjectMapper objectMapper;
    private final SecretKeySpec key;

    CursorCodec(ObjectMapper objectMapper, CursorConfig config) {
        this.objectMapper = objectMapper;
        this.key = new SecretKeySpec(config.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String encode(String scope, Map<String, String> position) {
        try {
            String payload = ENCODER.encodeToString(objectMapper.writeValueAsBytes(position));
            return payload + "." + ENCODER.encodeToString(sign(scope, payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A cursor position must be plain strings", e);
        }
    }

    /** The position a cursor holds; a cursor that was altered or belongs to another query is a 400. */
    Map<String, String> decode(String scope, String cursor) {
        int dot = cursor.indexOf('.');
        if (dot <= 0 || dot == cursor.length() - 1) {
            throw invalid();
        }
        String payload = cursor.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(scope, payload))) {
                throw invalid();
            }
            return objectMapper.readValue(DECODER.decode(payload), POSITION);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    private byte[] sign(String scope, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static ProblemException invalid() {
        return ProblemException.badRequest("INVALID_CURSOR",
                "The cursor is not one this list handed out. Start again without a cursor.");
    }
}
