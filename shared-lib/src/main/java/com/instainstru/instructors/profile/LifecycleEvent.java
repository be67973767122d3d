package com.instainstru.instructors.profile;

/** The instructor lifecycle event types this capability records (the table allows more, for later ones). */
public enum LifecycleEvent {
    REGISTERED("registered"),
    SERVICES_CONFIGURED("services_configured"),
    WENT_LIVE("went_live");

    private final String value;

    LifecycleEvent(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
