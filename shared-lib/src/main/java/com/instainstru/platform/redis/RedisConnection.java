package com.instainstru.platform.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Redis connection of a function (rate limits, cache), opened on first use. Commands fail fast
 * while Redis is unreachable instead of queueing: callers decide whether to fail open or closed, and the
 * connection reconnects by itself when Redis returns.
 */
@ApplicationScoped
public class RedisConnection {

    private final RedisURI uri;
    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;

    public RedisConnection(@ConfigProperty(name = "instainstru.redis.url") String url,
            @ConfigProperty(name = "instainstru.redis.timeout", defaultValue = "PT0.25S") Duration timeout) {
        this.uri = RedisURI.create(url);
        uri.setTimeout(timeout);
    }

    /** Synchronous commands; throws a Lettuce {@code RedisException} when Redis cannot be reached. */
    public synchronized RedisCommands<String, String> commands() {
        if (connection == null) {
            if (client == null) {
                client = RedisClient.create(uri);
                client.setOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .timeoutOptions(TimeoutOptions.enabled(uri.getTimeout()))
                        .socketOptions(SocketOptions.builder().connectTimeout(uri.getTimeout()).build())
                        .build());
            }
            connection = client.connect();
        }
        return connection.sync();
    }

    @PreDestroy
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            client = null;
        }
    }
}
