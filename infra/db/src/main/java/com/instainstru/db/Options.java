package com.instainstru.db;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The parsed command line. Absent values fall back to environment variables (see {@link ConnectionSettings}). */
record Options(
        Optional<TargetEnvironment> environment,
        Optional<String> url,
        Optional<String> user,
        Optional<String> password,
        boolean confirmProd,
        boolean verbose,
        boolean help,
        Optional<Command> command,
        Optional<String> email,
        Optional<RegionImportOptions> regionImport) {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: db-tool [--env int|stg|prod] [--url JDBC_URL] [--user U] [--password P]",
            "               [--confirm-prod] [--verbose] <migrate|info|clean|grant-admin --email E|",
            "               import-regions --file F --region-type T [--name-property P] [--code-property P]",
            "               [--parent-property P]>",
            "",
            "Commands:",
            "  migrate         apply pending migrations",
            "  info            show the schema version and the state of each migration",
            "  clean           drop all objects in the schema (int and stg only)",
            "  grant-admin     give the admin role to the registered user with --email (the first admin",
            "                  of a stage; later admins are granted through the admin API)",
            "  import-regions  upsert the Polygon/MultiPolygon features of a GeoJSON FeatureCollection",
            "                  (WGS 84) into region_boundaries, keyed by (region type, region code), in one",
            "                  transaction: all features or none",
            "",
            "Options:",
            "  --env ENV       target environment: int (default), stg or prod",
            "  --url URL       jdbc:postgresql://host:port/db or postgres[ql]://user:pass@host:port/db",
            "                  (default: $INSTAINSTRU_DB_URL_<ENV>; for int also $DATABASE_URL,",
            "                  then jdbc:postgresql://127.0.0.1:5432/instainstru)",
            "  --user U        database user (default: from the URL, $INSTAINSTRU_DB_USER_<ENV>,",
            "                  $PGUSER, then postgres for int)",
            "  --password P    database password (default: from the URL, $INSTAINSTRU_DB_PASSWORD_<ENV>,",
            "                  $PGPASSWORD)",
            "  --email E       the user grant-admin promotes",
            "  --file F        import-regions: the GeoJSON FeatureCollection to read",
            "  --region-type T import-regions: region_type of the rows, e.g. nyc (neighborhoods)",
            "  --name-property P    feature property holding the display name (default: name)",
            "  --code-property P    feature property holding the region code, unique per type (default: code)",
            "  --parent-property P  feature property holding the parent region, e.g. the borough (default: none)",
            "  --confirm-prod  required with --env prod; clean is always refused on prod",
            "  --verbose       show Flyway's log, and stack traces on database errors",
            "  -h, --help      show this help");

    TargetEnvironment targetEnvironment() {
        return environment.orElse(TargetEnvironment.INT);
    }

    static Options parse(List<String> args) throws ToolException {
        Parser parser = new Parser();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            if (name.startsWith("-") && !parser.knows(name)) {
                throw ToolException.usage("unknown option " + name);
            }
            if (parser.takesValue(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw ToolException.usage("missing value for " + name);
                    }
                    value = args.get(++i);
                }
                parser.value(name, value);
            } else if (inlineValue != null) {
                throw ToolException.usage(name + " does not take a value");
            } else {
                parser.flagOrCommand(arg);
            }
        }
        return parser.build();
    }

    private static final class Parser {
        private TargetEnvironment environment;
        private String url;
        private String user;
        private String password;
        private boolean confirmProd;
        private boolean verbose;
        private boolean help;
        private Command command;
        private String email;
        private String file;
        private String regionType;
        private String nameProperty;
        private String codeProperty;
        private String parentProperty;

        private static final List<String> VALUE_OPTIONS = List.of("--env", "--url", "--user", "--password", "--email",
                "--file", "--region-type", "--name-property", "--code-property", "--parent-property");
        private static final List<String> FLAGS = List.of("--confirm-prod", "--verbose", "-h", "--help");

        boolean knows(String name) {
            return VALUE_OPTIONS.contains(name) || FLAGS.contains(name);
        }

        boolean takesValue(String name) {
            return VALUE_OPTIONS.contains(name);
        }

        void value(String name, String value) throws ToolException {
            switch (name) {
                case "--env" -> environment = TargetEnvironment.parse(value)
                        .orElseThrow(() -> ToolException.usage("unknown environment '" + value
                                + "' (expected int, stg or prod)"));
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--email" -> email = value;
                case "--file" -> file = value;
                case "--region-type" -> regionType = value;
                case "--name-property" -> nameProperty = value;
                case "--code-property" -> codeProperty = value;
                case "--parent-property" -> parentProperty = value;
                default -> throw new IllegalArgumentException(name);
            }
        }

        void flagOrCommand(String arg) throws ToolException {
            switch (arg) {
                case "--confirm-prod" -> confirmProd = true;
                case "--verbose" -> verbose = true;
                case "-h", "--help" -> help = true;
                default -> {
                    Command parsed = Command.parse(arg)
                            .orElseThrow(() -> ToolException.usage("unknown command '" + arg + "'"));
                    if (command != null) {
                        throw ToolException.usage("only one command may be given");
                    }
                    command = parsed;
                }
            }
        }

        Options build() throws ToolException {
            if (command == null && !help) {
                throw ToolException.usage("no command given");
            }
            if (command == Command.GRANT_ADMIN && (email == null || email.isBlank())) {
                throw ToolException.usage("grant-admin needs --email");
            }
            if (command != Command.GRANT_ADMIN && email != null) {
                throw ToolException.usage("--email is only for grant-admin");
            }
            Optional<RegionImportOptions> regionImport = regionImport();
            return new Options(Optional.ofNullable(environment), Optional.ofNullable(url),
                    Optional.ofNullable(user), Optional.ofNullable(password), confirmProd, verbose, help,
                    Optional.ofNullable(command), Optional.ofNullable(email), regionImport);
        }

        private Optional<RegionImportOptions> regionImport() throws ToolException {
            boolean anyGiven = file != null || regionType != null || nameProperty != null || codeProperty != null
                    || parentProperty != null;
            if (command != Command.IMPORT_REGIONS) {
                if (anyGiven) {
                    throw ToolException.usage("--file, --region-type and the --*-property options are only for"
                            + " import-regions");
                }
                return Optional.empty();
            }
            if (file == null || file.isBlank()) {
                throw ToolException.usage("import-regions needs --file");
            }
            if (regionType == null || !RegionImportOptions.REGION_TYPE.matcher(regionType).matches()) {
                throw ToolException.usage("import-regions needs --region-type: 1-20 characters a-z, 0-9 or _"
                        + " (e.g. nyc)");
            }
            return Optional.of(new RegionImportOptions(Path.of(file), regionType,
                    property("--name-property", nameProperty, "name"), property("--code-property", codeProperty, "code"),
                    Optional.ofNullable(parentProperty == null ? null : property("--parent-property", parentProperty, null))));
        }

        private static String property(String option, String value, String fallback) throws ToolException {
            if (value == null) {
                return fallback;
            }
            if (value.isBlank()) {
                throw ToolException.usage(option + " must not be blank");
            }
            return value;
        }
    }
}
