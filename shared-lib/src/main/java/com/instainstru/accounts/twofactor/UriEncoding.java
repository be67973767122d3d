package com.instainstru.accounts.twofactor;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of UTF-8 bytes, leaving only the unreserved characters as they are.
 * {@code URLEncoder} is not used because it writes spaces as '+', which otpauth readers show literally.
 */
final class UriEncoding {

    private static final String HEX = "0123456789ABCDEF";

    private UriEncoding() {
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >>> 4)).append(HEX.charAt(c & 0x0F));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
