package com.instainstru.accounts.login.schema;

public record LoginRequest(String email, String password) {

    @Override
    public String toString() {
        return "LoginRequest[]";
    }
}
