package com.instainstru.db;

/** The file cannot be imported; the message names the feature (by its index in "features") when one is at fault. */
final class RegionImportException extends Exception {

    RegionImportException(String message) {
        super(message);
    }
}
