package com.instainstru.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.instainstru.platform.security.AuthenticatedUser;
import com.instainstru.platform.security.Permission;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    private static final PersonName SARAH = new PersonName("01SARAH00000000000000000000", "Sarah", "Connor");

    @Test
    void thePersonThemselvesSeesTheFullName() {
        assertThat(SARAH.shownTo(viewer(SARAH.userId(), Set.of()))).isEqualTo("Sarah Connor");
    }

    @Test
    void aCallerAllowedToViewAllUsersSeesTheFullName() {
        assertThat(SARAH.shownTo(viewer("01ADMIN", Set.of(Permission.VIEW_ALL_USERS)))).isEqualTo("Sarah Connor");
    }

    @Test
    void everyoneElseSeesThePublicName() {
        Set<Permission> everythingElse = EnumSet.allOf(Permission.class);
        everythingElse.remove(Permission.VIEW_ALL_USERS);

        assertThat(SARAH.shownTo(viewer("01OTHER", everythingElse))).isEqualTo("Sarah C.");
        assertThat(SARAH.shownTo(null)).as("anonymous").isEqualTo("Sarah C.");
    }

    private static AuthenticatedUser viewer(String userId, Set<Permission> permissions) {
        return new AuthenticatedUser(userId, permissions, Instant.parse("2026-11-28T09:00:00Z"));
    }
}
