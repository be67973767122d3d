package com.instainstru.availability.guardsfixture.compliant;

public record FixtureSlot(String start) {
}
