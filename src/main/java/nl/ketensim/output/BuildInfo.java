package nl.ketensim.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The ketensim version (the jar manifest's {@code Implementation-Version}, else the Maven-filtered
 * resource) and the git revision the build was made from (a resource written at build time).
 */
public final class BuildInfo {

    static final String RESOURCE = "/nl/ketensim/version.properties";
    static final String GIT_RESOURCE = "/nl/ketensim/git.properties";

    private BuildInfo() { }

    /** E.g. {@code 0.1.0}; {@code unknown} when neither source has it. */
    public static String version() {
        String fromJar = BuildInfo.class.getPackage().getImplementationVersion();
        if (fromJar != null && !fromJar.isBlank()) {
            return fromJar;
        }
        String version = load(RESOURCE).getProperty("version", "").trim();
        return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    }

    /** The git commit and dirty flag of the build; {@link GitRevision#unknown()} when not recorded. */
    public static GitRevision gitRevision() {
        Properties git = load(GIT_RESOURCE);
        return GitRevision.of(git.getProperty("commit"), git.getProperty("dirty"));
    }

    /** The properties of a class-path resource; empty when it is missing or unreadable. */
    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            properties.clear();
        }
        return properties;
    }

    /** The running Java version, e.g. {@code 17.0.15}. */
    public static String javaVersion() {
        return System.getProperty("java.version", "unknown");
    }
}
