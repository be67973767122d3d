package com.instainstru.accounts.twofactor.schema;

import com.instainstru.accounts.credentials.BackupCodes;
import com.instainstru.platform.validation.FieldRules;
import java.util.regex.Pattern;

/** Field rules of the second-factor inputs, shared by every request that carries one. */
public final class SecondFactorFields {

    private static final Pattern TOTP_CODE = Pattern.compile("[0-9]{6}");

    private SecondFactorFields() {
    }

    /** {@code code}: required, exactly 6 ASCII digits. */
    public static FieldRules totpCode(FieldRules rules, String code) {
        return rules.matches("code", code, TOTP_CODE, "format",
                "code must be the 6 digits shown by the authenticator app");
    }

    /** Exactly one of {@code code} (6 digits) or {@code backupCode} (as the user was given it). */
    public static FieldRules codeOrBackupCode(FieldRules rules, String code, String backupCode) {
        if ((code == null) == (backupCode == null)) {
            return rules.rule(false, "code", "exactly_one_of",
                    "Send either code (from the authenticator app) or backupCode, not both and not neither");
        }
        if (code != null) {
            return totpCode(rules, code);
        }
        return rules.rule(BackupCodes.looksLikeCode(backupCode), "backupCode", "format",
                "backupCode must be one of the backup codes, e.g. ABCDE-FGHJK");
    }
}
