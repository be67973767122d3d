package com.instainstru.local.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.local.lambda.InvocationResult;
import com.instainstru.local.mail.MailCatcher;
import java.io.IOException;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code infra/local/invoke <LogicalId> <event.json>}: like {@code sam local invoke}, runs one function once
 * with one event against the local database and AWS services, prints the response JSON on stdout (logs go
 * to stderr) and exits non-zero on a function error.
 */
public final class InvokeCommand {

    private final Path root;
    private final RuntimeOptions options;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    public InvokeCommand(Path root, RuntimeOptions options, Clock clock, PrintStream out, PrintStream err) {
        this.root = root;
        this.options = options;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    public int invoke() {
        String logicalId = options.arguments().get(0);
        Path eventFile = Path.of(options.arguments().get(1));
        String event;
        try {
            event = Files.readString(eventFile);
        } catch (IOException e) {
            err.println("cannot read event file " + eventFile + ": " + e.getMessage());
            return 2;
        }
        MailCatcher mail = new MailCatcher(clock);
        HttpServer mailServer;
        try {
            mailServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        } catch (IOException e) {
            err.println("error: cannot open a local port for the mail catcher: " + e.getMessage());
            return 1;
        }
        mailServer.createContext("/emails", mail);
        mailServer.start();
        try (Stack stack = new Stack(root, options, "http://127.0.0.1:" + mailServer.getAddress().getPort(), mail,
                clock, err::println)) {
            stack.function(logicalId);
            InvocationResult result = stack.functions.invoke(logicalId, event);
            ObjectMapper json = new ObjectMapper();
            if (result.isSuccess()) {
                out.println(result.payload());
                return 0;
            }
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result.error()));
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            if (!mail.messages().isEmpty()) {
                err.println("[mail] caught " + mail.messages().size() + " email(s): " + mail.messages());
            }
            mailServer.stop(0);
        }
    }
}
