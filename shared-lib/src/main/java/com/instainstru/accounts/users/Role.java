package com.instainstru.accounts.users;

/** Student and instructor are mutually exclusive; admin may be combined with either. */
public enum Role {
    STUDENT("student"),
    INSTRUCTOR("instructor"),
    ADMIN("admin");

    private final String value;

    Role(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Role fromValue(String value) {
        for (Role role : values()) {
            if (role.value.equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role: " + value);
    }
}
