package com.instainstru.local;

import com.instainstru.local.runtime.RunCommand;
import com.instainstru.local.runtime.InvokeCommand;
import com.instainstru.local.runtime.RuntimeOptions;
import com.instainstru.template.SamTemplate;
import java.io.PrintStream;
import java.time.Clock;

/** Entry point of {@code infra/local/run} and {@code infra/local/invoke}. */
public final class LocalRuntime {

    private LocalRuntime() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != RunCommand.KEEP_RUNNING) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        RuntimeOptions options;
        try {
            options = RuntimeOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(RuntimeOptions.USAGE);
            return 2;
        }
        try {
            return switch (options.command()) {
                case "run" -> new RunCommand(SamTemplate.repositoryRoot(), options, Clock.systemUTC(), out, err)
                        .startAndKeepRunning();
                default -> new InvokeCommand(SamTemplate.repositoryRoot(), options, Clock.systemUTC(), out, err)
                        .invoke();
            };
        } catch (IllegalStateException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
