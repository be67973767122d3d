package com.instainstru.instructors.services.schema;

import java.util.List;

public record InstructorServiceListResponse(List<InstructorServiceResponse> services) {
}
