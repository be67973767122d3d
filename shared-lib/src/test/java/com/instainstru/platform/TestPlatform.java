package com.instainstru.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.JdbcTransactions;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.testsupport.db.TestDatabase;
import java.time.Clock;
import javax.sql.DataSource;

/** The platform beans wired by hand over this run's fresh database, as CDI wires them in a function. */
public final class TestPlatform {

    public final DataSource dataSource = TestDatabase.shared().dataSource();
    public final ConnectionHolder holder = new ConnectionHolder();
    public final Jdbc jdbc = new Jdbc(dataSource, holder);
    public final JdbcTransactions tx = new JdbcTransactions(dataSource, holder);
    public final ObjectMapper json = json();
    public final Clock clock;
    public final IdGenerator ids;

    public TestPlatform(Clock clock) {
        this.clock = clock;
        this.ids = new IdGenerator(clock);
    }

    /** Like Quarkus' default mapper: java.time support, ISO-8601 instants. */
    public static ObjectMapper json() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
