package com.instainstru.payments.protection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * One money action at a time per booking (reference §11): checkout, card swap and retry, settlements. A concurrent
 * second action on the same booking gets 429 OPERATION_IN_PROGRESS "Operation in progress" (see {@link OperationLock}).
 */
@ApplicationScoped
public class BookingOperationLock {

    private final OperationLock lock;

    public BookingOperationLock(OperationLock lock) {
        this.lock = lock;
    }

    public <T> T run(String bookingId, Supplier<T> action) {
        return lock.run(key(bookingId), action);
    }

    /** The booking's lease, to be closed by the caller (try-with-resources). */
    public RedisMutex.Lease acquire(String bookingId) {
        return lock.acquire(key(bookingId));
    }

    static String key(String bookingId) {
        return "payments:lock:booking:" + bookingId;
    }
}
