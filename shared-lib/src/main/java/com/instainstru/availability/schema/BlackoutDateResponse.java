package com.instainstru.availability.schema;

import java.time.LocalDate;

public record BlackoutDateResponse(String id, LocalDate date, String reason) {
}
