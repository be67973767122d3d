package com.instainstru.local.runtime;

import com.instainstru.local.database.LocalDatabase;
import com.instainstru.local.definitions.FunctionDefinition;
import com.instainstru.local.definitions.LocalTemplate;
import com.instainstru.local.definitions.QueueDefinition;
import com.instainstru.local.definitions.TemplateValues;
import com.instainstru.local.mail.MailCatcher;
import com.instainstru.template.SamTemplate;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What every command needs: template.yaml read, the database migrated, the AWS services up, the mail
 * catcher, and the function registry with each function's environment resolved for this machine.
 */
final class Stack implements AutoCloseable {

    /** Any non-empty key: the mail catcher accepts every one, and a real key never reaches this machine. */
    static final String LOCAL_RESEND_API_KEY = "re_local_mail_catcher";
    /** The web app's usual development address, for links in caught emails. */
    static final String LOCAL_FRONTEND_BASE_URL = "http://localhost:3000";

    final Path root;
    final SamTemplate samTemplate;
    final LocalTemplate template;
    final LocalDatabase database;
    final AwsServices aws;
    final MailCatcher mail;
    final FunctionRegistry functions;
    final String redisUrl;

    Stack(Path root, RuntimeOptions options, String mailEndpoint, MailCatcher mail, Clock clock,
            Consumer<String> log) {
        this.root = root;
        this.samTemplate = SamTemplate.load(root.resolve("template.yaml"));
        this.template = LocalTemplate.read(samTemplate, root);
        this.database = LocalDatabase.resolve(options.databaseUrl(), null);
        this.redisUrl = options.redisUrl();
        database.migrate();
        this.aws = options.awsEndpoint() != null
                ? new RemoteAwsServices(options.awsEndpoint(), samTemplate, "local")
                : new EmbeddedAwsServices(template, clock, log);
        this.mail = mail;
        Map<String, String> environment = new HashMap<>(aws.functionEnvironment());
        environment.put("RESEND_BASE_URL", mailEndpoint);
        environment.put("RESEND_API_KEY", LOCAL_RESEND_API_KEY);
        this.functions = new FunctionRegistry(template,
                new TemplateValues(references(options.stateDir(), options.stripe()), template.declaredNames()),
                environment,
                options.stateDir(), log, clock);
    }

    /** Template parameters and resource names/ARNs, as CloudFormation would resolve them here. */
    private Map<String, String> references(Path stateDir, StripeSettings stripe) {
        Map<String, String> parameters = new HashMap<>(LocalSecrets.loadOrCreate(stateDir));
        parameters.put("DatabaseJdbcUrl", database.jdbcUrl());
        parameters.put("DatabaseUsername", database.user());
        parameters.put("DatabasePassword", database.password());
        parameters.put("RedisUrl", redisUrl);
        parameters.put("ResendApiKey", LOCAL_RESEND_API_KEY);
        parameters.put("FrontendBaseUrl", LOCAL_FRONTEND_BASE_URL);
        parameters.putAll(stripe.parameters());
        Map<String, String> references = new HashMap<>(template.parameters(parameters));
        template.busNames().keySet().forEach(id -> references.put(id, aws.busName(id)));
        for (QueueDefinition queue : template.queues()) {
            references.put(queue.logicalId(), aws.queueUrl(queue.logicalId()));
            references.put(queue.logicalId() + ".Arn", aws.queueArn(queue.logicalId()));
        }
        return references;
    }

    FunctionDefinition function(String logicalId) {
        return template.function(logicalId);
    }

    @Override
    public void close() {
        functions.close();
        aws.close();
    }
}
