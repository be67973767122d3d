package com.instainstru.accounts.credentials;

import java.util.List;

/**
 * A fresh set of backup codes: {@code codes} in display form (shown to the user once, never stored) and
 * {@code hashes} in the same order (stored).
 */
public record GeneratedCodes(List<String> codes, List<String> hashes) {

    public GeneratedCodes {
        codes = List.copyOf(codes);
        hashes = List.copyOf(hashes);
        if (codes.size() != hashes.size()) {
            throw new IllegalArgumentException("one hash per code");
        }
    }

    /** Leaves the plaintext codes out so that logging the record cannot leak them. */
    @Override
    public String toString() {
        return "GeneratedCodes[" + codes.size() + " codes]";
    }
}
