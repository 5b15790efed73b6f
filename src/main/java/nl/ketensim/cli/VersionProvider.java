package nl.ketensim.cli;

import nl.ketensim.output.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code ketensim --version}: ketensim and Java versions. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"ketensim " + BuildInfo.version() + " (Java " + BuildInfo.javaVersion() + ")"};
    }
}
