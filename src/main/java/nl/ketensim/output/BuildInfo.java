package nl.ketensim.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The ketensim version: the jar manifest's {@code Implementation-Version}, else the Maven-filtered resource. */
public final class BuildInfo {

    static final String RESOURCE = "/nl/ketensim/version.properties";

    private BuildInfo() { }

    /** E.g. {@code 0.1.0}; {@code unknown} when neither source has it. */
    public static String version() {
        String fromJar = BuildInfo.class.getPackage().getImplementationVersion();
        if (fromJar != null && !fromJar.isBlank()) {
            return fromJar;
        }
        return fromResource();
    }

    private static String fromResource() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The running Java version, e.g. {@code 17.0.15}. */
    public static String javaVersion() {
        return System.getProperty("java.version", "unknown");
    }
}
