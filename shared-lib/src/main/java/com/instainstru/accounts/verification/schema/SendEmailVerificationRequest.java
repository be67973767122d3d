package com.instainstru.accounts.verification.schema;

public record SendEmailVerificationRequest(String email) {
}
