package com.instainstru.local.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code cidr} condition: string values holding an IPv4 or IPv6 address inside the block. */
final class CidrBlock implements ValueMatcher {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    private final String cidr;
    private final byte[] network;
    private final int prefixLength;

    private CidrBlock(String cidr, byte[] network, int prefixLength) {
        this.cidr = cidr;
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** @throws IllegalArgumentException when the text is not an address/prefix-length block */
    static CidrBlock parse(String cidr) {
        int slash = cidr.indexOf('/');
        Optional<byte[]> address = slash < 0 ? Optional.empty() : address(cidr.substring(0, slash));
        if (address.isEmpty()) {
            throw new IllegalArgumentException("Malformed CIDR, expected address/prefix-length: " + cidr);
        }
        int bits = address.get().length * 8;
        int prefixLength;
        try {
            prefixLength = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefixLength = -1;
        }
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("Malformed CIDR, prefix length must be 0 to " + bits + ": " + cidr);
        }
        return new CidrBlock(cidr, address.get(), prefixLength);
    }

    @Override
    public boolean test(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        return address(value.textValue())
                .filter(candidate -> candidate.length == network.length && inBlock(candidate))
                .isPresent();
    }

    private boolean inBlock(byte[] candidate) {
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The address bytes of an IP literal. Never resolves names: only literals reach InetAddress. */
    private static Optional<byte[]> address(String text) {
        Matcher ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (text.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "CidrBlock[" + cidr + "]";
    }
}
