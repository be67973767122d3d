package com.instainstru.db;

/** Decides, before any connection is made, whether a command may run against the chosen environment. */
final class SafetyPolicy {

    private SafetyPolicy() {
    }

    static void check(Options options) throws ToolException {
        TargetEnvironment target = options.targetEnvironment();
        if (options.confirmProd() && target != TargetEnvironment.PROD) {
            throw ToolException.usage("--confirm-prod is only valid with --env prod (target is " + target + ")");
        }
        if (target == TargetEnvironment.PROD && !options.confirmProd()) {
            throw ToolException.refusal("refusing to touch PROD without --confirm-prod");
        }
        if (options.command().orElseThrow() == Command.CLEAN && !cleanAllowed(target)) {
            throw ToolException.refusal("refusing to clean " + target + ": clean destroys all data and is "
                    + "never allowed on production");
        }
    }

    static boolean cleanAllowed(TargetEnvironment target) {
        return target != TargetEnvironment.PROD;
    }
}
