package com.instainstru.instructors.publicprofile.schema;

import com.instainstru.platform.privacy.PublicName;
import java.util.List;

/** What anyone may see of a live instructor: "FirstName L.", never the full last name or contact details. */
public record PublicInstructorProfileResponse(
        String id,
        PublicName name,
        String bio,
        int yearsExperience,
        boolean foundingInstructor,
        List<PublicServiceView> services) {
}
