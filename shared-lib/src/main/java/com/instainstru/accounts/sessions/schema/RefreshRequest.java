package com.instainstru.accounts.sessions.schema;

public record RefreshRequest(String refreshToken) {
}
