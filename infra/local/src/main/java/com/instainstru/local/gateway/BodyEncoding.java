package com.instainstru.local.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Whether a request body goes to the function as text or as base64. */
final class BodyEncoding {

    private BodyEncoding() {
    }

    /**
     * Text when the content type is textual ({@code text/*}, {@code application/json}, {@code application/*+json},
     * {@code application/xml}, {@code application/x-www-form-urlencoded}) or absent, and the bytes are valid UTF-8.
     */
    static boolean isText(String contentType, byte[] body) {
        return isTextual(contentType) && isUtf8(body);
    }

    private static boolean isTextual(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim().toLowerCase(Locale.ROOT);
        return mediaType.startsWith("text/")
                || mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"))
                || mediaType.equals("application/xml")
                || mediaType.equals("application/x-www-form-urlencoded");
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
