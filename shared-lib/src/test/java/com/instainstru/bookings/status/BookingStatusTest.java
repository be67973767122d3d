package com.instainstru.bookings.status;

import static com.instainstru.bookings.status.BookingStatus.CANCELLED;
import static com.instainstru.bookings.status.BookingStatus.COMPLETED;
import static com.instainstru.bookings.status.BookingStatus.CONFIRMED;
import static com.instainstru.bookings.status.BookingStatus.NO_SHOW;
import static com.instainstru.bookings.status.BookingStatus.PAYMENT_FAILED;
import static com.instainstru.bookings.status.BookingStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.errors.ConflictException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BookingStatusTest {

    private static final Map<BookingStatus, Set<BookingStatus>> LEGAL = Map.of(
            PENDING, EnumSet.of(CONFIRMED, CANCELLED, PAYMENT_FAILED),
            CONFIRMED, EnumSet.of(COMPLETED, CANCELLED, NO_SHOW, PAYMENT_FAILED));
    private static final Map<BookingStatus, Set<BookingStatus>> LEGAL_BY_NO_SHOW_RESOLUTION = Map.of(
            NO_SHOW, EnumSet.of(COMPLETED, CONFIRMED));

    @ParameterizedTest
    @EnumSource(BookingStatus.class)
    void exactlyTheDocumentedMovesAreLegal(BookingStatus from) {
        Set<BookingStatus> legal = LEGAL.getOrDefault(from, Set.of());
        for (BookingStatus to : BookingStatus.values()) {
            assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(legal.contains(to));
            if (legal.contains(to)) {
                assertThat(from.transitionTo(to)).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> from.transitionTo(to))
                        .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                            assertThat(conflict.status()).isEqualTo(409);
                            assertThat(conflict.code()).isEqualTo("INVALID_BOOKING_STATUS_TRANSITION");
                            assertThat(conflict.extensions()).containsEntry("from", from.name())
                                    .containsEntry("to", to.name());
                            assertThat(conflict.getMessage()).contains(from.name(), to.name());
                        });
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BookingStatus.class)
    void aNoShowResolutionTakesExactlyItsTwoMoves(BookingStatus from) {
        Set<BookingStatus> legal = LEGAL_BY_NO_SHOW_RESOLUTION.getOrDefault(from, Set.of());
        for (BookingStatus to : BookingStatus.values()) {
            assertThat(from.canBecomeByNoShowResolution(to)).as(from + " -> " + to).isEqualTo(legal.contains(to));
            if (legal.contains(to)) {
                assertThat(from.resolveNoShowTo(to)).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> from.resolveNoShowTo(to))
                        .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                            assertThat(conflict.code()).isEqualTo("INVALID_BOOKING_STATUS_TRANSITION");
                            assertThat(conflict.extensions()).containsEntry("from", from.name())
                                    .containsEntry("to", to.name());
                        });
            }
        }
    }

    @Test
    void noOrdinaryActionLeavesNoShowWhileTheReportIsOpen() {
        assertThatThrownBy(() -> NO_SHOW.transitionTo(COMPLETED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> NO_SHOW.transitionTo(CONFIRMED)).isInstanceOf(ConflictException.class);
        assertThat(NO_SHOW.canBecomeByNoShowResolution(COMPLETED)).isTrue();
    }

    @Test
    void onlyPendingAndConfirmedAreCancellable() {
        assertThat(EnumSet.allOf(BookingStatus.class).stream().filter(BookingStatus::isCancellable))
                .containsExactlyInAnyOrder(PENDING, CONFIRMED);
    }

    @Test
    void finalStatusesAreTheOnesNothingLeaves() {
        assertThat(EnumSet.allOf(BookingStatus.class).stream().filter(BookingStatus::isFinal))
                .containsExactlyInAnyOrder(COMPLETED, CANCELLED, PAYMENT_FAILED);
    }

    @Test
    void cancelledAndFailedBookingsNoLongerHoldTheirTime() {
        assertThat(EnumSet.allOf(BookingStatus.class).stream().filter(BookingStatus::holdsItsTime))
                .containsExactlyInAnyOrder(PENDING, CONFIRMED, COMPLETED, NO_SHOW);
    }
}
