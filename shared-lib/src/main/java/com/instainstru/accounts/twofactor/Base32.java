package com.instainstru.accounts.twofactor;

import java.io.ByteArrayOutputStream;

/**
 * RFC 4648 base32 as authenticator apps use it: upper-case output without '=' padding; input is read
 * case-insensitively and spaces and '=' are ignored, so a secret typed or pasted by hand still decodes.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 0x1F));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException on a character outside the alphabet or an impossible length */
    public static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        int symbols = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '=') {
                continue;
            }
            int value = valueOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not a base32 character at index " + i);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            symbols++;
            if (bits >= 8) {
                out.write((buffer >>> (bits - 8)) & 0xFF);
                bits -= 8;
            }
        }
        // 8 symbols carry 5 bytes; a remainder of 1, 3 or 6 symbols cannot come from any byte string.
        int remainder = symbols % 8;
        if (remainder == 1 || remainder == 3 || remainder == 6) {
            throw new IllegalArgumentException("Not a valid base32 length: " + symbols + " symbols");
        }
        return out.toByteArray();
    }

    private static int valueOf(char c) {
        // ASCII only: Character.toUpperCase would map e.g. the dotless 'ı' to 'I'.
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return ALPHABET.indexOf(c);
    }
}
