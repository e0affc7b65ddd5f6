package io.pathfinder.ratelimit;

/** The kinds of call that draw on separate quotas, so that heavy reading never uses up a client's submissions. */
public enum ClientClass {
    /** POST /assessments: each one costs a scoring. */
    SUBMISSIONS("submissions"),
    /** GET and HEAD with a token. */
    READS("reads"),
    /** Every other call with a token: catalogue administration, deleting an assessment, what-if. */
    WRITES("writes"),
    /** Calls without a token, counted per client address: there is no tenant to count them against. */
    PUBLIC_READS("public-reads");

    private static final String SUBMISSIONS_PATH = "/assessments";

    private final String configName;

    ClientClass(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    static ClientClass of(String method, String path, boolean withToken) {
        if (!withToken) {
            return PUBLIC_READS;
        }
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return READS;
        }
        return "POST".equals(method) && SUBMISSIONS_PATH.equals(path) ? SUBMISSIONS : WRITES;
    }
}
