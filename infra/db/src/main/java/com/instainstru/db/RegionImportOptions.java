package com.instainstru.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** What {@code import-regions} reads: the file, the region type of the rows and which properties hold what. */
record RegionImportOptions(Path file, String regionType, String nameProperty, String codeProperty,
        Optional<String> parentProperty) {

    static final Pattern REGION_TYPE = Pattern.compile("^[a-z0-9_]{1,20}$");
}
