package com.instainstru.bookings.listing;

import com.instainstru.bookings.listing.schema.InstructorBookingView;
import com.instainstru.bookings.listing.schema.InstructorBookingsResponse;
import com.instainstru.bookings.listing.schema.Participant;
import com.instainstru.bookings.listing.schema.StudentBookingView;
import com.instainstru.bookings.listing.schema.StudentBookingsResponse;
import com.instainstru.platform.errors.ResourceNotFoundException;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.privacy.PublicName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Bookings for their two participants. A student reads only bookings where they are the student, an
 * instructor only bookings where they are the instructor; any other id, well-formed or not, is the same 404.
 * Each side sees the other as "FirstName L." and never their contact details; the instructor's note is the
 * instructor's alone.
 */
@ApplicationScoped
public class BookingListingService {

    private final BookingListRepository bookings;
    private final Clock clock;

    public BookingListingService(BookingListRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    public StudentBookingsResponse studentBookings(String studentId, ListingQuery query) {
        Instant now = clock.instant();
        BookingPage page = bookings.forStudent(studentId, query.upcoming(), now, query.limit(), query.offset());
        return new StudentBookingsResponse(query.when(), query.page(), query.limit(), page.total(),
                hasMore(query, page), page.bookings().stream().map(BookingListingService::forStudent).toList());
    }

    public InstructorBookingsResponse instructorBookings(String instructorId, ListingQuery query) {
        Instant now = clock.instant();
        BookingPage page = bookings.forInstructor(instructorId, query.upcoming(), now, query.limit(),
                query.offset());
        return new InstructorBookingsResponse(query.when(), query.page(), query.limit(), page.total(),
                hasMore(query, page), page.bookings().stream().map(BookingListingService::forInstructor).toList());
    }

    public StudentBookingView studentBooking(String studentId, String bookingId) {
        if (!IdGenerator.isUlid(bookingId)) {
            throw notFound(bookingId);
        }
        return bookings.findForStudent(bookingId, studentId).map(BookingListingService::forStudent)
                .orElseThrow(() -> notFound(bookingId));
    }

    public InstructorBookingView instructorBooking(String instructorId, String bookingId) {
        if (!IdGenerator.isUlid(bookingId)) {
            throw notFound(bookingId);
        }
        return bookings.findForInstructor(bookingId, instructorId).map(BookingListingService::forInstructor)
                .orElseThrow(() -> notFound(bookingId));
    }

    private static boolean hasMore(ListingQuery query, BookingPage page) {
        return (long) query.offset() + page.bookings().size() < page.total();
    }

    private static StudentBookingView forStudent(ListedBooking b) {
        return new StudentBookingView(b.id(), b.status(), b.serviceName(), b.bookingDate(), b.startTime(),
                b.endTime(), b.lessonTimeZone(), b.startAt(), b.endAt(), b.durationMinutes(), b.locationType(),
                b.locationAddress(), b.meetingLocation(), b.hourlyRateCents(), b.totalPriceCents(),
                new Participant(b.instructorId(), PublicName.of(b.instructorFirstName(), b.instructorLastName())),
                b.studentNote(), b.createdAt(), b.confirmedAt(), b.completedAt(), b.cancelledAt());
    }

    private static InstructorBookingView forInstructor(ListedBooking b) {
        return new InstructorBookingView(b.id(), b.status(), b.serviceName(), b.bookingDate(), b.startTime(),
                b.endTime(), b.lessonTimeZone(), b.startAt(), b.endAt(), b.durationMinutes(), b.locationType(),
                b.locationAddress(), b.meetingLocation(), b.hourlyRateCents(), b.totalPriceCents(),
                new Participant(b.studentId(), PublicName.of(b.studentFirstName(), b.studentLastName())),
                b.studentNote(), b.instructorNote(), b.createdAt(), b.confirmedAt(), b.completedAt(),
                b.cancelledAt());
    }

    private static ResourceNotFoundException notFound(String bookingId) {
        return new ResourceNotFoundException("BOOKING_NOT_FOUND", "No booking " + bookingId);
    }
}
