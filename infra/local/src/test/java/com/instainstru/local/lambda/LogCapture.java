package com.instainstru.local.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects a function's log lines for assertions. */
final class LogCapture implements Consumer<String> {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void accept(String line) {
        lines.add(line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    List<String> startingWith(String prefix) {
        return lines().stream().filter(line -> line.startsWith(prefix)).toList();
    }
}
