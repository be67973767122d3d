package com.instainstru.instructors.publicprofile.schema;

import com.instainstru.instructors.services.schema.FormatPriceView;
import java.util.List;

/** A live instructor's active service as students see it; prices are hourly, in cents, per format. */
public record PublicServiceView(
        String id,
        String catalogServiceId,
        String name,
        String slug,
        String description,
        String requirements,
        List<Integer> durationOptions,
        List<String> ageGroups,
        List<String> skillLevels,
        List<FormatPriceView> formatPrices) {
}
