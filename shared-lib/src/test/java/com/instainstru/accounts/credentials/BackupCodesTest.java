package com.instainstru.accounts.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BackupCodesTest {

    // cheap parameters keep the suite fast; the production cost is measured in PasswordHasherTest
    private static final PasswordHasher HASHER = new PasswordHasher(256, 1, 1, Optional.empty());
    private static final BackupCodes BACKUP_CODES = new BackupCodes(HASHER);
    private static GeneratedCodes generated;

    @BeforeAll
    static void generateOnce() {
        generated = BACKUP_CODES.generate();
    }

    @Test
    void generatesTenDistinctGroupedCodesFromTheUnambiguousAlphabet() {
        assertThat(generated.codes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}"));
        assertThat(String.join("", generated.codes())).doesNotContainPattern("[01OIL]");
        assertThat(generated.hashes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(hash -> hash.startsWith("$argon2id$v=19$m=256,t=1,p=1$"));
        assertThat(generated.toString()).doesNotContain(generated.codes().get(0));
    }

    @Test
    void eachCodeMatchesItsOwnHash() {
        for (int i = 0; i < generated.codes().size(); i++) {
            assertThat(BACKUP_CODES.matchIndex(generated.codes().get(i), generated.hashes())).hasValue(i);
            assertThat(HASHER.verify(generated.codes().get(i).replace("-", ""), generated.hashes().get(i))).isTrue();
        }
    }

    @Test
    void inputIsNormalizedBeforeChecking() {
        String code = generated.codes().get(3);
        String plain = code.replace("-", "");

        assertThat(BACKUP_CODES.matchIndex(plain, generated.hashes())).hasValue(3);
        assertThat(BACKUP_CODES.matchIndex(code.toLowerCase(), generated.hashes())).hasValue(3);
        assertThat(BACKUP_CODES.matchIndex("  " + plain.substring(0, 5) + " " + plain.substring(5) + "\n",
                generated.hashes())).hasValue(3);
        assertThat(BackupCodes.normalize(" ab-cd e\tfg-hj k ")).isEqualTo("ABCDEFGHJK");
        assertThat(BackupCodes.normalize(null)).isEmpty();
    }

    @Test
    void aUsedOrUnknownCodeDoesNotMatch() {
        List<String> stored = new ArrayList<>(generated.hashes());
        String used = generated.codes().get(5);
        stored.set(5, null);

        assertThat(BACKUP_CODES.matchIndex(used, stored)).isEmpty();
        assertThat(BACKUP_CODES.matchIndex(used, List.of())).isEmpty();
        assertThat(BACKUP_CODES.matchIndex(generated.codes().get(6), stored)).hasValue(6);
        assertThat(BACKUP_CODES.matchIndex(unknownCode(), generated.hashes())).isEmpty();
    }

    @Test
    void inputThatCannotBeACodeIsRejectedWithoutHashing() {
        assertThat(BACKUP_CODES.matchIndex(null, generated.hashes())).isEmpty();
        assertThat(BACKUP_CODES.matchIndex("", generated.hashes())).isEmpty();
        assertThat(BACKUP_CODES.matchIndex("ABCDE-FGHJ", generated.hashes())).isEmpty();
        assertThat(BACKUP_CODES.matchIndex("ABCDE-FGHJKM", generated.hashes())).isEmpty();
        assertThat(BACKUP_CODES.matchIndex("ABCDE-FGHJ0", generated.hashes())).isEmpty();
        assertThat(BackupCodes.isWellFormed("ABCDEFGHJK")).isTrue();
        assertThat(BackupCodes.isWellFormed("ABCDEFGHJL")).isFalse();
        assertThat(BackupCodes.isWellFormed("ABCDEFGHJ1")).isFalse();
    }

    @Test
    void looksLikeCodeChecksTheFormOnly() {
        assertThat(BackupCodes.looksLikeCode(generated.codes().get(0))).isTrue();
        assertThat(BackupCodes.looksLikeCode("abcde fghjk")).isTrue();
        assertThat(BackupCodes.looksLikeCode("ABCDE-FGHJ")).isFalse();
        assertThat(BackupCodes.looksLikeCode("ABCDE-FGHJ0")).as("0 is not in the alphabet").isFalse();
        assertThat(BackupCodes.looksLikeCode("ABCDE" + " ".repeat(30) + "FGHJK")).as("too long").isFalse();
        assertThat(BackupCodes.looksLikeCode(null)).isFalse();
    }

    @Test
    void everyGenerationIsNew() {
        GeneratedCodes again = BACKUP_CODES.generate();

        assertThat(again.codes()).doesNotContainAnyElementsOf(generated.codes());
        OptionalInt oldCodeAgainstNewSet = BACKUP_CODES.matchIndex(generated.codes().get(0), again.hashes());
        assertThat(oldCodeAgainstNewSet).isEmpty();
    }

    private static String unknownCode() {
        String candidate = "ABCDE-FGHJK";
        while (generated.codes().contains(candidate)) {
            candidate = "ZZZZZ-ZZZZZ";
        }
        return candidate;
    }
}
