package com.instainstru.accounts.twofactor.schema;

import java.util.List;

/** The new backup codes, shown this once: only their hashes are stored. */
public record BackupCodesResponse(List<String> backupCodes) {

    @Override
    public String toString() {
        return "BackupCodesResponse[" + backupCodes.size() + " codes]";
    }
}
