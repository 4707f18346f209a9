package smart.cdc.connect;

/** Connect's task traces (Java stack traces as text), read for their root cause. */
final class Traces {
    private Traces() {
    }

    /**
     * The deepest "Caused by" of a trace, else its first line; cut before the parts PostgreSQL and
     * its driver use for row values ("Detail:", "Where:", a quoted batch entry), one line.
     */
    static String rootCause(String trace) {
        if (trace == null || trace.isBlank()) {
            return "";
        }
        String root = null;
        for (String line : trace.split("\\R")) {
            String l = line.trim();
            if (l.startsWith("Caused by: ")) {
                root = l.substring("Caused by: ".length());
            }
        }
        if (root == null) {
            root = trace.split("\\R", 2)[0].trim();
        }
        return scrub(root);
    }

    static String scrub(String line) {
        String s = line;
        for (String cut : new String[] {"  Detail:", " Detail:", "  Where:", " Failing row contains", "Batch entry "}) {
            int i = s.indexOf(cut);
            if (i >= 0) {
                s = s.substring(0, i).trim();
            }
        }
        return s.length() > 300 ? s.substring(0, 299) + "…" : s;
    }
}
